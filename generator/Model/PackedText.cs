using System;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace SinoRussia.Dataset.Generator.Model;

/// <summary>
/// A text kept in a pipeline value as deflated UTF-8, compared by those bytes (the same text always deflates
/// to the same bytes). The pieces of the data files are held between runs, for the next run to compare its
/// pieces with: at 100,000 meetings, 111 MB of YAML is 222 MB as strings, and about a fifth of 111 MB so.
/// </summary>
internal sealed class PackedText : IEquatable<PackedText>
{
    private static readonly UTF8Encoding s_strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly byte[] _packed;
    private readonly int _length;

    /// <summary>The part of <paramref name="text"/> from <paramref name="start"/>, encoded straight from it (no substring is made).</summary>
    public PackedText(string text, int start, int length)
    {
        var bytes = new byte[ByteCount(text, start, length)];
        _length = s_strict.GetBytes(text, start, length, bytes, 0);
        using var packed = new MemoryStream(bytes.Length / 4 + 64);
        using (var deflate = new DeflateStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(bytes, 0, bytes.Length);
        }

        _packed = packed.ToArray();
    }

    /// <summary>The text as a string, inflated and decoded each time it is asked for (a piece is read once).</summary>
    public override string ToString()
    {
        var bytes = new byte[_length];
        using (var inflate = new DeflateStream(new MemoryStream(_packed), CompressionMode.Decompress))
        {
            var read = 0;
            while (read < bytes.Length && inflate.Read(bytes, read, bytes.Length - read) is var n and > 0)
            {
                read += n;
            }
        }

        return s_strict.GetString(bytes);
    }

    public bool Equals(PackedText? other) => other is not null && (ReferenceEquals(this, other) || (_length == other._length && _packed.AsSpan().SequenceEqual(other._packed)));

    public override bool Equals(object? obj) => Equals(obj as PackedText);

    public override int GetHashCode()
    {
        var hash = unchecked((int)2166136261 ^ _length);
        foreach (var b in _packed)
        {
            hash = unchecked((hash ^ b) * 16777619);
        }

        return hash;
    }

    /// <summary>The UTF-8 length of a part of a text with no lone surrogate.</summary>
    private static int ByteCount(string text, int start, int length)
    {
        var count = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            count += c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsSurrogate(c) ? 2 : 3;
        }

        return count;
    }
}
