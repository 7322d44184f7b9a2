using System.Text;
using static SinoRussia.Dataset.Export.SiteEncoder;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// The frame every page shares: the document head, a skip link, the site header with its navigation,
/// the <c>main</c> landmark holding the page's content, and a footer with the data version and licences.
/// Links are relative, so the folder works from <c>file://</c> and from any static host.
/// </summary>
internal sealed class HtmlPage
{
    private readonly int _depth;

    /// <param name="depth">How many folders below the site's root the page is (0 for index.html).</param>
    public HtmlPage(int depth) => _depth = depth;

    /// <summary>A site URL as a link from this page.</summary>
    public string Href(string siteUrl) => SiteUrls.From(_depth) + siteUrl;

    /// <summary>An encoded link to <paramref name="siteUrl"/> with <paramref name="text"/>.</summary>
    public string Link(string siteUrl, string text) => "<a href=\"" + Html(Href(siteUrl)) + "\">" + Html(text) + "</a>";

    /// <summary>The whole document: <paramref name="title"/> (encoded here) and <paramref name="main"/>, the HTML of the main content.</summary>
    public string Render(string title, string main, DatasetInfo info, string current)
    {
        var b = new StringBuilder();
        b.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Html(title)).Append(" – SinoRussia.Dataset</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(Html(Href(SiteUrls.Stylesheet))).Append("\">\n")
            .Append("<script src=\"").Append(Html(Href(SiteUrls.Script))).Append("\" defer></script>\n")
            .Append("</head>\n<body>\n")
            .Append("<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
            .Append("<header class=\"site\">\n<p class=\"brand\">").Append(Link(SiteUrls.Index, "SinoRussia.Dataset")).Append("</p>\n")
            .Append("<nav aria-label=\"Site\"><ul>\n");
        NavItem(b, SiteUrls.Index + "#timeline", "Timeline", current == "timeline");
        NavItem(b, SiteUrls.Index + "#meetings", "Meetings", current == "meetings");
        NavItem(b, SiteUrls.Index + "#officials", "Officials", current == "officials");
        NavItem(b, SiteUrls.Index + "#sources", "Sources", current == "sources");
        NavItem(b, SiteUrls.Quotes, "Quotes", current == "quotes");
        b.Append("</ul></nav>\n</header>\n")
            .Append("<main id=\"main\" tabindex=\"-1\">\n").Append(main).Append("</main>\n")
            .Append("<footer class=\"site\">\n<p>Data version ").Append(Html(info.DataVersion))
            .Append(", package ").Append(Html(info.PackageVersion)).Append(". ")
            .Append("Curated annotations CC BY 4.0; quoted text and source documents remain their publishers'. ")
            .Append("Machine-readable: ")
            .Append(Link(SiteUrls.Json("meetings"), "meetings")).Append(", ")
            .Append(Link(SiteUrls.Json("officials"), "officials")).Append(", ")
            .Append(Link(SiteUrls.Json("sources"), "sources")).Append(", ")
            .Append(Link(SiteUrls.Json("quotes"), "quotes")).Append(" (JSON).</p>\n")
            .Append("</footer>\n</body>\n</html>\n");
        return b.ToString();
    }

    // aria-current="true": the part of the site the page belongs to (a page of it, or the index's section).
    private void NavItem(StringBuilder b, string siteUrl, string text, bool current)
    {
        b.Append("<li><a href=\"").Append(Html(Href(siteUrl))).Append('"')
            .Append(current ? " aria-current=\"true\"" : string.Empty).Append('>').Append(Html(text)).Append("</a></li>\n");
    }
}
