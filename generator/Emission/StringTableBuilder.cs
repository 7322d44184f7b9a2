using System.Collections.Generic;
using System.Text;

namespace SinoRussia.Dataset.Generator.Emission;

/// <summary>
/// A table's de-duplicated strings, numbered in order of first use. <see cref="Strings"/> holds them
/// back to back (the compiler stores the literal as UTF-8); <see cref="Lengths"/> holds the count, then
/// per string its UTF-8 byte length times two. A string that is not valid Unicode (a lone surrogate,
/// which UTF-8 cannot carry) is kept as its UTF-16 code units in the number format instead, flagged
/// by adding one to its entry, so every string comes back exactly as it went in.
/// </summary>
internal sealed class StringTableBuilder
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Dictionary<string, int> _numbers = new(System.StringComparer.Ordinal);
    private readonly StringBuilder _strings = new();
    private readonly List<int> _entries = new();

    /// <summary>The reference a record stores: 0 for null, else the string's number plus one.</summary>
    public int Reference(string? value)
    {
        if (value is null)
        {
            return 0;
        }

        if (!_numbers.TryGetValue(value, out var number))
        {
            number = _entries.Count;
            _numbers.Add(value, number);
            Append(value);
        }

        return number + 1;
    }

    public string Strings => _strings.ToString();

    public string Lengths
    {
        get
        {
            var writer = new BlobWriter().Int(_entries.Count);
            foreach (var entry in _entries)
            {
                writer.Int(entry);
            }

            return writer.ToString();
        }
    }

    private void Append(string value)
    {
        if (IsValidUnicode(value))
        {
            _strings.Append(value);
            _entries.Add(s_strictUtf8.GetByteCount(value) * 2);
            return;
        }

        var units = new BlobWriter();
        foreach (var unit in value)
        {
            units.Int(unit);
        }

        _strings.Append(units.ToString());
        _entries.Add((units.Length * 2) + 1);
    }

    private static bool IsValidUnicode(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
