using System;
using System.Threading;

namespace SinoRussia.Dataset;

/// <summary>
/// What every record that can be read lazily from compiled data keeps, written once: where it is in its
/// table and, once read, its id and details. A record built by hand has its details from the start and
/// fills them through its init accessors (<see cref="Building"/>). A field of the record, not an object
/// of its own, so a record nobody reads stays one small object.
/// </summary>
/// <typeparam name="TDetails">The record's fields other than the id (and a meeting's date).</typeparam>
internal struct StoredRecord<TDetails>
    where TDetails : class, new()
{
    private readonly IStoredTable? _table;
    private readonly int _idReference;
    private readonly int _offset;
    private string? _id;
    private TDetails? _details;

    /// <summary>A record at <paramref name="offset"/> of <paramref name="table"/>.</summary>
    public StoredRecord(IStoredTable table, int idReference, int offset)
    {
        _table = table;
        _idReference = idReference;
        _offset = offset;
        _id = null;
        _details = null;
    }

    /// <summary>The table it is read from; null for a record built by hand.</summary>
    public readonly IStoredTable? Table => _table;

    /// <summary>The id, read on first use.</summary>
    public string Id => _id ??= _table!.Id(_idReference);

    /// <summary>The details of a record being built by hand, for its init accessors to fill.</summary>
    public readonly TDetails Building => _details ?? throw new InvalidOperationException("A record read from compiled data cannot be changed.");

    /// <summary>A record built by hand, with empty details.</summary>
    public static StoredRecord<TDetails> BuiltByHand() => new() { _details = new TDetails() };

    /// <summary>Sets the id of a record being built by hand.</summary>
    public void SetId(string id) => _id = id;

    /// <summary>The details, read from the table on first use (a race reads them twice and keeps one).</summary>
    public TDetails Read<TState>(Func<IStoredTable, int, TState, TDetails> read, TState state)
    {
        if (Volatile.Read(ref _details) is { } details)
        {
            return details;
        }

        details = read(_table!, _offset, state);
        return Interlocked.CompareExchange(ref _details, details, null) ?? details;
    }
}
