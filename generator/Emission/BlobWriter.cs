using System.Text;

namespace SinoRussia.Dataset.Generator.Emission;

/// <summary>
/// Writes a record stream in the format the runtime's <c>BlobReader</c> reads: numbers five bits a
/// byte, least significant first, 0x60-0x7F for "more follows" and 0x40-0x5F for the last five bits.
/// Every byte is printable ASCII, so the stream is a compact string literal in generated code.
/// </summary>
internal sealed class BlobWriter
{
    /// <summary>The format version every records stream starts with (the runtime checks it).</summary>
    public const int FormatVersion = SinoRussia.Dataset.Generator.Schema.StorageFormat.Version;

    private readonly StringBuilder _builder = new();

    public int Length => _builder.Length;

    public BlobWriter Int(int value)
    {
        if (value < 0)
        {
            throw new System.ArgumentOutOfRangeException(nameof(value), "Record streams hold non-negative numbers only.");
        }

        while (value >= 32)
        {
            _builder.Append((char)(0x60 + (value & 31)));
            value >>= 5;
        }

        _builder.Append((char)(0x40 + value));
        return this;
    }

    public BlobWriter Bool(bool value) => Int(value ? 1 : 0);

    /// <summary>Appends another stream as it is (a record's details after their length).</summary>
    public BlobWriter Raw(BlobWriter other)
    {
        _builder.Append(other._builder);
        return this;
    }

    public override string ToString() => _builder.ToString();
}
