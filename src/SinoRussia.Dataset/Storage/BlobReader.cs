using System;
using System.Runtime.CompilerServices;

namespace SinoRussia.Dataset.Storage;

/// <summary>
/// Reads the record stream. Numbers are variable-length, five bits a byte, least significant first:
/// a byte 0x60-0x7F carries five bits and says more follow, a byte 0x40-0x5F carries the last five.
/// Every byte is printable ASCII, so a stream is a short, valid string literal in generated code.
/// The generator's <c>BlobWriter</c> writes this format; the round-trip tests hold the two together.
/// </summary>
internal ref struct BlobReader
{
    /// <summary>The format version every records stream starts with.</summary>
    public const int FormatVersion = StorageFormat.Version;

    private readonly ReadOnlySpan<byte> _data;

    // A field, read and written directly: ReadInt runs as unoptimised code in the first milliseconds,
    // where a property would be two calls per byte.
    private int _position;

    public BlobReader(ReadOnlySpan<byte> data, int position = 0)
    {
        _data = data;
        _position = position;
    }

    public readonly int Position => _position;

    // Called for every number of every record, often within the first milliseconds of a program,
    // when the JIT would still run unoptimised first-tier code: inlined into the optimised callers.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ReadInt()
    {
        var value = 0;
        var shift = 0;
        int b = _data[_position++];
        while (b >= 0x60)
        {
            value |= (b - 0x60) << shift;
            shift += 5;
            b = _data[_position++];
        }

        if (b < 0x40 || shift > 30)
        {
            throw new InvalidOperationException($"The compiled data is corrupt at byte {_position - 1}.");
        }

        return value | ((b - 0x40) << shift);
    }

    public bool ReadBool() => ReadInt() != 0;

    /// <summary>Reads the format version a stream starts with, refusing data written in another format.</summary>
    public void ReadFormatVersion()
    {
        var version = ReadInt();
        if (version != FormatVersion)
        {
            throw new InvalidOperationException($"The compiled data has format {version}; this library reads format {FormatVersion}. Rebuild with the generator of the same package version.");
        }
    }

    public void Skip(int bytes) => _position += bytes;

    /// <summary>A date: precision (0 none, 1 day, 2 month, 3 year), then year, month and day.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PartialDate? ReadDate()
    {
        var precision = ReadInt();
        if (precision == 0)
        {
            return null;
        }

        var year = ReadInt();
        var month = ReadInt();
        var day = ReadInt();
        return new PartialDate(year, month, day, (DatePrecision)(precision - 1));
    }
}
