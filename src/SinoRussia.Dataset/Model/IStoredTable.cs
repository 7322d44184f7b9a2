using System.Collections.Generic;

namespace SinoRussia.Dataset;

/// <summary>
/// Where a record read from compiled data reads what it has not read yet: its table (ids and details)
/// and, through <see cref="Links"/>, the dataset it belongs to. The storage implements it
/// (<c>Storage/TableSegment</c>); the records only ask, so the model depends on no storage code and no
/// record decodes itself (a record's details are read by <c>Storage/RecordReader</c>, with the list
/// readers of <c>Storage/RecordDecoder</c>).
/// </summary>
internal interface IStoredTable
{
    /// <summary>The dataset the table belongs to.</summary>
    IDatasetLinks Links { get; }

    /// <summary>The id a record's id reference names.</summary>
    string Id(int idReference);

    Source.Details ReadSource(int offset);

    Organisation.Details ReadOrganisation(int offset);

    Mechanism.Details ReadMechanism(int offset);

    Official.Details ReadOfficial(int offset);

    Meeting.Details ReadMeeting(int offset, PartialDate date);

    Quote.Details ReadQuote(int offset);
}

/// <summary>The records of one dataset as its records reach one another: by id, and through the indexes.</summary>
internal interface IDatasetLinks
{
    Official Official(string id);

    Meeting Meeting(string id);

    Source Source(string id);

    IReadOnlyList<Meeting> MeetingsOf(Official official);

    IReadOnlyList<Quote> QuotesBy(Official official);

    IReadOnlyList<Quote> QuotesAt(Meeting meeting);

    IReadOnlyList<Quote> QuotesFrom(Source source);
}
