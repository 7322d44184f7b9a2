using System;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// The site's stable URLs, relative to its root and made from ids (each id is the file name): <c>meetings/ID.html</c>,
/// <c>officials/ID.html</c>, <c>sources/ID.html</c>, a quote's anchor on its meeting's page, and the
/// fixed pages. A page <see cref="From"/> its own folder prefixes them with <c>../</c>.
/// </summary>
internal static class SiteUrls
{
    public const string Index = "index.html";
    public const string Quotes = "quotes.html";
    public const string Stylesheet = "assets/site.css";
    public const string Script = "assets/site.js";

    public static string Meeting(Meeting meeting) => "meetings/" + Segment(meeting.Id) + ".html";

    public static string Official(Official official) => "officials/" + Segment(official.Id) + ".html";

    public static string Source(Source source) => "sources/" + Segment(source.Id) + ".html";

    /// <summary>The quote's record: its anchor on the page of the meeting it was said at.</summary>
    public static string Quote(Quote quote) => Meeting(quote.Meeting) + "#" + QuoteAnchor(quote);

    /// <summary>The id of a quote's element on a page.</summary>
    public static string QuoteAnchor(Quote quote) => "quote-" + Segment(quote.Id);

    /// <summary>The JSON file of a page type: <c>json/meetings.json</c>.</summary>
    public static string Json(string pageType) => "json/" + pageType + ".json";

    /// <summary>The prefix from a page at <paramref name="depth"/> folders below the root back to the root.</summary>
    public static string From(int depth) => depth == 0 ? string.Empty : string.Concat(System.Linq.Enumerable.Repeat("../", depth));

    // Ids are ASCII words joined by hyphens (the generator checks them), so an id is its own file name and URL
    // segment. Anything else (a slash, "..", a space) could leave the folder or break a link: refused.
    private static string Segment(string id)
    {
        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                throw new InvalidOperationException("The id '" + id + "' cannot be a file name of the site: ids are ASCII letters, digits, '-', '_' and '.'.");
            }
        }

        return id.Length == 0 || id[0] == '.' ? throw new InvalidOperationException("The id '" + id + "' cannot be a file name of the site.") : id;
    }
}
