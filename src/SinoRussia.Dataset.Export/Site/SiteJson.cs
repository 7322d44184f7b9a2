using System.Collections.Generic;
using System.Linq;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// The JSON file of each page type, for machines: one entry per page with its URL (relative to the
/// site's root) and the facts the page shows. Dates are ISO 8601 to their precision, vocabulary values
/// in their YAML spelling, as in <see cref="DatasetJson"/>.
/// </summary>
internal static class SiteJson
{
    public static IReadOnlyDictionary<string, string> Build(SinoRussiaDataset dataset, IReadOnlyList<Meeting> meetings) => new Dictionary<string, string>
    {
        ["meetings"] = SiteEncoder.Json(meetings.Select(m => new
        {
            m.Id,
            Url = SiteUrls.Meeting(m),
            m.Title,
            Date = m.Date.ToString(),
            DatePrecision = m.Date.Precision.ToCode(),
            DateBasis = m.DateBasis.ToCode(),
            m.DateNote,
            Place = m.Place is { } p ? new { p.City, p.Country, p.Venue, Basis = p.Basis.ToCode(), p.Note } : null,
            Format = m.Format.ToCode(),
            Participants = m.Participants.Select(p => new { Official = p.Official.Id, Role = p.Role.ToCode(), Post = p.Post?.Title, p.TitleInSource }),
            Topics = m.Topics.Select(Topics.IdOf),
            m.Outcomes,
            Quotes = dataset.Quotes.Where(q => q.Meeting == m).Select(q => q.Id), // the dataset's, extensions included
            Sources = m.Sources.Select(s => s.Id),
        })),
        ["officials"] = SiteEncoder.Json(dataset.Officials.Select(o => new
        {
            o.Id,
            Url = SiteUrls.Official(o),
            o.Name,
            o.Country,
            o.Aliases,
            Positions = o.Positions.Select(p => new { p.Title, Organisation = p.Organisation.Id, Start = p.Start.ToString(), End = p.End?.ToString() }),
            Meetings = meetings.Where(m => m.Involves(o)).Select(m => m.Id),
        })),
        ["sources"] = SiteEncoder.Json(dataset.Sources.Select(s => new
        {
            s.Id,
            Url = SiteUrls.Source(s),
            s.Title,
            s.Publisher,
            Published = s.Published?.ToString(),
            s.Dateline,
            s.Author,
            s.Language,
            s.File,
        })),
        ["quotes"] = SiteEncoder.Json(dataset.Quotes.Select(q => new
        {
            q.Id,
            Url = SiteUrls.Quote(q),
            Kind = q.Kind.ToCode(),
            Speaker = q.Speaker.Id,
            Meeting = q.Meeting.Id,
            Source = q.Source.Id,
            q.Text,
            Topics = q.Topics.Select(Topics.IdOf),
        })),
    };
}
