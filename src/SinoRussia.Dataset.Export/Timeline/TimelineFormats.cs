using System;
using System.Collections.Generic;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// How the timeline shows each meeting format: its marker shape, the text of a row without a place and
/// the legend's wording, in the legend's order. The markers, the rows and the legend all read this one
/// table; an undefined format throws, as <see cref="Codes"/> does.
/// </summary>
internal static class TimelineFormats
{
    public static readonly IReadOnlyList<(MeetingFormat Format, Swatch Swatch, string RowText, string LegendText)> All = new[]
    {
        (MeetingFormat.InPerson, Swatch.Circle, "In person", "in person"),
        (MeetingFormat.Phone, Swatch.Diamond, "Phone call", "phone call"),
        (MeetingFormat.Virtual, Swatch.Square, "Virtual meeting", "virtual meeting"),
    };

    public static Swatch SwatchOf(MeetingFormat format) => Of(format).Swatch;

    public static string RowText(MeetingFormat format) => Of(format).RowText;

    /// <summary>The format in words, lower case: "in person", "phone call", "virtual meeting" (the legend's and the site's wording).</summary>
    public static string LegendText(MeetingFormat format) => Of(format).LegendText;

    private static (MeetingFormat Format, Swatch Swatch, string RowText, string LegendText) Of(MeetingFormat format)
    {
        foreach (var entry in All)
        {
            if (entry.Format == format)
            {
                return entry;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(format), format, "Not a defined meeting format.");
    }
}
