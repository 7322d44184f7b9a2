using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;

namespace SinoRussia.Dataset.Storage;

/// <summary>
/// The compiled tables of one assembly, decoded on first use, and the collections over them. In a
/// project that extends the dataset, the store merges the shipped store's records with the project's
/// own and resolves references in both. Generated code creates stores; user code reaches the data
/// through the generated classes (<c>Meetings</c>, <c>ExtendedDataset.Meetings</c>).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DataStore : IDatasetLinks
{
    private readonly Type[] _holders;

    private DataStore(Type[] holders, DataStore? baseStore)
    {
        _holders = holders;
        Base = baseStore;
        Sources = new RecordCollection<Source>(() => RecordDecoder.ReadTable(Table(0), RecordDecoder.CreateSource), s => s.Id, baseStore?.Sources, null);
        Organisations = new RecordCollection<Organisation>(() => RecordDecoder.ReadTable(Table(1), RecordDecoder.CreateOrganisation), o => o.Id, baseStore?.Organisations, null);
        Mechanisms = new RecordCollection<Mechanism>(() => RecordDecoder.ReadTable(Table(2), RecordDecoder.CreateMechanism), m => m.Id, baseStore?.Mechanisms, null);
        Officials = new RecordCollection<Official>(() => RecordDecoder.ReadTable(Table(3), RecordDecoder.CreateOfficial), o => o.Id, baseStore?.Officials, null);
        Meetings = new MeetingCollection(() => RecordDecoder.ReadTable(Table(4), RecordDecoder.CreateMeeting), baseStore?.Meetings);
        Quotes = new QuoteCollection(() => RecordDecoder.ReadTable(Table(5), RecordDecoder.CreateQuote), baseStore?.Quotes);
    }

    /// <summary>The store of the curated data compiled into this package.</summary>
    public static DataStore Shipped => DatasetStorage.Store;

    /// <summary>
    /// A store over generated holder classes (one per table, carrying <see cref="DataBlobAttribute"/>s),
    /// merged with <paramref name="baseStore"/> when given.
    /// </summary>
    /// <param name="sources">The holder of the sources table.</param>
    /// <param name="organisations">The holder of the organisations table.</param>
    /// <param name="mechanisms">The holder of the mechanisms table.</param>
    /// <param name="officials">The holder of the officials table.</param>
    /// <param name="meetings">The holder of the meetings table.</param>
    /// <param name="quotes">The holder of the quotes table.</param>
    /// <param name="baseStore">The store whose records this one extends, or null.</param>
    /// <returns>The store; nothing is decoded until a collection is used.</returns>
    public static DataStore Create(Type sources, Type organisations, Type mechanisms, Type officials, Type meetings, Type quotes, DataStore? baseStore)
        => new(new[] { sources, organisations, mechanisms, officials, meetings, quotes }, baseStore);

    /// <summary>The store this one extends, or null.</summary>
    public DataStore? Base { get; }

    /// <summary>The source documents.</summary>
    public RecordCollection<Source> Sources { get; }

    /// <summary>The organisations.</summary>
    public RecordCollection<Organisation> Organisations { get; }

    /// <summary>The mechanisms.</summary>
    public RecordCollection<Mechanism> Mechanisms { get; }

    /// <summary>The officials.</summary>
    public RecordCollection<Official> Officials { get; }

    /// <summary>The meetings, ordered by date, then id.</summary>
    public MeetingCollection Meetings { get; }

    /// <summary>The quotes, ordered by id.</summary>
    public QuoteCollection Quotes { get; }

    /// <summary>The whole merged dataset as one <see cref="SinoRussiaDataset"/>.</summary>
    public SinoRussiaDataset Dataset => LazyInitializer.EnsureInitialized(ref _dataset, () => new SinoRussiaDataset(Sources.All, Organisations.All, Mechanisms.All, Officials.All, Meetings.All, Quotes.All));

    private SinoRussiaDataset? _dataset;

    private TableData Table(int kind) => new(this, _holders[kind]);

    Official IDatasetLinks.Official(string id) => Officials.ById(id);

    Meeting IDatasetLinks.Meeting(string id) => Meetings.ById(id);

    Source IDatasetLinks.Source(string id) => Sources.ById(id);

    IReadOnlyList<Meeting> IDatasetLinks.MeetingsOf(Official official) => Meetings.Of(official);

    IReadOnlyList<Quote> IDatasetLinks.QuotesBy(Official official) => Quotes.By(official);

    IReadOnlyList<Quote> IDatasetLinks.QuotesAt(Meeting meeting) => Quotes.At(meeting);

    IReadOnlyList<Quote> IDatasetLinks.QuotesFrom(Source source) => Quotes.From(source);
}
