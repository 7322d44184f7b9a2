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
    private readonly Lazy<MergedList<T>>? _merged;
    private readonly Lazy<T[]> _items;
    private readonly Lazy<ReadOnlyCollection<T>> _all;
    private readonly Lazy<FrozenDictionary<string, T>> _byId;

    internal RecordCollection(Func<Storage.RecordList<T>> own, Func<T, string> id, RecordCollection<T>? baseCollection, Comparison<T>? order)
    {
        Id = id;
        _own = new Lazy<Storage.RecordList<T>>(own, LazyThreadSafetyMode.ExecutionAndPublication);

        // With a base (a project that extends the dataset), the two tables read as one list in order;
        // a project's own records are still created only as they are asked for. Without one, All is
        // the table itself: records are created as they are asked for.
        _merged = baseCollection is null
            ? null
            : new Lazy<MergedList<T>>(
                () => new MergedList<T>(baseCollection.Items, _own.Value, order ?? ((a, b) => string.CompareOrdinal(id(a), id(b)))),
                LazyThreadSafetyMode.ExecutionAndPublication);
        _items = new Lazy<T[]>(() => _merged is null ? _own.Value.ToArray() : _merged.Value.ToArray(), LazyThreadSafetyMode.ExecutionAndPublication);
        _all = new Lazy<ReadOnlyCollection<T>>(
            () => new ReadOnlyCollection<T>(_merged is null ? _own.Value : _merged.Value),
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
}
