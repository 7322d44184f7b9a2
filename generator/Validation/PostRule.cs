using SinoRussia.Dataset.Generator.Model;

namespace SinoRussia.Dataset.Generator.Validation;

/// <summary>
/// "Holds a post on": a post is held from the first day its start may stand for (inclusive) until the
/// first day its end may stand for (exclusive). The runtime's <c>Position.IsHeldOn</c> is the same rule;
/// a test holds the two equal over many dates.
/// </summary>
internal static class PostRule
{
    public static bool IsHeldOn(DateModel start, DateModel? end, DateModel date)
    {
        var day = PartialDateParser.Earliest(date);
        return PartialDateParser.Earliest(start) <= day && (end is null || day < PartialDateParser.Earliest(end));
    }
}
