using System;

namespace SinoRussia.Dataset.Storage;

/// <summary>
/// One segment of a compiled table: the records one YAML file gave it, in table order, with their own
/// string table, as the records read them (<see cref="IStoredTable"/>). A record refers to its strings
/// within its segment; the table (<see cref="TableData"/>) says in which order the segments' records
/// interleave.
/// </summary>
internal sealed class TableSegment : IStoredTable
{
    public TableSegment(DataStore store, Blob records, StringTable strings)
    {
        Store = store;
        Records = records;
        Strings = strings;
    }

    // Fields, not properties: read by the index pass, which runs once as unoptimised code (see TableIndex).
    public readonly DataStore Store;

    public readonly Blob Records;

    public readonly StringTable Strings;

    public BlobReader Reader(int position) => new(Records.Span, position);

    public string? String(int reference) => Strings.Get(reference);

    public string RequiredString(int reference) => Strings.GetRequired(reference);

    IDatasetLinks IStoredTable.Links => Store;

    string IStoredTable.Id(int idReference) => RequiredString(idReference);

    Source.Details IStoredTable.ReadSource(int offset) => RecordReader.Source(this, offset);

    Organisation.Details IStoredTable.ReadOrganisation(int offset) => RecordReader.Organisation(this, offset);

    Mechanism.Details IStoredTable.ReadMechanism(int offset) => RecordReader.Mechanism(this, offset);

    Official.Details IStoredTable.ReadOfficial(int offset) => RecordReader.Official(this, offset);

    Meeting.Details IStoredTable.ReadMeeting(int offset, PartialDate date) => RecordReader.Meeting(this, offset, date);

    Quote.Details IStoredTable.ReadQuote(int offset) => RecordReader.Quote(this, offset);
}
