using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Threading;

namespace SinoRussia.Dataset;

/// <summary>
/// The records of one kind: <see cref="All"/> in dataset order and lookups by id, each built once, on
/// first use, safely from any number of threads. In a project that extends the dataset, the shipped
/// records and the project's own together.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public class RecordCollection<T>
    where T : class
{
    private readonly Lazy<Storage.RecordList<T>> _own;
    private readonly Lazy<T[]> _items;
    private readonly Lazy<ReadOnlyCollection<T>> _all;
    private readonly Lazy<FrozenDictionary<string, T>> _byId;

    internal RecordCollection(Func<Storage.RecordList<T>> own, Func<T, string> id, RecordCollection<T>? baseCollection, Comparison<T>? order)
    {
        Id = id;
        _own = new Lazy<Storage.RecordList<T>>(own, LazyThreadSafetyMode.ExecutionAndPublication);
        _items = new Lazy<T[]>(
            () => baseCollection is null ? _own.Value.ToArray() : Merge(baseCollection.Items, _own.Value.ToArray(), order ?? ((a, b) => string.CompareOrdinal(id(a), id(b)))),
            LazyThreadSafetyMode.ExecutionAndPublication);

        // Without a base, All is the table itself: records are created as they are asked for.
        _all = new Lazy<ReadOnlyCollection<T>>(
            () => baseCollection is null ? new ReadOnlyCollection<T>(_own.Value) : Array.AsReadOnly(Items),
            LazyThreadSafetyMode.ExecutionAndPublication);
        _byId = new Lazy<FrozenDictionary<string, T>>(BuildById, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Every record, in dataset order.</summary>
    public IReadOnlyList<T> All => _all.Value;

    /// <summary>The record with the YAML id <paramref name="id"/>.</summary>
    /// <param name="id">The YAML id.</param>
    /// <returns>The record.</returns>
    /// <exception cref="KeyNotFoundException">No record has that id.</exception>
    public T ById(string id)
        => TryGetById(id, out var value) ? value : throw new KeyNotFoundException($"No {typeof(T).Name.ToLowerInvariant()} has the id '{id}'.");

    /// <summary>Looks up the record with the YAML id <paramref name="id"/>.</summary>
    /// <param name="id">The YAML id.</param>
    /// <param name="value">The record, when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGetById(string id, [NotNullWhen(true)] out T? value) => _byId.Value.TryGetValue(id, out value);

    /// <summary>The records as an array, in dataset order, every one created (not to be changed).</summary>
    internal T[] Items => _items.Value;

    internal Func<T, string> Id { get; }

    /// <summary>The project's own record at <paramref name="index"/> of its own table, for named members.</summary>
    /// <param name="index">The index in the project's own table.</param>
    /// <returns>The record.</returns>
    public T Own(int index) => _own.Value[index];

    private FrozenDictionary<string, T> BuildById()
    {
        var items = Items;
        var pairs = new KeyValuePair<string, T>[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            pairs[i] = new KeyValuePair<string, T>(Id(items[i]), items[i]);
        }

        return pairs.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Merges two lists that are each in <paramref name="order"/>.</summary>
    private static T[] Merge(T[] first, T[] second, Comparison<T> order)
    {
        var merged = new T[first.Length + second.Length];
        int i = 0, j = 0, k = 0;
        while (i < first.Length && j < second.Length)
        {
            merged[k++] = order(second[j], first[i]) < 0 ? second[j++] : first[i++];
        }

        while (i < first.Length)
        {
            merged[k++] = first[i++];
        }

        while (j < second.Length)
        {
            merged[k++] = second[j++];
        }

        return merged;
    }
}
