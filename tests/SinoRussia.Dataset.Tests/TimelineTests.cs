using System.Globalization;
using System.Text;
using System.Xml.Linq;
using SinoRussia.Dataset.Export;

namespace SinoRussia.Dataset.Tests;

/// <summary>
/// The timeline picture: docs/timeline.svg is the one the shipped data draws, the drawing is well-formed
/// SVG with one marker per meeting and the principal meetings filled, and it does not depend on the culture.
/// </summary>
public class TimelineTests
{
    private const string RegenerateCommand = "bash samples/run.sh --timeline docs/timeline.svg";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void The_committed_timeline_is_the_one_the_data_draws()
        => GeneratedDocument.ShouldBeCurrent("docs/timeline.svg", TimelineSvg.Render(SinoRussiaDataset.Shipped), RegenerateCommand, normaliseLineEndings: false);

    [Fact]
    public void The_timeline_is_svg_with_one_marker_per_meeting_and_the_principal_meetings_filled()
    {
        var svg = TimelineSvg.Render(SinoRussiaDataset.Shipped);
        svg.ShouldStartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<svg ");
        svg.ShouldEndWith("</svg>\n");
        svg.ShouldNotContain("\r");
        TimelineSvg.Render(SinoRussiaDataset.Shipped).ShouldBe(svg);

        var root = XDocument.Parse(svg).Root!;
        root.Name.ShouldBe(Svg + "svg");
        var width = Number(root, "width");
        var height = Number(root, "height");
        width.ShouldBeGreaterThan(0);
        height.ShouldBeGreaterThan(0);
        root.Attribute("viewBox")!.Value.ShouldBe($"0 0 {root.Attribute("width")!.Value} {root.Attribute("height")!.Value}");
        root.Attribute("font-family")!.Value.ShouldBe("DejaVu Sans, Arial, sans-serif");

        // One marker per meeting, in date order (ties by id), with the meeting's title as its hover text
        // and a shape for its format.
        var meetings = SinoRussiaDataset.Shipped.Meetings.OrderBy(m => m.Date).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
        var markers = root.Descendants().Where(e => Classes(e).Contains("meeting")).ToList();
        markers.Count.ShouldBe(meetings.Count);
        markers.Select(m => m.Attribute("id")!.Value).ShouldBe(meetings.Select(m => m.Id));
        for (var i = 0; i < meetings.Count; i++)
        {
            var meeting = meetings[i];
            var marker = markers[i];
            marker.Element(Svg + "title")!.Value.ShouldBe(meeting.Title, meeting.Id);
            var (format, shape) = meeting.Format switch
            {
                MeetingFormat.InPerson => ("in-person", "circle"),
                MeetingFormat.Phone => ("phone", "polygon"),
                _ => ("virtual", "rect"),
            };
            Classes(marker).ShouldContain(format, meeting.Id);
            Shape(marker).Name.ShouldBe(Svg + shape, meeting.Id);
            Classes(marker).Contains("date-inferred").ShouldBe(meeting.DateBasis == FactBasis.Inferred, meeting.Id);
        }

        // Exactly the five meetings the dataset holds quotes from are principal: filled; the rest hollow.
        var withQuotes = SinoRussiaDataset.Shipped.Quotes.Select(q => q.Meeting.Id).Distinct().Order(StringComparer.Ordinal).ToList();
        withQuotes.Count.ShouldBe(5);
        SinoRussiaDataset.Shipped.Meetings.Where(m => m.Quotes.Count > 0).Select(m => m.Id).Order(StringComparer.Ordinal).ShouldBe(withQuotes);
        foreach (var meeting in SinoRussiaDataset.Shipped.Meetings)
        {
            TimelineSvg.IsPrincipal(meeting).ShouldBe(withQuotes.Contains(meeting.Id), meeting.Id);
        }

        var principal = markers.Where(m => Classes(m).Contains("principal")).ToList();
        principal.Select(m => m.Attribute("id")!.Value).Order(StringComparer.Ordinal).ShouldBe(withQuotes);
        foreach (var marker in markers)
        {
            var id = marker.Attribute("id")!.Value;
            var isPrincipal = withQuotes.Contains(id);
            Classes(marker).Contains(isPrincipal ? "mentioned" : "principal").ShouldBeFalse(id);
            Classes(marker).ShouldContain(isPrincipal ? "principal" : "mentioned", id);
            var fill = Shape(marker).Attribute("fill")!.Value;
            if (isPrincipal)
            {
                fill.ShouldNotBe("#ffffff", id);
            }
            else
            {
                fill.ShouldBe("#ffffff", id);
            }
        }

        // The labels: the Chinese side first, whatever order the data lists the participants in.
        var texts = root.Descendants(Svg + "text").Select(t => t.Value).ToList();
        texts.ShouldContain("China–Russia high-level meetings in SinoRussia.Dataset");
        texts.ShouldContain($"{meetings.Count} meetings, of which 5 principal and {meetings.Count - 5} mentioned only, 2022–2025");
        texts.ShouldContain("Wang Yi – Vladimir Putin");
        texts.ShouldNotContain("Vladimir Putin – Wang Yi");
        texts.ShouldNotContain("Vladimir Putin – Xi Jinping");
        texts.ShouldContain("2025-02-28");
        texts.ShouldContain("2025-04-01 (inferred)");
        texts.ShouldContain("Moscow, RU");
        texts.ShouldContain("Virtual meeting");
        texts.ShouldContain("Phone call");

        // Nothing runs off the canvas: start-anchored text by the 7 px a character the layout reserves,
        // lines, shapes and row stripes by their coordinates.
        foreach (var text in root.Descendants(Svg + "text").Where(t => t.AncestorsAndSelf().All(a => a.Attribute("text-anchor") is null)))
        {
            (Number(text, "x") + (text.Value.Length * 7)).ShouldBeLessThanOrEqualTo(width, text.Value);
            Number(text, "y").ShouldBeLessThanOrEqualTo(height, text.Value);
        }

        foreach (var element in root.Descendants())
        {
            foreach (var name in new[] { "x", "x1", "x2", "cx" })
            {
                if (element.Attribute(name) is not null)
                {
                    Number(element, name).ShouldBeInRange(0d, width, element.ToString());
                }
            }

            foreach (var name in new[] { "y", "y1", "y2", "cy" })
            {
                if (element.Attribute(name) is not null)
                {
                    Number(element, name).ShouldBeInRange(0d, height, element.ToString());
                }
            }
        }
    }

    [Fact]
    public void The_timeline_does_not_depend_on_the_culture()
    {
        var original = CultureInfo.CurrentCulture;
        var originalUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            var expected = TimelineSvg.Render(SinoRussiaDataset.Shipped);

            // ar-SA: Arabic digits and the Umm al-Qura calendar; de-DE: the decimal comma.
            foreach (var culture in new[] { "ar-SA", "de-DE" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
                TimelineSvg.Render(SinoRussiaDataset.Shipped).ShouldBe(expected, culture);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = originalUi;
        }
    }

    private static HashSet<string> Classes(XElement element)
        => new((element.Attribute("class")?.Value ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>A marker's shape: its last child element (a bracket's lines come before it).</summary>
    private static XElement Shape(XElement marker) => marker.Elements().Last();

    private static double Number(XElement element, string attribute)
        => double.Parse(element.Attribute(attribute)!.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
}
