using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace SinoRussia.Dataset;

/// <summary>
/// Two lists that are each in one order, read as one list in that order without creating the records
/// of the larger one: where each item of <c>first</c> (the shipped records, a few dozen) falls among
/// <c>second</c> (a project's own, up to hundreds of thousands) is found by binary search, and an index
/// maps to one list or the other. Ties keep <c>first</c> first, as a merge of the two would.
/// Read-only; the lists must not change.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class MergedList<T> : IList<T>
    where T : class
{
    private readonly IReadOnlyList<T> _first;
    private readonly IList<T> _second;
    private readonly Comparison<T> _order;

    // The position in the merged order of each item of _first, strictly increasing; found on first
    // use of an item (Count needs none of it).
    private int[]? _positions;

    public MergedList(IReadOnlyList<T> first, IList<T> second, Comparison<T> order)
    {
        _first = first;
        _second = second;
        _order = order;
    }

    private int[] FirstPositions => Volatile.Read(ref _positions) ?? Place();

    public int Count => _first.Count + _second.Count;

    public bool IsReadOnly => true;

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            var found = Array.BinarySearch(FirstPositions, index);
            return found >= 0 ? _first[found] : _second[index - ~found];
        }

        set => throw new NotSupportedException("The dataset is read-only.");
    }

    public T[] ToArray()
    {
        var array = new T[Count];
        CopyTo(array, 0);
        return array;
    }

    public void CopyTo(T[] array, int arrayIndex)
    {
        if (array is null)
        {
            throw new ArgumentNullException(nameof(array));
        }

        if (arrayIndex < 0 || array.Length - arrayIndex < Count)
        {
            throw new ArgumentException("The array is too small to hold the list from that index.", nameof(arrayIndex));
        }

        var positions = FirstPositions;
        int i = 0, j = 0;
        for (var k = 0; k < Count; k++)
        {
            array[arrayIndex + k] = i < positions.Length && positions[i] == k ? _first[i++] : _second[j++];
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        var positions = FirstPositions;
        int i = 0, j = 0;
        for (var k = 0; k < Count; k++)
        {
            yield return i < positions.Length && positions[i] == k ? _first[i++] : _second[j++];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public int IndexOf(T item)
    {
        var k = 0;
        foreach (var value in this)
        {
            if (ReferenceEquals(value, item))
            {
                return k;
            }

            k++;
        }

        return -1;
    }

    public bool Contains(T item) => IndexOf(item) >= 0;

    public void Add(T item) => throw new NotSupportedException("The dataset is read-only.");

    public void Clear() => throw new NotSupportedException("The dataset is read-only.");

    public void Insert(int index, T item) => throw new NotSupportedException("The dataset is read-only.");

    public bool Remove(T item) => throw new NotSupportedException("The dataset is read-only.");

    public void RemoveAt(int index) => throw new NotSupportedException("The dataset is read-only.");

    /// <summary>Finds where each item of the first list falls; any number of threads may race, all get equal positions.</summary>
    private int[] Place()
    {
        var positions = new int[_first.Count];
        var before = 0;
        for (var i = 0; i < positions.Length; i++)
        {
            // How many of _second come strictly before first[i]: at least as many as before first[i - 1].
            before = LowerBound(_second, _first[i], before, _order);
            positions[i] = i + before;
        }

        return Interlocked.CompareExchange(ref _positions, positions, null) ?? positions;
    }

    /// <summary>The number of items of <paramref name="list"/> from <paramref name="from"/> on that come strictly before <paramref name="value"/>, plus <paramref name="from"/>.</summary>
    private static int LowerBound(IList<T> list, T value, int from, Comparison<T> order)
    {
        int low = from, high = list.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (order(list[middle], value) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
