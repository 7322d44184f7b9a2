using OpenQA.Selenium;

namespace SinoRussia.Dataset.Site.Tests;

/// <summary>
/// The site with JavaScript switched off: every meeting and quote is there and the links work; only the
/// controls that need the script (filters, sorting, search) are absent.
/// </summary>
[Collection(BrowserCollection.Name)]
public class NoScriptTests(ChromiumWithoutScripts chromium)
{
    private IWebDriver Driver => chromium.Driver;

    [Fact]
    public void The_index_lists_every_meeting_and_its_links_open_them_without_javascript()
    {
        chromium.Open("index.html");
        Driver.FindElement(By.Id("meeting-filters")).Displayed.ShouldBeFalse("the filters need the script");
        Driver.FindElements(By.CssSelector("button.sort")).ShouldBeEmpty("the script was switched off");
        var rows = Driver.FindElements(By.CssSelector("#meetings-table tbody tr"));
        rows.Count(r => r.Displayed).ShouldBe(Meetings.All.Count);
        chromium.Screenshot("index-no-javascript");

        var meeting = Meetings.WangYiRudenko2024_10_30;
        Driver.FindElement(By.LinkText(meeting.Title)).Click();
        Driver.FindElement(By.TagName("h1")).Text.ShouldBe(meeting.Title);
        Driver.FindElements(By.CssSelector("li.quote")).Count(q => q.Displayed).ShouldBe(Quotes.At(meeting).Count);
    }

    [Fact]
    public void The_quotes_page_lists_every_quote_without_javascript()
    {
        chromium.Open("quotes.html");
        Driver.FindElement(By.Id("quote-search")).Displayed.ShouldBeFalse("the search needs the script");
        Driver.FindElements(By.CssSelector("#quote-list > li")).Count(q => q.Displayed).ShouldBe(Quotes.All.Count);
    }
}
