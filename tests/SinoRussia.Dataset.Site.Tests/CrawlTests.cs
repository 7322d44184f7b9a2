using OpenQA.Selenium;

namespace SinoRussia.Dataset.Site.Tests;

/// <summary>
/// Every page reachable from the index, in the browser: each internal link, stylesheet and script names a
/// file of the site that exists, each page loads with a title and a main landmark, each #fragment names
/// an element of its page, and axe-core finds no serious or critical violation on any page type.
/// </summary>
[Collection(BrowserCollection.Name)]
public class CrawlTests(Chromium chromium)
{
    private const string Links = """
        return Array.from(document.querySelectorAll('a[href], link[href], script[src]')).map(function (e) {
          return new URL(e.getAttribute('href') || e.getAttribute('src'), document.baseURI).href;
        });
        """;

    [Fact]
    public void Every_internal_link_from_the_index_resolves_and_every_page_loads()
    {
        var root = new Uri(ShippedSite.Url("index.html"));
        var queue = new Queue<Uri>(new[] { root });
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var fragments = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var broken = new List<string>();
        while (queue.Count > 0)
        {
            var page = queue.Dequeue();
            if (!visited.Add(page.AbsoluteUri))
            {
                continue;
            }

            chromium.Driver.Navigate().GoToUrl(page);
            chromium.Driver.Title.ShouldNotBeNullOrWhiteSpace(page.AbsoluteUri);
            chromium.Driver.FindElements(By.TagName("main")).Count.ShouldBe(1, page.AbsoluteUri);
            foreach (var link in ((IReadOnlyCollection<object>)chromium.Script(Links)!).Cast<string>())
            {
                var target = new Uri(link);
                if (!target.IsFile)
                {
                    broken.Add($"{page.AbsoluteUri}: a link out of the site, {link}");
                    continue;
                }

                var file = new Uri(target.GetLeftPart(UriPartial.Query));
                if (!File.Exists(file.LocalPath))
                {
                    broken.Add($"{page.AbsoluteUri}: {link} names no file");
                    continue;
                }

                if (target.Fragment.Length > 1)
                {
                    fragments.TryAdd(file.AbsoluteUri, new HashSet<string>(StringComparer.Ordinal));
                    fragments[file.AbsoluteUri].Add(Uri.UnescapeDataString(target.Fragment[1..]));
                }

                if (file.AbsolutePath.EndsWith(".html", StringComparison.Ordinal))
                {
                    queue.Enqueue(file);
                }
            }
        }

        foreach (var (page, ids) in fragments)
        {
            chromium.Driver.Navigate().GoToUrl(page);
            foreach (var id in ids)
            {
                if (chromium.Script("return document.getElementById(arguments[0]) !== null;", id) is not true)
                {
                    broken.Add($"{page}#{id}: no element has the id");
                }
            }
        }

        broken.ShouldBeEmpty();
        // The index, the quotes page and a page per meeting, official and source were all reached.
        visited.Count.ShouldBe(2 + Meetings.All.Count + Officials.All.Count + Sources.All.Count);
    }

    [Fact]
    public void Axe_reports_a_serious_violation_on_a_page_made_to_have_one()
    {
        // The check above can fail: a page with light grey text on white and an unlabelled field.
        var page = Path.Combine(ShippedSite.Folder, "axe-check.html");
        File.WriteAllText(page, "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main><p style=\"color:#ccc\">faint</p><input type=\"text\"></main></body></html>");
        try
        {
            chromium.Driver.Navigate().GoToUrl(new Uri(page));
            var violations = Axe.Run(chromium.Driver);
            violations.Select(v => v.Id).ShouldContain("color-contrast");
            violations.ShouldContain(v => v.Impact == "serious" || v.Impact == "critical");
        }
        finally
        {
            File.Delete(page);
        }
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("meetings/wang-yi-shoigu-2025-02-28.html")]
    [InlineData("meetings/xi-putin-phone-2025-02-24.html")]
    [InlineData("officials/wang-yi.html")]
    [InlineData("sources/tass-2025-12-02.html")]
    [InlineData("quotes.html")]
    public void Axe_finds_no_serious_or_critical_violation(string page)
    {
        chromium.Open(page);
        var violations = Axe.Run(chromium.Driver);
        violations.Where(v => v.Impact is "serious" or "critical").ShouldBeEmpty(string.Join("\n", violations));
    }
}
