using System.Text;
using static SinoRussia.Dataset.Export.SiteEncoder;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// One quote as the meeting, official, source and quotes pages show it: a direct quote in a
/// <c>blockquote</c>, a reported one as the document's excerpt, each with its speaker, meeting, source and topics.
/// </summary>
internal static class QuoteHtml
{
    /// <param name="b">Where to write.</param>
    /// <param name="page">The page it goes on, for its links.</param>
    /// <param name="quote">The quote.</param>
    /// <param name="anchor">Whether the element carries the quote's anchor: on its meeting's page, its record, which leaves the meeting out.</param>
    public static void Write(StringBuilder b, HtmlPage page, Quote quote, bool anchor)
    {
        var kind = quote.Kind.ToCode();
        b.Append("<li class=\"quote ").Append(Html(kind)).Append('"');
        if (anchor)
        {
            b.Append(" id=\"").Append(Html(SiteUrls.QuoteAnchor(quote))).Append('"');
        }

        b.Append(" data-search=\"").Append(Html((quote.Text + " " + quote.Speaker.Name).ToLowerInvariant())).Append("\">\n");
        if (quote.Kind == QuoteKind.Direct)
        {
            b.Append("<blockquote><p>“").Append(Html(quote.Text)).Append("”</p></blockquote>\n");
        }
        else
        {
            b.Append("<p class=\"reported\">").Append(Html(quote.Text)).Append("</p>\n");
        }

        b.Append("<p class=\"meta\">").Append(Html(quote.Kind == QuoteKind.Direct ? "Direct quote of " : "Reported statement of "))
            .Append(page.Link(SiteUrls.Official(quote.Speaker), quote.Speaker.Name));
        if (!anchor)
        {
            // Elsewhere than on its own meeting's page, the quote says where it was said.
            b.Append(" at ").Append(page.Link(SiteUrls.Meeting(quote.Meeting), quote.Meeting.Title))
                .Append(" (").Append(SiteText.Date(quote.Meeting.Date, quote.Meeting.DateBasis)).Append(')');
        }

        b.Append("; source ")
            .Append(page.Link(SiteUrls.Source(quote.Source), SiteText.SourceName(quote.Source)));
        if (quote.Topics.Count > 0)
        {
            b.Append("; topics: ").Append(SiteText.Topics(quote.Topics));
        }

        AddedFieldsHtml.Inline(b, DatasetSchema.Quote, quote.AdditionalFields);
        b.Append(". <span class=\"id\">").Append(Html(quote.Id));
        if (!anchor)
        {
            b.Append(" · ").Append(page.Link(SiteUrls.Quote(quote), "record"));
        }

        b.Append("</span></p>\n</li>\n");
    }
}
