using SinoRussia.Dataset.Export;

namespace SinoRussia.Dataset.Site.Tests;

/// <summary>
/// A dataset built by hand with hostile text in every kind of field: no page, JSON file or inline SVG
/// carries it as markup, and an id that is not a safe file name is refused rather than written outside the folder.
/// </summary>
public class EscapingTests
{
    private const string Hostile = "<script>alert('x')</script>\"&<img src=x onerror=alert(1)>";

    [Fact]
    public async Task Hostile_text_reaches_every_file_encoded()
    {
        var dataset = Build("hostile-meeting");
        var folder = NewFolder();
        try
        {
            await StaticSite.WriteAsync(dataset, folder);
            var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
            files.Length.ShouldBeGreaterThan(8);
            foreach (var file in files)
            {
                var text = File.ReadAllText(file);
                text.ShouldNotContain("<script>alert", Case.Insensitive, file);
                text.ShouldNotContain("<img", Case.Insensitive, file); // the site has no images: any is the data's
                text.ShouldNotContain("\"&<", Case.Sensitive, file);
            }

            var meeting = File.ReadAllText(Path.Combine(folder, "meetings", "hostile-meeting.html"));
            meeting.ShouldContain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&quot;&amp;&lt;img src=x onerror=alert(1)&gt;");
            File.ReadAllText(Path.Combine(folder, "json", "meetings.json")).ShouldContain("\\u003Cscript\\u003E");
            File.ReadAllText(Path.Combine(folder, "index.html")).ShouldContain("&lt;script&gt;"); // the timeline's own XML escaping
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("a/b")]
    [InlineData("has space")]
    public async Task An_id_that_is_not_a_safe_file_name_is_refused(string id)
    {
        var dataset = Build(id);
        var folder = NewFolder();
        try
        {
            await Should.ThrowAsync<InvalidOperationException>(() => StaticSite.WriteAsync(dataset, folder));
            File.Exists(Path.Combine(Path.GetDirectoryName(folder)!, "outside.html")).ShouldBeFalse();
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static string NewFolder() => Path.Combine(Path.GetTempPath(), "sinorussia-site-" + Guid.NewGuid().ToString("N"));

    private static SinoRussiaDataset Build(string meetingId)
    {
        var date = new PartialDate(2025, 3, 1, DatePrecision.Day);
        var source = new Source
        {
            Id = "hostile-source", File = "hostile.txt", Publisher = Hostile, Title = Hostile, Published = date,
            Dateline = Hostile, Author = Hostile, Language = "en", Notes = Hostile,
        };
        var organisation = new Organisation { Id = "hostile-org", Name = Hostile, Country = "CN" };
        var post = new Position { Title = Hostile, Organisation = organisation, Start = new PartialDate(2020, 0, 0, DatePrecision.Year), Note = Hostile };
        var china = new Official { Id = "hostile-cn", Name = Hostile, Aliases = new[] { Hostile }, Country = "CN", Positions = new[] { post } };
        var russia = new Official { Id = "hostile-ru", Name = "Plain Name", Country = "RU", Positions = Array.Empty<Position>() };
        var meeting = new Meeting
        {
            Id = meetingId, Title = Hostile, Date = date, DateBasis = FactBasis.Inferred, DateNote = Hostile,
            Place = new Place { City = Hostile, Country = "RU", Venue = Hostile, Basis = FactBasis.Inferred, Note = Hostile },
            Format = MeetingFormat.InPerson, Occasion = Hostile,
            Participants = new[]
            {
                new Participant { Official = china, Role = ParticipantRole.Guest, TitleInSource = Hostile, MeetingDate = date },
                new Participant { Official = russia, Role = ParticipantRole.Host, MeetingDate = date },
            },
            Topics = new[] { Topic.BilateralRelations }, Outcomes = new[] { Hostile }, Sources = new[] { source },
        };
        var quote = new Quote
        {
            Id = "hostile-quote", Kind = QuoteKind.Direct, Speaker = china, Meeting = meeting, Source = source, Text = Hostile,
            Topics = new[] { Topic.BilateralRelations },
        };
        return new SinoRussiaDataset(new[] { source }, new[] { organisation }, Array.Empty<Mechanism>(), new[] { china, russia }, new[] { meeting }, new[] { quote });
    }
}
