using System;
using System.Text;

namespace SinoRussia.Dataset.Generator.Model;

/// <summary>
/// A text kept in a pipeline value as UTF-8: half the memory of a string for the dataset's mostly ASCII
/// YAML (the pieces of the files are held between runs: at 100,000 meetings, 116 MB instead of 232 MB),
/// compared by its bytes.
/// </summary>
internal sealed class Utf8Text : IEquatable<Utf8Text>
{
    private static readonly UTF8Encoding s_strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly byte[] _bytes;

    public Utf8Text(string text) => _bytes = s_strict.GetBytes(text);

    /// <summary>The text as a string, decoded each time it is asked for (a piece is read once).</summary>
    public override string ToString() => s_strict.GetString(_bytes);

    public bool Equals(Utf8Text? other) => other is not null && (ReferenceEquals(this, other) || _bytes.AsSpan().SequenceEqual(other._bytes));

    public override bool Equals(object? obj) => Equals(obj as Utf8Text);

    public override int GetHashCode()
    {
        var hash = unchecked((int)2166136261);
        foreach (var b in _bytes)
        {
            hash = unchecked((hash ^ b) * 16777619);
        }

        return hash;
    }
}
