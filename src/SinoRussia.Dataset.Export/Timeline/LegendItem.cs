namespace SinoRussia.Dataset.Export;

/// <summary>One item of a <see cref="LegendLine"/>: a swatch and the text that explains it.</summary>
internal sealed record LegendItem(Swatch Swatch, string Text);
