using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using static SinoRussia.Dataset.Export.SiteEncoder;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// A source document's text with every quote drawn from it highlighted: each stretch of text a quote
/// covers becomes a <c>mark</c> holding a link to the quote's record (the innermost quote where quotes
/// overlap), and the first stretch of each quote carries an anchor, <c>doc-QUOTEID</c>.
/// </summary>
internal static class SourceDocument
{
    /// <summary>Writes the text; returns the quotes not found in it verbatim (none, for data the generator checked).</summary>
    public static IReadOnlyList<Quote> Write(StringBuilder b, HtmlPage page, string text, IReadOnlyList<Quote> quotes)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var ranges = new List<(int Start, int End, Quote Quote)>();
        var missing = new List<Quote>();
        foreach (var quote in quotes)
        {
            var at = text.IndexOf(quote.Text, StringComparison.Ordinal);
            if (at < 0 || quote.Text.Length == 0)
            {
                missing.Add(quote);
            }
            else
            {
                ranges.Add((at, at + quote.Text.Length, quote));
            }
        }

        // Cut the text at every range's ends; each piece is covered by the same quotes throughout.
        var cuts = ranges.SelectMany(r => new[] { r.Start, r.End }).Append(0).Append(text.Length).Distinct().OrderBy(c => c).ToList();
        var anchored = new HashSet<Quote>();
        b.Append("<div class=\"document\">");
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var (from, to) = (cuts[i], cuts[i + 1]);
            var piece = Html(text[from..to]);
            var covering = ranges.Where(r => r.Start <= from && r.End >= to).OrderBy(r => r.End - r.Start).ToList();
            if (covering.Count == 0)
            {
                b.Append(piece);
                continue;
            }

            var innermost = covering[0].Quote;
            b.Append("<mark class=\"").Append(Html(innermost.Kind.ToCode())).Append("\">");
            foreach (var starting in covering.Where(r => r.Start == from && anchored.Add(r.Quote)))
            {
                b.Append("<span id=\"doc-").Append(Html(SiteUrls.QuoteAnchor(starting.Quote))).Append("\"></span>");
            }

            b.Append("<a href=\"").Append(Html(page.Href(SiteUrls.Quote(innermost)))).Append("\" title=\"")
                .Append(Html(innermost.Speaker.Name + ", " + innermost.Kind.ToCode() + " (" + innermost.Id + ")")).Append("\">")
                .Append(piece).Append("</a></mark>");
        }

        b.Append("</div>\n");
        return missing;
    }
}
