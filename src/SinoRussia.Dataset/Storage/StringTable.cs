using System;
using System.Text;
using System.Threading;

namespace SinoRussia.Dataset.Storage;

/// <summary>
/// A table's de-duplicated strings: the <c>strings</c> stream holds them back to back, the
/// <c>lengths</c> stream one number per string (its byte length times two, plus one where the string
/// is kept as UTF-16 code units because it is not valid Unicode). Records refer to string n as n + 1
/// (0 is null). Offsets are computed on the first string asked for; each string is decoded once.
/// </summary>
internal sealed class StringTable
{
    private readonly Blob _strings;
    private readonly Blob _lengths;
    private State? _state;

    public StringTable(Blob strings, Blob lengths)
    {
        _strings = strings;
        _lengths = lengths;
    }

    /// <summary>The string a record refers to as <paramref name="reference"/> (0: null).</summary>
    public string? Get(int reference)
    {
        if (reference == 0)
        {
            return null;
        }

        // Offsets and cache are published together, in one object: a thread never sees one without the other.
        var state = Volatile.Read(ref _state) ?? Build();
        var index = reference - 1;
        return Volatile.Read(ref state.Cache[index]) ?? Decode(index, state.Offsets, state.Cache);
    }

    public string GetRequired(int reference) => Get(reference) ?? string.Empty;

    private string Decode(int index, int[] offsets, string?[] cache)
    {
        var start = offsets[index] >> 1;
        var end = offsets[index + 1] >> 1;
        var bytes = _strings.Span.Slice(start, end - start);
        string value;
        if ((offsets[index + 1] & 1) == 0)
        {
            value = Encoding.UTF8.GetString(bytes);
        }
        else
        {
            // Not valid Unicode (a lone surrogate): its UTF-16 code units as numbers.
            var reader = new BlobReader(bytes);
            var builder = new StringBuilder();
            while (reader.Position < bytes.Length)
            {
                builder.Append((char)reader.ReadInt());
            }

            value = builder.ToString();
        }

        return Interlocked.CompareExchange(ref cache[index], value, null) ?? value;
    }

    private State Build()
    {
        var lengths = _lengths.Span;
        var reader = new BlobReader(lengths);
        var count = reader.ReadInt();
        var offsets = new int[count + 1];
        var offset = 0;
        for (var i = 0; i < count; i++)
        {
            var entry = reader.ReadInt();
            offset += entry >> 1;

            // Bit 0 of offsets[i + 1] carries the flag of string i; the offset itself is shifted.
            offsets[i + 1] = (offset << 1) | (entry & 1);
        }

        var state = new State(offsets, new string?[count]);
        return Interlocked.CompareExchange(ref _state, state, null) ?? state;
    }

    private sealed class State
    {
        public State(int[] offsets, string?[] cache)
        {
            Offsets = offsets;
            Cache = cache;
        }

        public int[] Offsets { get; }

        public string?[] Cache { get; }
    }
}
