using System.Globalization;
using System.Text.RegularExpressions;
using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;

namespace SinoRussia.Dataset.Site.Tests;

/// <summary>
/// The shipped data's site in headless Chromium over file:// URLs: the index and a meeting page open,
/// the timeline's markers show and open their meetings, filtering, sorting and search work, and the
/// screenshots a person looks at are saved in artifacts/site-screenshots/.
/// </summary>
[Collection(BrowserCollection.Name)]
public class BrowserTests(Chromium chromium)
{
    private static readonly Meeting Principal = Meetings.WangYiShoigu2025_02_28;

    private IWebDriver Driver => chromium.Driver;

    [Fact]
    public void The_index_shows_the_timeline_and_every_meeting_and_its_markers_open_their_meetings()
    {
        chromium.Open("index.html");
        Driver.Title.ShouldContain("SinoRussia.Dataset");
        Driver.FindElement(By.TagName("h1")).Text.ShouldBe("China–Russia high-level meetings");
        Driver.FindElements(By.CssSelector("#meetings-table tbody tr")).Count.ShouldBe(Meetings.All.Count);
        var markers = Driver.FindElements(By.CssSelector(".timeline-scroll svg a"));
        markers.Count.ShouldBe(Meetings.All.Count);
        chromium.Screenshot("index");

        // Hovering a marker shows its meeting; clicking it opens the meeting's page.
        var marker = Driver.FindElement(By.CssSelector($".timeline-scroll svg a g[id='{Principal.Id}']"));
        new Actions(Driver).MoveToElement(marker).Perform();
        var card = Driver.FindElement(By.CssSelector(".timeline-card"));
        card.Displayed.ShouldBeTrue();
        card.Text.ShouldContain(Principal.Title);
        chromium.Screenshot("index-timeline-hover");
        marker.Click();
        Driver.Url.ShouldEndWith("/meetings/" + Principal.Id + ".html");
        Driver.FindElement(By.TagName("h1")).Text.ShouldBe(Principal.Title);
    }

    [Fact]
    public void A_meeting_page_shows_its_participants_posts_quotes_events_and_sources()
    {
        chromium.Open("meetings/" + Principal.Id + ".html");
        Driver.FindElement(By.TagName("h1")).Text.ShouldBe(Principal.Title);
        var main = Driver.FindElement(By.TagName("main")).Text;
        foreach (var participant in Principal.Participants)
        {
            main.ShouldContain(participant.Official.Name);
            main.ShouldContain(participant.Post!.Title);
        }

        Driver.FindElements(By.CssSelector("li.quote")).Count.ShouldBe(Quotes.At(Principal).Count);
        main.ShouldContain(EventCoding.Code(Principal)[0].Cameo.ToCode());
        main.ShouldContain(Principal.Sources[0].Publisher!);
        var screenshot = chromium.Screenshot("meeting");
        chromium.Screenshot("meeting-full", fullPage: true);
        if (Environment.GetEnvironmentVariable("SINORUSSIA_UPDATE_DOCS") == "1")
        {
            // README's picture of the site; the fonts of the machine show in it, so no test compares it.
            File.Copy(screenshot, Path.Combine(ShippedSite.RepositoryRoot, "docs", "site-meeting.png"), overwrite: true);
        }
    }

    [Fact]
    public void An_official_page_shows_the_posts_over_time_the_meetings_and_the_quotes()
    {
        var official = Officials.WangYi;
        chromium.Open("officials/" + official.Id + ".html");
        Driver.FindElement(By.TagName("h1")).Text.ShouldBe(official.Name);
        Driver.FindElements(By.CssSelector("svg.posts rect.bar")).Count.ShouldBe(official.Positions.Count);
        Driver.FindElements(By.CssSelector("ol.posts > li")).Count.ShouldBe(official.Positions.Count);
        Driver.FindElements(By.CssSelector("#meetings + ul > li")).Count.ShouldBe(Meetings.Of(official).Count);
        Driver.FindElements(By.CssSelector("li.quote")).Count.ShouldBe(Quotes.By(official).Count);
        chromium.Screenshot("official");
    }

    [Fact]
    public void Filtering_the_meetings_to_Wang_Yi_shows_his_meetings()
    {
        chromium.Open("index.html");
        var expected = Meetings.Of(Officials.WangYi).Count;
        expected.ShouldBeLessThan(Meetings.All.Count); // else the filter would show nothing
        Driver.FindElement(By.CssSelector($"#filter-official option[value='{Officials.WangYi.Id}']")).Click();
        var visible = Driver.FindElements(By.CssSelector("#meetings-table tbody tr")).Where(r => r.Displayed).ToList();
        visible.Count.ShouldBe(expected);
        visible.ShouldAllBe(r => r.Text.Contains(Officials.WangYi.Name));
        Driver.FindElement(By.Id("meeting-count")).Text.ShouldBe($"{expected} of {Meetings.All.Count} meetings shown");
        ((IJavaScriptExecutor)Driver).ExecuteScript("document.getElementById('meetings').scrollIntoView();");
        chromium.Screenshot("index-filtered-wang-yi");

        // A year on top of the official narrows further; "Show all" brings every row back.
        Driver.FindElement(By.CssSelector("#filter-year option[value='2025']")).Click();
        Driver.FindElements(By.CssSelector("#meetings-table tbody tr")).Count(r => r.Displayed)
            .ShouldBe(Meetings.Of(Officials.WangYi).Count(m => m.Date.Year == 2025));
        Driver.FindElement(By.CssSelector("#meeting-filters button[type='reset']")).Click();
        // The page filters again after the reset has cleared the form (a 'reset' event comes before it does:
        // site.js defers the filter with setTimeout), so the rows are counted once that has run.
        WhenSettled(() => Driver.FindElements(By.CssSelector("#meetings-table tbody tr")).Count(r => r.Displayed), Meetings.All.Count)
            .ShouldBe(Meetings.All.Count);
    }

