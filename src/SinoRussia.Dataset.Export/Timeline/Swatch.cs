namespace SinoRussia.Dataset.Export;

/// <summary>
/// What a legend item shows, and the shape of a marker: a format's shape, a report's fill (drawn as a
/// circle), a date's bracket or the inferred-date mark.
/// </summary>
internal enum Swatch
{
    Circle,
    Diamond,
    Square,
    Filled,
    Hollow,
    Bracket,
    InferredText,
}
