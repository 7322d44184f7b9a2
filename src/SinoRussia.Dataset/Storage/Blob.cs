using System;

namespace SinoRussia.Dataset.Storage;

/// <summary>
/// Bytes of one stream: a pointer into the loaded assembly's metadata (which lives as long as the
/// assembly), or into a pinned array when the metadata cannot be read directly.
/// </summary>
internal readonly unsafe struct Blob
{
    private readonly byte* _pointer;
    private readonly byte[]? _pinned;

    public Blob(byte* pointer, int length, byte[]? pinned = null)
    {
        _pointer = pointer;
        Length = length;
        _pinned = pinned;
    }

    /// <summary>The number of bytes (a field: read as the data is first opened, by unoptimised code that would call a getter).</summary>
    public readonly int Length;

    public ReadOnlySpan<byte> Span => new(_pointer, Length);

    /// <summary>A copy of <paramref name="bytes"/> in a pinned array, so that it has a stable address.</summary>
    public static Blob Copy(ReadOnlySpan<byte> bytes)
    {
        var array = GC.AllocateArray<byte>(Math.Max(1, bytes.Length), pinned: true);
        bytes.CopyTo(array);
        fixed (byte* pointer = array)
        {
            return new Blob(pointer, bytes.Length, array);
        }
    }
}
