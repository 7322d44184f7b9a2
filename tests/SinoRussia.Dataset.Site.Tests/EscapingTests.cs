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
        var source = new Source("hostile-source", "hostile.txt", Hostile, Hostile, date, null, null, Hostile, Hostile, "en", Hostile);
        var organisation = new Organisation("hostile-org", Hostile, "CN");
        var post = new Position(Hostile, organisation, new PartialDate(2020, 0, 0, DatePrecision.Year), null, Hostile);
        var china = new Official("hostile-cn", Hostile, new[] { Hostile }, "CN", new[] { post });
        var russia = new Official("hostile-ru", "Plain Name", Array.Empty<string>(), "RU", Array.Empty<Position>());
        var meeting = new Meeting(meetingId, Hostile, date, FactBasis.Inferred, Hostile, new Place(Hostile, "RU", Hostile, FactBasis.Inferred, Hostile),
            MeetingFormat.InPerson, null, Hostile,
            new[] { new Participant(china, ParticipantRole.Guest, Hostile, date), new Participant(russia, ParticipantRole.Host, null, date) },
            new[] { Topic.BilateralRelations }, new[] { Hostile }, new[] { source });
        var quote = new Quote("hostile-quote", QuoteKind.Direct, china, meeting, source, Hostile, new[] { Topic.BilateralRelations });
        return new SinoRussiaDataset(new[] { source }, new[] { organisation }, Array.Empty<Mechanism>(), new[] { china, russia }, new[] { meeting }, new[] { quote });
    }
}