    /// <summary>The value <paramref name="read"/> gives once it is <paramref name="expected"/>, or after 5 s whatever it gives then.</summary>
    private static T WhenSettled<T>(Func<T> read, T expected)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var value = read();
        while (!EqualityComparer<T>.Default.Equals(value, expected) && clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            Thread.Sleep(20);
            value = read();
        }

        return value;
    }

    [Fact]
    public void Sorting_by_quotes_puts_the_meeting_with_the_most_quotes_first()
    {
        chromium.Open("index.html");
        var header = Driver.FindElements(By.CssSelector("#meetings-table thead th")).Single(th => th.Text == "Quotes");
        header.FindElement(By.TagName("button")).Click(); // ascending
        header.FindElement(By.TagName("button")).Click(); // descending
        header.GetAttribute("aria-sort").ShouldBe("descending");
        var most = Meetings.All.OrderByDescending(m => m.Quotes.Count).First();
        var first = Driver.FindElement(By.CssSelector("#meetings-table tbody tr"));
        first.Text.ShouldContain(most.Title);
    }

    [Fact]
    public void Searching_the_quotes_for_a_word_of_one_quote_finds_that_quote()
    {
        // A word that occurs in exactly one quote's text (and no speaker's name), chosen from the data.
        var (word, quote) = Quotes.All
            .SelectMany(q => Regex.Matches(q.Text, @"\p{L}{7,}").Select(m => (Word: m.Value.ToLowerInvariant(), Quote: q)))
            .GroupBy(x => x.Word)
            .Where(g => g.Select(x => x.Quote).Distinct().Count() == 1)
            .Where(g => Quotes.All.Count(q => q.Text.Contains(g.Key, StringComparison.OrdinalIgnoreCase)) == 1)
            .Select(g => g.First())
            .OrderBy(x => x.Word, StringComparer.Ordinal)
            .First();

        chromium.Open("quotes.html");
        Driver.FindElements(By.CssSelector("#quote-list > li")).Count(li => li.Displayed).ShouldBe(Quotes.All.Count);
        var box = Driver.FindElement(By.Id("quote-query"));
        box.SendKeys(word);
        var shown = Driver.FindElements(By.CssSelector("#quote-list > li")).Where(li => li.Displayed).ToList();
        shown.Count.ShouldBe(1, $"searching for '{word}'");
        shown[0].Text.ShouldContain(quote.Text);
        Driver.FindElement(By.Id("quote-count")).Text.ShouldBe($"1 of {Quotes.All.Count} quotes match");
        chromium.Screenshot("quotes-search");

        box.Clear();
        box.SendKeys("zzzz-no-such-word");
        Driver.FindElements(By.CssSelector("#quote-list > li")).Count(li => li.Displayed).ShouldBe(0);
    }

    [Fact]
    public void The_keyboard_reaches_the_skip_link_first_and_it_moves_to_the_content()
    {
        chromium.Open("index.html");
        new Actions(Driver).SendKeys(Keys.Tab).Perform();
        var focused = Driver.SwitchTo().ActiveElement();
        focused.Text.ShouldBe("Skip to content");
        focused.SendKeys(Keys.Enter);
        Driver.SwitchTo().ActiveElement().GetAttribute("id").ShouldBe("main");
    }

    [Fact]
    public void A_source_page_highlights_each_quote_in_the_document_and_links_it_to_its_record()
    {
        var source = Sources.MfaChina2025_02_28;
        chromium.Open("sources/" + source.Id + ".html");
        var marks = Driver.FindElements(By.CssSelector(".document mark a"));
        marks.Count.ShouldBeGreaterThanOrEqualTo(Quotes.From(source).Count);
        var quote = Quotes.From(source)[0];
        var mark = Driver.FindElement(By.CssSelector($".document [id='doc-quote-{quote.Id}']"));
        mark.FindElement(By.XPath("following-sibling::a")).Click();
        Driver.Url.ShouldEndWith($"/meetings/{quote.Meeting.Id}.html#quote-{quote.Id}");
        chromium.Open("sources/" + source.Id + ".html#document");
        chromium.Screenshot("source");
        Convert.ToInt32(chromium.Script("return document.querySelectorAll('.document mark').length;"), CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
    }
}
