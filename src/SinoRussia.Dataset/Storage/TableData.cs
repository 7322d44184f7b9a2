using System;
using System.Collections.Generic;

namespace SinoRussia.Dataset.Storage;

/// <summary>One compiled table as the records read it: its record stream, its strings, and the store that resolves its references.</summary>
internal sealed class TableData : IStoredTable
{
    public const string RecordsStream = "records";
    public const string StringsStream = "strings";
    public const string LengthsStream = "lengths";

    public TableData(DataStore store, Type holder)
    {
        var blobs = BlobSource.Read(holder);
        Store = store;
        Records = Required(blobs, RecordsStream, holder);
        Strings = new StringTable(Required(blobs, StringsStream, holder), Required(blobs, LengthsStream, holder));
    }

    public DataStore Store { get; }

    public Blob Records { get; }

    public StringTable Strings { get; }

    public BlobReader Reader(int position) => new(Records.Span, position);

    public string? String(int reference) => Strings.Get(reference);

    public string RequiredString(int reference) => Strings.GetRequired(reference);

    /// <summary>A reader past the format version, positioned at the record count.</summary>
    public BlobReader Start()
    {
        var reader = Reader(0);
        var version = reader.ReadInt();
        if (version != BlobReader.FormatVersion)
        {
            throw new InvalidOperationException($"The compiled data has format {version}; this library reads format {BlobReader.FormatVersion}. Rebuild with the generator of the same package version.");
        }

        return reader;
    }

    IDatasetLinks IStoredTable.Links => Store;

    string IStoredTable.Id(int idReference) => RequiredString(idReference);

    Source.Details IStoredTable.ReadSource(int offset) => RecordReader.Source(this, offset);

    Organisation.Details IStoredTable.ReadOrganisation(int offset) => RecordReader.Organisation(this, offset);

    Mechanism.Details IStoredTable.ReadMechanism(int offset) => RecordReader.Mechanism(this, offset);

    Official.Details IStoredTable.ReadOfficial(int offset) => RecordReader.Official(this, offset);

    Meeting.Details IStoredTable.ReadMeeting(int offset, PartialDate date) => RecordReader.Meeting(this, offset, date);

    Quote.Details IStoredTable.ReadQuote(int offset) => RecordReader.Quote(this, offset);

    private static Blob Required(Dictionary<string, Blob> blobs, string name, Type holder)
        => blobs.TryGetValue(name, out var blob) ? blob : throw new InvalidOperationException($"{holder.FullName} has no '{name}' data stream.");
}
