using System;
using System.Collections.Generic;
using System.Linq;
using SinoRussia.Dataset.Generator.Model;
using SinoRussia.Dataset.Generator.Validation;

namespace SinoRussia.Dataset.Generator.Emission;

/// <summary>
/// The six record kinds that get a compiled table and an accessor class: how each is named in
/// generated code, which records of the model it holds, how they are encoded, and the query helpers
/// its accessor class forwards to the runtime collection (the helpers themselves are hand-written
/// code in the runtime library).
/// </summary>
internal sealed class EntityKind
{
    private const string Runtime = "global::SinoRussia.Dataset.";

    public static readonly EntityKind Sources = new("Sources", "Source", "source", "Every source document, ordered by id.",
        f => f.Sources.Select(r => (EntityModel)r.Model), (r, ct) => RecordEncoder.Sources(r.Cast<SourceModel>().ToList(), ct), r => ((SourceModel)r).Title ?? ((SourceModel)r).Publisher ?? ((SourceModel)r).File,
        new[] { Helper("The quotes taken from <paramref name=\"source\"/>, ordered by id.", "Quote", "From", "Source", "source") });

    public static readonly EntityKind Organisations = new("Organisations", "Organisation", "organisation", "Every organisation in which a post is held, ordered by id.",
        f => f.Organisations.Select(r => (EntityModel)r.Model), (r, ct) => RecordEncoder.Organisations(r.Cast<OrganisationModel>().ToList(), ct), r => ((OrganisationModel)r).Name, Array.Empty<string>());

    public static readonly EntityKind Mechanisms = new("Mechanisms", "Mechanism", "mechanism", "Every standing mechanism meetings belong to, ordered by id.",
        f => f.Mechanisms.Select(r => (EntityModel)r.Model), (r, ct) => RecordEncoder.Mechanisms(r.Cast<MechanismModel>().ToList(), ct), r => ((MechanismModel)r).Name, Array.Empty<string>());

    public static readonly EntityKind Officials = new("Officials", "Official", "official", "Every official, ordered by id.",
        f => f.Officials.Select(r => (EntityModel)r.Model), (r, ct) => RecordEncoder.Officials(r.Cast<OfficialModel>().ToList(), ct), r => ((OfficialModel)r).Name, Array.Empty<string>());

    public static readonly EntityKind Meetings = new("Meetings", "Meeting", "meeting", "Every meeting, call or talks, ordered by date, then id.",
        f => f.Meetings.Select(r => (EntityModel)r.Model), (r, ct) => RecordEncoder.Meetings(r.Cast<MeetingModel>().ToList(), ct), r => ((MeetingModel)r).Title,
        new[]
        {
            Helper("The meetings in which <paramref name=\"official\"/> took part, ordered by date (an index built on first use).", "Meeting", "Of", "Official", "official"),
            "/// <summary>The meetings whose date overlaps the days <paramref name=\"from\"/> to <paramref name=\"to\"/> (both included), ordered by date (binary search).</summary>\n"
            + "/// <param name=\"from\">The first day.</param>\n/// <param name=\"to\">The last day.</param>\n"
            + "public static global::System.Collections.Generic.IReadOnlyList<global::SinoRussia.Dataset.Meeting> Between(global::System.DateOnly from, global::System.DateOnly to) => DatasetStorage.Store.Meetings.Between(from, to);",
        });

    public static readonly EntityKind Quotes = new("Quotes", "Quote", "quote", "Every quote, direct and reported, ordered by id.",
        f => f.Quotes.Select(r => (EntityModel)r.Model), (r, ct) => RecordEncoder.Quotes(r.Cast<QuoteModel>().ToList(), ct), r => ((QuoteModel)r).Text,
        new[]
        {
            Helper("The quotes whose speaker is <paramref name=\"speaker\"/>, ordered by id (an index built on first use).", "Quote", "By", "Official", "speaker"),
            Helper("The quotes said at <paramref name=\"meeting\"/>, ordered by id (an index built on first use).", "Quote", "At", "Meeting", "meeting"),
            Helper("The quotes taken from <paramref name=\"source\"/>, ordered by id (an index built on first use).", "Quote", "From", "Source", "source"),
        });

    public static readonly IReadOnlyList<EntityKind> All = new[] { Sources, Organisations, Mechanisms, Officials, Meetings, Quotes };

    private readonly Func<CheckedFile, IEnumerable<EntityModel>> _fileRecords;
    private readonly Func<IReadOnlyList<EntityModel>, System.Threading.CancellationToken, TableStreams> _encode;
    private readonly Func<EntityModel, string> _summary;

