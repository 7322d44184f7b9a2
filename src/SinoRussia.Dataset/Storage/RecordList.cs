using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace SinoRussia.Dataset.Storage;

/// <summary>
/// A compiled table as a list: its count comes from the table's order; where each record starts is
/// read once, when a record is first asked for (one pass over the segments' record streams, no object
/// per record); record i is created the first time it is asked for and then kept, so a program that uses
/// a few records pays for those few. Any number of threads may ask at once: all of them get the same
/// object. Read-only; exposed wrapped in a ReadOnlyCollection.
/// </summary>
internal sealed class RecordList<T> : IList<T>
    where T : class
{
    private readonly TableData _data;
    private readonly Func<TableData, TableIndex> _readIndex;
    private readonly T?[] _records;
    private readonly Func<TableIndex, int, T> _create;
    private TableIndex? _index;

    public RecordList(TableData data, int count, Func<TableData, TableIndex> readIndex, Func<TableIndex, int, T> create)
    {
        _data = data;
        _readIndex = readIndex;
        _records = new T?[count];
        _create = create;
    }

    public int Count => _records.Length;

    public bool IsReadOnly => true;

    public T this[int index]
    {
        get => Volatile.Read(ref _records[index]) ?? Create(index);
        set => throw new NotSupportedException("The dataset is read-only.");
    }

    /// <summary>Every record, created where not yet, as an array in table order.</summary>
    public T[] ToArray()
    {
        var array = new T[_records.Length];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = this[i];
        }

        return array;
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _records.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public int IndexOf(T item)
    {
        for (var i = 0; i < _records.Length; i++)
        {
            if (ReferenceEquals(this[i], item))
            {
                return i;
            }
        }

        return -1;
    }

    public bool Contains(T item) => IndexOf(item) >= 0;

    public void CopyTo(T[] array, int arrayIndex)
    {
        for (var i = 0; i < _records.Length; i++)
        {
            array[arrayIndex + i] = this[i];
        }
    }

    public void Add(T item) => throw new NotSupportedException("The dataset is read-only.");

    public void Clear() => throw new NotSupportedException("The dataset is read-only.");

    public void Insert(int index, T item) => throw new NotSupportedException("The dataset is read-only.");

    public bool Remove(T item) => throw new NotSupportedException("The dataset is read-only.");

    public void RemoveAt(int index) => throw new NotSupportedException("The dataset is read-only.");

    private T Create(int index)
    {
        var record = _create(Volatile.Read(ref _index) ?? ReadIndex(), index);
        return Interlocked.CompareExchange(ref _records[index], record, null) ?? record;
    }

    private TableIndex ReadIndex()
    {
        // One pass, however many threads ask for their first record at once.
        lock (_records)
        {
            var index = Volatile.Read(ref _index);
            if (index is null)
            {
                index = _readIndex(_data);
                Volatile.Write(ref _index, index);
            }

            return index;
        }
    }
}
