using System;
using System.Collections.Generic;
using System.Linq;
using SinoRussia.Dataset.Generator.Model;

namespace SinoRussia.Dataset.Generator.Emission;

/// <summary>A record as the accessor emitter sees it, whatever its kind.</summary>
internal sealed record EntityRecord(int Index, string Id, string MemberName, bool Shipped, string Summary);

/// <summary>The six record kinds that get an accessor class, and how each is named in generated code.</summary>
internal sealed class EntityKind
{
    public static readonly EntityKind Sources = new("Sources", "Source", "source", "Every source document, ordered by id.",
        m => m.Sources.Select((s, i) => new EntityRecord(i, s.Id, s.MemberName, s.Shipped, s.Title ?? s.Publisher ?? s.File)));

    public static readonly EntityKind Organisations = new("Organisations", "Organisation", "organisation", "Every organisation in which a post is held, ordered by id.",
        m => m.Organisations.Select((o, i) => new EntityRecord(i, o.Id, o.MemberName, o.Shipped, o.Name)));

    public static readonly EntityKind Mechanisms = new("Mechanisms", "Mechanism", "mechanism", "Every standing mechanism meetings belong to, ordered by id.",
        m => m.Mechanisms.Select((x, i) => new EntityRecord(i, x.Id, x.MemberName, x.Shipped, x.Name)));

    public static readonly EntityKind Officials = new("Officials", "Official", "official", "Every official, ordered by id.",
        m => m.Officials.Select((o, i) => new EntityRecord(i, o.Id, o.MemberName, o.Shipped, o.Name)));

    public static readonly EntityKind Meetings = new("Meetings", "Meeting", "meeting", "Every meeting, call or talks, ordered by date, then id.",
        m => m.Meetings.Select((x, i) => new EntityRecord(i, x.Id, x.MemberName, x.Shipped, x.Title)),
        w =>
        {
            w.Line("/// <summary>The meetings in which <paramref name=\"official\"/> took part, ordered by date.</summary>");
            w.Line("/// <param name=\"official\">The official.</param>");
            w.Line("public static global::System.Collections.Generic.IEnumerable<global::SinoRussia.Dataset.Meeting> Of(global::SinoRussia.Dataset.Official official) => global::System.Linq.Enumerable.Where(All, meeting => meeting.Involves(official));");
        });

    public static readonly EntityKind Quotes = new("Quotes", "Quote", "quote", "Every quote, direct and reported, ordered by id.",
        m => m.Quotes.Select((q, i) => new EntityRecord(i, q.Id, q.MemberName, q.Shipped, q.Text)),
        w =>
        {
            w.Line("/// <summary>The quotes whose speaker is <paramref name=\"speaker\"/>.</summary>");
            w.Line("/// <param name=\"speaker\">The speaker.</param>");
            w.Line("public static global::System.Collections.Generic.IEnumerable<global::SinoRussia.Dataset.Quote> By(global::SinoRussia.Dataset.Official speaker) => global::System.Linq.Enumerable.Where(All, quote => quote.Speaker == speaker);");
            w.Line("/// <summary>The quotes said at <paramref name=\"meeting\"/>.</summary>");
            w.Line("/// <param name=\"meeting\">The meeting.</param>");
            w.Line("public static global::System.Collections.Generic.IEnumerable<global::SinoRussia.Dataset.Quote> At(global::SinoRussia.Dataset.Meeting meeting) => global::System.Linq.Enumerable.Where(All, quote => quote.Meeting == meeting);");
        });

    public static readonly IReadOnlyList<EntityKind> All = new[] { Sources, Organisations, Mechanisms, Officials, Meetings, Quotes };

    private readonly Func<DatasetModel, IEnumerable<EntityRecord>> _records;

    private EntityKind(string className, string typeName, string noun, string allSummary, Func<DatasetModel, IEnumerable<EntityRecord>> records, Action<CodeWriter>? helpers = null)
    {
        ClassName = className;
        TypeName = typeName;
        Noun = noun;
        AllSummary = allSummary;
        _records = records;
        Helpers = helpers;
    }

    /// <summary>The accessor class, such as <c>Officials</c>.</summary>
    public string ClassName { get; }

    /// <summary>The runtime type, such as <c>Official</c>.</summary>
    public string TypeName { get; }

    public string Noun { get; }

    public string AllSummary { get; }

    public Action<CodeWriter>? Helpers { get; }

    /// <summary>The table of the project's own records.</summary>
    public string OwnTable => TypeName + "Table";

    /// <summary>The merged table (extending projects only).</summary>
    public string ViewTable => TypeName + "View";

    public IEnumerable<EntityRecord> Records(DatasetModel model) => _records(model);
}