    private EntityKind(
        string className,
        string typeName,
        string noun,
        string allSummary,
        Func<CheckedFile, IEnumerable<EntityModel>> fileRecords,
        Func<IReadOnlyList<EntityModel>, System.Threading.CancellationToken, TableStreams> encode,
        Func<EntityModel, string> summary,
        IReadOnlyList<string> helpers)
    {
        ClassName = className;
        TypeName = typeName;
        Noun = noun;
        AllSummary = allSummary;
        _fileRecords = fileRecords;
        _encode = encode;
        _summary = summary;
        Helpers = helpers;
    }

    /// <summary>The accessor class, such as <c>Officials</c>.</summary>
    public string ClassName { get; }

    /// <summary>The runtime type, such as <c>Official</c>.</summary>
    public string TypeName { get; }

    public string Noun { get; }

    public string AllSummary { get; }

    /// <summary>Forwarders to the runtime collection's query helpers, one declaration each (with its doc comment).</summary>
    public IReadOnlyList<string> Helpers { get; }

    /// <summary>The generated class holding the compiled table.</summary>
    public string DataClass => ClassName + "Data";

    /// <summary>How many records this build compiles into this table from <paramref name="files"/>.</summary>
    public int OwnCount(IEnumerable<CheckedFile> files) => files.Sum(f => OwnRecordsOf(f).Count());

    /// <summary>
    /// The records of this kind that one checked file gives this build's table: all of them, or none in a
    /// file of the shipped dataset that a project extends (its records are compiled in the package).
    /// </summary>
    public IEnumerable<EntityModel> OwnRecordsOf(CheckedFile file) => _fileRecords(file).Where(r => !r.Shipped);

    /// <summary>Where <paramref name="record"/> falls in the table: meetings by date, then id; the rest by id.</summary>
    public OrderKey Key(EntityModel record)
        => record is MeetingModel meeting ? new OrderKey(PartialDateParser.Earliest(meeting.Date), meeting.Id) : new OrderKey(0, Identity(record).Id);

    /// <summary>The named member <paramref name="record"/> gets when the table has them.</summary>
    public MemberModel Member(EntityModel record) => Identity(record) is var (id, member) ? new MemberModel(id, member, _summary(record)) : null!;

    /// <summary>Encodes records of this kind, in the order given.</summary>
    public TableStreams Encode(IReadOnlyList<EntityModel> records, System.Threading.CancellationToken cancellationToken) => _encode(records, cancellationToken);

    /// <summary>The files of a table of records given directly, as one segment: the table's, then the segment's (none when empty).</summary>
    public IEnumerable<string> Files(TableInput input, System.Threading.CancellationToken cancellationToken = default)
    {
        var number = SegmentNumbers.Of(new[] { (string.Empty, input.Records.Count) }).Of(string.Empty);
        var segment = SegmentEncoder.Encode(this, string.Empty, input.Records, number, new TableScope(input.Namespace, input.ContainerClass), cancellationToken);
        var settings = new TableSettings(input.Namespace, input.ContainerClass, input.NamedMembers ? Model.NamedMembers.All : Model.NamedMembers.None);
        yield return TableEmitter.Emit(TableAssembler.Assemble(this, System.Collections.Immutable.ImmutableArray.Create(segment), settings, cancellationToken));
        if (segment.Source is { } source)
        {
            yield return source;
        }
    }

    private static (string Id, string MemberName) Identity(EntityModel record) => record switch
    {
        SourceModel s => (s.Id, s.MemberName),
        OrganisationModel o => (o.Id, o.MemberName),
        MechanismModel m => (m.Id, m.MemberName),
        OfficialModel o => (o.Id, o.MemberName),
        MeetingModel m => (m.Id, m.MemberName),
        QuoteModel q => (q.Id, q.MemberName),
        _ => throw new ArgumentException("Not a record with an accessor class: " + record.GetType().Name, nameof(record)),
    };

    public static EntityKind ByClassName(string className) => All.Single(k => k.ClassName == className);

    private static string Helper(string summary, string resultType, string name, string argumentType, string argument)
        => $"/// <summary>{summary}</summary>\n/// <param name=\"{argument}\">The {argumentType.ToLowerInvariant()}.</param>\n"
            + $"public static global::System.Collections.Generic.IReadOnlyList<{Runtime}{resultType}> {name}({Runtime}{argumentType} {argument}) => DatasetStorage.Store.{resultType}s.{name}({argument});";
}

/// <summary>Records of one kind given directly, as one segment (<see cref="EntityKind.Files"/>).</summary>
internal sealed record TableInput(string Namespace, string? ContainerClass, string ClassName, EquatableArray<EntityModel> Records, bool NamedMembers);

/// <summary>A named member of an accessor class.</summary>
internal sealed record MemberModel(string Id, string MemberName, string Summary);

/// <summary>One compiled table's accessor class and order stream (its segments are files of their own), ready to write.</summary>
internal sealed record TableModel(string Namespace, string? ContainerClass, string ClassName, EquatableArray<MemberModel> Members, int RecordCount, string Order, int SegmentCount);
