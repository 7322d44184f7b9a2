using System.Globalization;
using System.Text;

namespace SinoRussia.Dataset.Tests;

/// <summary>
/// The table of meetings that README.md shows between its <c>meetings-table</c> markers, rendered from
/// the data: one row per meeting, in the order given (<see cref="Meetings.All"/> is date-ordered), with
/// the Chinese side named first. Markdown with "\n" line endings; a '|' in the data is escaped.
/// </summary>
internal static class MeetingsTable
{
    public static string Render(IEnumerable<Meeting> meetings)
    {
        var table = new StringBuilder();
        table.Append("| Date | Meeting | Who | Where | Quotes | Sources |\n");
        table.Append("|---|---|---|---|---:|---|\n");
        foreach (var meeting in meetings)
        {
            var cells = new[]
            {
                Date(meeting),
                meeting.Title,
                Who(meeting),
                Where(meeting),
                meeting.Quotes.Count.ToString(CultureInfo.InvariantCulture),
                string.Join(", ", meeting.Sources.Select(s => s.Id)),
            };
            table.Append("| ").Append(string.Join(" | ", cells.Select(Escape))).Append(" |\n");
        }

        return table.ToString();
    }

    private static string Date(Meeting meeting)
        => meeting.DateBasis == FactBasis.Inferred ? meeting.Date + " (inferred)" : meeting.Date.ToString();

    /// <summary>The participants' names, China's side first: "Wang Yi – Vladimir Putin".</summary>
    private static string Who(Meeting meeting)
    {
        var chinese = meeting.Participants.Where(p => p.Official.Country == "CN").Select(p => p.Official.Name).ToList();
        var others = meeting.Participants.Where(p => p.Official.Country != "CN").Select(p => p.Official.Name).ToList();
        return string.Join(" – ", new[] { chinese, others }.Where(side => side.Count > 0).Select(side => string.Join(", ", side)));
    }

    /// <summary>"Moscow, RU"; the country alone when the city is not known; the format ("virtual", "phone") when there is no place.</summary>
    private static string Where(Meeting meeting)
        => meeting.Place is { } place
            ? (place.City is { } city ? $"{city}, {place.Country}" : place.Country)
            : meeting.Format.ToCode();

    /// <summary>One table cell: a '|' would end the cell and a line break the row.</summary>
    private static string Escape(string text)
        => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
}
