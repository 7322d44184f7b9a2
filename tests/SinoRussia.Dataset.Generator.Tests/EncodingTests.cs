using System.Reflection;
using System.Runtime.Loader;
using SinoRussia.Dataset.Generator.Emission;
using SinoRussia.Dataset.Generator.Model;
using SinoRussia.Dataset.Generator.Schema;
using SinoRussia.Dataset.Generator.Tests.Infrastructure;

namespace SinoRussia.Dataset.Generator.Tests;

/// <summary>
/// The generator's table encoding and the runtime's decoder, held together: strings YAML cannot carry
/// (lone surrogates) and edge values go through the encoder, the compiler and the decoder unchanged.
/// </summary>
public class EncodingTests
{
    private static readonly string?[] Values =
    {
        "", "\uD800", "\uDFFF", "a\uDC00b", "\uDE00\uD83D", "\uD83D\uDE00", "😀\uD800😀", "\0", "\\", "\"", "王毅", new string('x', 70_000), "x",
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_string_comes_back_exactly_through_the_compiled_table(bool reflectionFallback)
    {
        var organisations = Values.Select((v, i) => (EntityModel)new OrganisationModel($"org-{i:D2}", $"Org{i:D2}", v!, i % 2 == 0 ? null : v)).ToEquatableArray();
        var sources = new List<string>
        {
            StorageEmitter.Emit(new StorageModel("SinoRussia.Dataset", null)),
            TopicsEmitter.Emit(new TopicsModel("SinoRussia.Dataset", EquatableArray<TopicModel>.Empty)),
        };
        foreach (var kind in EntityKind.All)
        {
            var records = kind == EntityKind.Organisations ? organisations : EquatableArray<EntityModel>.Empty;
            sources.AddRange(kind.Files(new TableInput("SinoRussia.Dataset", null, kind.ClassName, records, NamedMembers: true)));
        }

        var compilation = GeneratorHarness.Compilation(sources.ToArray());
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        emit.Success.ShouldBeTrue(string.Join("\n", emit.Diagnostics.Take(5)));

        var context = new AssemblyLoadContext("encoding", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(stream.ToArray()));
            assembly.GetType("SinoRussia.Dataset.Storage.BlobSource")!.GetProperty("ForceReflection", BindingFlags.NonPublic | BindingFlags.Static)!.SetValue(null, reflectionFallback);
            var all = ((System.Collections.IEnumerable)assembly.GetType("SinoRussia.Dataset.Organisations")!.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();
            all.Count.ShouldBe(Values.Length);
            for (var i = 0; i < Values.Length; i++)
            {
                var organisation = all[i];
                organisation.GetType().GetProperty("Id")!.GetValue(organisation).ShouldBe($"org-{i:D2}");
                ((string)organisation.GetType().GetProperty("Name")!.GetValue(organisation)!).ShouldBe(Values[i], $"value {i}");
                organisation.GetType().GetProperty("Country")!.GetValue(organisation).ShouldBe(i % 2 == 0 ? null : Values[i], $"country {i}");
            }

            assembly.GetType("SinoRussia.Dataset.Meetings")!.GetProperty("All")!.GetValue(null).ShouldBeAssignableTo<System.Collections.ICollection>()!.Count.ShouldBe(0, "an empty table decodes to an empty list");
        }
        finally
        {
            context.Unload();
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(1023)]
    [InlineData(1024)]
    [InlineData(int.MaxValue)]
    public void Numbers_are_printable_ascii_and_need_no_escape_but_a_backslash(int value)
    {
        var text = new BlobWriter().Int(value).ToString();
        text.ShouldAllBe(c => c >= 0x40 && c <= 0x7F);
        text[^1].ShouldBeInRange((char)0x40, (char)0x5F, "the last byte says no more follow");
        text[..^1].ShouldAllBe(c => c >= 0x60, "every byte before it says more follow");
        var decoded = 0L;
        for (var i = 0; i < text.Length; i++)
        {
            decoded |= (long)(text[i] & 31) << (5 * i);
        }

        decoded.ShouldBe(value);
    }

    [Fact]
    public void Negative_numbers_are_refused_rather_than_written_wrong()
        => Should.Throw<ArgumentOutOfRangeException>(() => new BlobWriter().Int(-1));

    [Fact]
    public void Every_field_of_every_record_kind_and_every_vocabulary_value_round_trips()
    {
        static EquatableArray<T> A<T>(params T[] items) where T : IEquatable<T> => items.ToEquatableArray();
        var day = new DateModel(2024, 5, 16, DatePrecision.Day);
        var month = new DateModel(2024, 5, 0, DatePrecision.Month);
        var year = new DateModel(2023, 0, 0, DatePrecision.Year);
        var tables = new Dictionary<EntityKind, EquatableArray<EntityModel>>
        {
            [EntityKind.Sources] = A<EntityModel>(
                new SourceModel("s1", "S1", "f1.txt", "Pub", "Title", month, "08:14", "UTC+8", "Beijing", "Author", "en", "Notes"),
                new SourceModel("s2", "S2", "f2.txt", null, null, null, null, null, null, null, null, null)),
            [EntityKind.Organisations] = A<EntityModel>(new OrganisationModel("o1", "O1", "Org", "CN"), new OrganisationModel("o2", "O2", "Org2", null)),
            [EntityKind.Mechanisms] = A<EntityModel>(new MechanismModel("m1", "M1", "Mech")),
            [EntityKind.Officials] = A<EntityModel>(new OfficialModel("p1", "P1", "Name", A("Alias1", "Alias2"), "RU",
                A(new PositionModel("Post", "o1", day, year, "post note"), new PositionModel("Post2", "o2", year, null, null)))),
            [EntityKind.Meetings] = A<EntityModel>(
                new MeetingModel("mt1", "Mt1", "Title1", year, FactBasis.Stated, null, null, MeetingFormat.InPerson, null, null,
                    A(new ParticipantModel("p1", ParticipantRole.Host, "Mr")), EquatableArray<string>.Empty, EquatableArray<string>.Empty, A("s1")),
                new MeetingModel("mt2", "Mt2", "Title2", month, FactBasis.Dateline, "date note", new PlaceModel("City", "CN", "Venue", FactBasis.Dateline, "place note"), MeetingFormat.Virtual, "m1", "Occasion",
                    A(new ParticipantModel("p1", ParticipantRole.Guest, null), new ParticipantModel("p1", ParticipantRole.Participant, "Title")), A("t-one"), A("out 1", "out 2"), A("s1", "s2")),
                new MeetingModel("mt3", "Mt3", "Title3", day, FactBasis.Inferred, null, new PlaceModel(null, "RU", null, FactBasis.Inferred, null), MeetingFormat.Phone, null, null,
                    EquatableArray<ParticipantModel>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty, A("s2"))),
            [EntityKind.Quotes] = A<EntityModel>(
                new QuoteModel("q1", "Q1", QuoteKind.Direct, "p1", "mt1", "s1", "text one", A("t-one")),
                new QuoteModel("q2", "Q2", QuoteKind.Reported, "p1", "mt2", "s2", "text two", EquatableArray<string>.Empty)),
        };
        var sources = new List<string>
        {
            StorageEmitter.Emit(new StorageModel("SinoRussia.Dataset", null)),
            TopicsEmitter.Emit(new TopicsModel("SinoRussia.Dataset", A(new TopicModel("t-one", "TOne", "Topic one")))),
        };
        sources.AddRange(EntityKind.All.SelectMany(kind => kind.Files(new TableInput("SinoRussia.Dataset", null, kind.ClassName, tables[kind], NamedMembers: true))));
        using var stream = new MemoryStream();
        var emit = GeneratorHarness.Compilation(sources.ToArray()).Emit(stream);
        emit.Success.ShouldBeTrue(string.Join("\n", emit.Diagnostics.Take(5)));

        var context = new AssemblyLoadContext("fields", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(stream.ToArray()));
            object All(string kind, int i) => ((System.Collections.IList)assembly.GetType("SinoRussia.Dataset." + kind)!.GetProperty("All")!.GetValue(null)!)[i]!;
            object? P(object? o, string name) => o?.GetType().GetProperty(name)!.GetValue(o);
            string? S(object? o, string name) => P(o, name)?.ToString();
            string D(DateModel d) => d.Precision switch { DatePrecision.Day => $"{d.Year:D4}-{d.Month:D2}-{d.Day:D2}", DatePrecision.Month => $"{d.Year:D4}-{d.Month:D2}", _ => $"{d.Year:D4}" };
            IEnumerable<string?> L(object? list) => ((System.Collections.IEnumerable)list!).Cast<object?>().Select(x => x?.ToString());

            foreach (var (model, i) in tables[EntityKind.Sources].Cast<SourceModel>().Select((m, i) => (m, i)))
            {
                var r = All("Sources", i);
                (S(r, "Id"), S(r, "File"), S(r, "Publisher"), S(r, "Title"), S(r, "Published"), S(r, "PublishedTime"), S(r, "TimeZone"), S(r, "Dateline"), S(r, "Author"), S(r, "Language"), S(r, "Notes"))
                    .ShouldBe((model.Id, model.File, model.Publisher, model.Title, model.Published is null ? null : D(model.Published), model.PublishedTime, model.TimeZone, model.Dateline, model.Author, model.Language, model.Notes));
            }

            foreach (var (model, i) in tables[EntityKind.Organisations].Cast<OrganisationModel>().Select((m, i) => (m, i)))
            {
                var r = All("Organisations", i);
                (S(r, "Id"), S(r, "Name"), S(r, "Country")).ShouldBe((model.Id, model.Name, model.Country));
            }

            (S(All("Mechanisms", 0), "Id"), S(All("Mechanisms", 0), "Name")).ShouldBe(("m1", "Mech"));

            var official = All("Officials", 0);
            (S(official, "Id"), S(official, "Name"), S(official, "Country")).ShouldBe(("p1", "Name", "RU"));
            L(P(official, "Aliases")).ShouldBe(new[] { "Alias1", "Alias2" });
            var positions = ((System.Collections.IList)P(official, "Positions")!).Cast<object>().ToList();
            positions.Select(p => (S(p, "Title"), S(P(p, "Organisation"), "Id"), S(p, "Start"), S(p, "End"), S(p, "Note")))
                .ShouldBe(new (string?, string?, string?, string?, string?)[] { ("Post", "o1", "2024-05-16", "2023", "post note"), ("Post2", "o2", "2023", null, null) });

            foreach (var (model, i) in tables[EntityKind.Meetings].Cast<MeetingModel>().OrderBy(m => m.Date.Year * 10000 + Math.Max(1, m.Date.Month) * 100 + Math.Max(1, m.Date.Day)).Select((m, i) => (m, i)))
            {
                var r = All("Meetings", i);
                (S(r, "Id"), S(r, "Title"), S(r, "Date"), S(P(r, "Date"), "Precision"), S(r, "DateBasis"), S(r, "DateNote"), S(r, "Format"), S(P(r, "Mechanism"), "Id"), S(r, "Occasion"))
                    .ShouldBe((model.Id, model.Title, D(model.Date), model.Date.Precision.ToString(), model.DateBasis.ToString(), model.DateNote, model.Format.ToString(), model.Mechanism, model.Occasion), model.Id);
                var place = P(r, "Place");
                (S(place, "City"), S(place, "Country"), S(place, "Venue"), S(place, "Basis"), S(place, "Note")).ShouldBe(model.Place is { } p ? (p.City, p.Country, p.Venue, (string?)p.Basis.ToString(), p.Note) : (null, null, null, null, null), model.Id);
                ((System.Collections.IEnumerable)P(r, "Participants")!).Cast<object>().Select(x => (S(P(x, "Official"), "Id"), S(x, "Role"), S(x, "TitleInSource")))
                    .ShouldBe(model.Participants.Select(x => ((string?)x.Official, (string?)x.Role.ToString(), x.TitleInSource)), model.Id);
                L(P(r, "Topics")).ShouldBe(model.Topics.Select(t => t == "t-one" ? "TOne" : t), model.Id);
                L(P(r, "Outcomes")).ShouldBe(model.Outcomes, model.Id);
                ((System.Collections.IEnumerable)P(r, "Sources")!).Cast<object>().Select(x => S(x, "Id")).ShouldBe(model.Sources, model.Id);
            }

            foreach (var (model, i) in tables[EntityKind.Quotes].Cast<QuoteModel>().Select((m, i) => (m, i)))
            {
                var r = All("Quotes", i);
                (S(r, "Id"), S(r, "Kind"), S(P(r, "Speaker"), "Id"), S(P(r, "Meeting"), "Id"), S(P(r, "Source"), "Id"), S(r, "Text"))
                    .ShouldBe((model.Id, model.Kind.ToString(), model.Speaker, model.Meeting, model.Source, model.Text));
                L(P(r, "Topics")).ShouldBe(model.Topics.Select(t => t == "t-one" ? "TOne" : t));
            }
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Encoding_a_large_table_honours_cancellation()
    {
        var records = Enumerable.Range(0, 5000).Select(i => new OrganisationModel($"org-{i}", $"Org{i}", $"Org {i}", null)).ToList();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Should.Throw<OperationCanceledException>(() => RecordEncoder.Organisations(records, cancelled.Token));
        RecordEncoder.Organisations(records, CancellationToken.None).Records.ShouldNotBeEmpty();
    }
}
