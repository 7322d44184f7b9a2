using System.Globalization;
using System.Text;
using static SinoRussia.Dataset.Export.SiteEncoder;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// quotes.html: every quote, direct and reported, in the meetings' order, with a search box that site.js
/// uses to filter them by their words (the box is hidden without JavaScript; the list is always complete).
/// </summary>
internal static class QuotesPage
{
    public static string Render(SinoRussiaDataset dataset)
    {
        var page = new HtmlPage(0);
        var b = new StringBuilder();
        var count = dataset.Quotes.Count.ToString(CultureInfo.InvariantCulture);
        b.Append("<h1>Quotes</h1>\n<p class=\"lead\">").Append(Html(count))
            .Append(" quotes: direct quotes verbatim inside the document's quotation marks, reported statements as the document's own words.</p>\n")
            .Append("<form class=\"search\" id=\"quote-search\" role=\"search\" hidden>\n")
            .Append("<label for=\"quote-query\">Search the quotes</label>\n")
            .Append("<input type=\"search\" id=\"quote-query\" name=\"q\" autocomplete=\"off\" placeholder=\"a word or phrase\">\n")
            .Append("<p id=\"quote-count\" role=\"status\" aria-live=\"polite\"></p>\n</form>\n")
            .Append("<ol class=\"quotes\" id=\"quote-list\">\n");
        foreach (var quote in dataset.Quotes)
        {
            QuoteHtml.Write(b, page, quote, anchor: false);
        }

        b.Append("</ol>\n");
        return page.Render("Quotes", b.ToString(), dataset.Info, "quotes");
    }
}
