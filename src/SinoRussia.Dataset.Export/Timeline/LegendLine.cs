using System.Collections.Generic;

namespace SinoRussia.Dataset.Export;

/// <summary>One line of the timeline's legend: a heading (empty on a line that continues the one above) and its items.</summary>
internal sealed record LegendLine(string Heading, IReadOnlyList<LegendItem> Items);
