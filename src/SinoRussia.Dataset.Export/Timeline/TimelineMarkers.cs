using System;
using System.Collections.Generic;
using System.Xml;
using static SinoRussia.Dataset.Export.SvgMarkup;
using static SinoRussia.Dataset.Export.TimelineStyle;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// Draws the plot side of the rows: a dashed guide from the plot's left edge towards each meeting, then
/// each meeting's marker (shape by format, filled when principal, over a bracket when the date is a
/// month or year) in a group that carries its id, classes and title; with a <c>link</c>, the group is
/// wrapped in an <c>&lt;a href&gt;</c> to the meeting's page.
/// </summary>
internal static class TimelineMarkers
{
    public static void Write(XmlWriter w, IReadOnlyList<TimelineRow> rows, TimelineLayout layout, Func<Meeting, string>? link)
    {
        Start(w, "g");
        Attr(w, "class", "guides");
        Attr(w, "stroke", GuideColour);
        Attr(w, "stroke-width", "1");
        Attr(w, "stroke-dasharray", "2 3");
        for (var i = 0; i < rows.Count; i++)
        {
            var end = layout.X(rows[i].Meeting.Date.Earliest.DayNumber) - 10;
            if (end > layout.PlotLeft)
            {
                Line(w, layout.PlotLeft, TimelineLayout.RowCentre(i), end, TimelineLayout.RowCentre(i));
            }
        }

        w.WriteEndElement();

        Start(w, "g");
        Attr(w, "class", "markers");
        Attr(w, "stroke", Ink);
        Attr(w, "stroke-width", "1.5");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var meeting = row.Meeting;
            var y = TimelineLayout.RowCentre(i);
            var fill = row.Principal ? Ink : Paper;
            var span = meeting.Date.Precision != DatePrecision.Day;
            var classes = "meeting " + (row.Principal ? "principal" : "mentioned") + " " + meeting.Format.ToCode()
                + (row.DateInferred ? " date-inferred" : string.Empty) + (span ? " date-span" : string.Empty);

            if (link is not null)
            {
                Start(w, "a");
                Attr(w, "href", link(meeting));
                Attr(w, "data-date", row.DateInferred ? row.Date + " " + InferredMark : row.Date);
            }

            Start(w, "g");
            Attr(w, "class", classes);
            Attr(w, "id", meeting.Id);
            Element(w, "title", meeting.Title);

            double x;
            if (span)
            {
                // A bracket over the period, taller than the marker so that it shows even around a month.
                var from = layout.X(meeting.Date.Earliest.DayNumber);
                var to = layout.X(meeting.Date.Latest.DayNumber + 1);
                TimelineShapes.Bracket(w, from, to, y);
                x = (from + to) / 2;
            }
            else
            {
                x = layout.X(meeting.Date.Earliest.DayNumber);
            }

            TimelineShapes.Shape(w, TimelineFormats.SwatchOf(meeting.Format), x, y, fill);
            w.WriteEndElement();
            if (link is not null)
            {
                w.WriteEndElement();
            }
        }

        w.WriteEndElement();
    }
}
