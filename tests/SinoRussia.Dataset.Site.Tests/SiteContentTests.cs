using System.Text.Json;
using SinoRussia.Dataset.Export;

namespace SinoRussia.Dataset.Site.Tests;

/// <summary>
/// The site's files read as text, without a browser: a page per record at a URL made from its id, the
/// JSON files, everything readable without JavaScript, and the dates marked as the README marks them.
/// </summary>
public class SiteContentTests
{
    [Fact]
    public void Every_meeting_official_and_source_has_a_page_at_its_id()
    {
        foreach (var meeting in Meetings.All)
        {
            ShippedSite.Read($"meetings/{meeting.Id}.html").ShouldContain("<h1>" + System.Net.WebUtility.HtmlEncode(meeting.Title).Replace("&#39;", "&#x27;", StringComparison.Ordinal) + "</h1>");
        }

        foreach (var official in Officials.All)
        {
            ShippedSite.Read($"officials/{official.Id}.html").ShouldContain("<h1>" + official.Name + "</h1>");
        }

        foreach (var source in Sources.All)
        {
            File.Exists(ShippedSite.PathOf($"sources/{source.Id}.html")).ShouldBeTrue(source.Id);
        }

        Directory.GetFiles(Path.Combine(ShippedSite.Folder, "meetings")).Length.ShouldBe(Meetings.All.Count);
    }

    [Theory]
    [InlineData("meetings")]
    [InlineData("officials")]
    [InlineData("sources")]
    [InlineData("quotes")]
    public void Each_page_type_has_a_json_file_listing_every_record_with_its_url(string pageType)
    {
        using var json = JsonDocument.Parse(ShippedSite.Read($"json/{pageType}.json"));
        var entries = json.RootElement.EnumerateArray().ToList();
        var ids = pageType switch
        {
            "meetings" => Meetings.All.Select(m => m.Id),
            "officials" => Officials.All.Select(o => o.Id),
            "sources" => Sources.All.Select(s => s.Id),
            _ => Quotes.All.Select(q => q.Id),
        };
        entries.Select(e => e.GetProperty("id").GetString()).Order(StringComparer.Ordinal).ShouldBe(ids.Order(StringComparer.Ordinal));
        foreach (var entry in entries)
        {
            File.Exists(ShippedSite.PathOf(entry.GetProperty("url").GetString()!)).ShouldBeTrue(entry.GetProperty("url").GetString());
        }
    }

    [Fact]
    public void Without_javascript_every_meeting_and_quote_is_in_the_html_and_only_the_controls_wait_for_the_script()
    {
        var index = ShippedSite.Read("index.html");
        foreach (var meeting in Meetings.All)
        {
            index.ShouldContain($"<a href=\"meetings/{meeting.Id}.html\">");
        }

        index.ShouldContain("<form class=\"filters\" id=\"meeting-filters\" hidden");
        index.ShouldContain("<svg ");
        index.ShouldNotContain("<?xml");

        var quotes = ShippedSite.Read("quotes.html");
        quotes.ShouldContain("<form class=\"search\" id=\"quote-search\" role=\"search\" hidden>");
        var html = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        foreach (var quote in Quotes.All)
        {
            quotes.ShouldContain(html.Encode(quote.Text), Case.Sensitive, quote.Id);
        }
    }

    [Fact]
    public void Dates_are_given_to_their_precision_and_an_inferred_date_is_marked()
    {
        var inferred = Meetings.All.First(m => m.DateBasis == FactBasis.Inferred);
        ShippedSite.Read($"meetings/{inferred.Id}.html").ShouldContain($"<time datetime=\"{inferred.Date}\">{inferred.Date}</time> <span class=\"inferred\">(inferred)</span>");
        var stated = Meetings.WangYiShoigu2025_02_28;
        stated.DateBasis.ShouldBe(FactBasis.Stated);
        ShippedSite.Read($"meetings/{stated.Id}.html").ShouldContain("<time datetime=\"2025-02-28\">2025-02-28</time> <span class=\"meta\">(to the day; stated)</span>");
    }

    [Fact]
    public async Task A_source_page_without_the_texts_says_how_to_show_them()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sinorussia-site-" + Guid.NewGuid().ToString("N"));
        try
        {
            await StaticSite.WriteAsync(SinoRussiaDataset.Shipped, folder);
            var page = File.ReadAllText(Path.Combine(folder, "sources", Sources.Tass2025_12_02.Id + ".html"));
            page.ShouldContain("<code>--sources DIR</code>");
            page.ShouldNotContain("class=\"document\"");
            ShippedSite.Read($"sources/{Sources.Tass2025_12_02.Id}.html").ShouldContain("<div class=\"document\">");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
