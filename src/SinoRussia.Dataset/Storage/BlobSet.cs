using System;

namespace SinoRussia.Dataset.Storage;

/// <summary>
/// The named streams of one holder class (a few: a table's order and three per segment), looked up
/// by a scan. Not a <c>Dictionary&lt;string, Blob&gt;</c>: its methods over this struct are compiled
/// at run time, on first access, which cost about as much as reading a small table (measured with
/// <c>first-access compiled --jit</c>: docs/performance.md).
/// </summary>
internal sealed class BlobSet
{
    private readonly string[] _names;
    private readonly Blob[] _blobs;
    private int _count;

    public BlobSet(int capacity)
    {
        _names = new string[capacity];
        _blobs = new Blob[capacity];
    }

    /// <summary>Adds a stream; a name given twice is found as the last one added.</summary>
    public void Add(string name, Blob blob)
    {
        _names[_count] = name;
        _blobs[_count++] = blob;
    }

    public bool TryGet(string name, out Blob blob)
    {
        for (var i = _count - 1; i >= 0; i--)
        {
            if (string.Equals(_names[i], name, StringComparison.Ordinal))
            {
                blob = _blobs[i];
                return true;
            }
        }

        blob = default;
        return false;
    }
}
