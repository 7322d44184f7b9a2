using System.Collections.Generic;

namespace SinoRussia.Dataset.Generator.Validation;

/// <summary>The closed vocabularies of the schema, mapped to the runtime enum member names.</summary>
internal static class Vocabulary
{
    public static readonly IReadOnlyDictionary<string, string> Formats = new Dictionary<string, string>
    {
        ["in-person"] = "InPerson",
        ["virtual"] = "Virtual",
        ["phone"] = "Phone",
    };

    public static readonly IReadOnlyDictionary<string, string> Roles = new Dictionary<string, string>
    {
        ["host"] = "Host",
        ["guest"] = "Guest",
        ["participant"] = "Participant",
    };

    public static readonly IReadOnlyDictionary<string, string> QuoteKinds = new Dictionary<string, string>
    {
        ["direct"] = "Direct",
        ["reported"] = "Reported",
    };

    public static readonly IReadOnlyDictionary<string, string> DateBases = new Dictionary<string, string>
    {
        ["stated"] = "Stated",
        ["dateline"] = "Dateline",
        ["inferred"] = "Inferred",
    };

    public static string Expected(IReadOnlyDictionary<string, string> vocabulary)
        => "one of " + string.Join(", ", vocabulary.Keys);

    /// <summary>ISO 3166-1 alpha-2 shape: two upper-case Latin letters.</summary>
    public static bool IsCountryCode(string value)
        => value.Length == 2 && value[0] is >= 'A' and <= 'Z' && value[1] is >= 'A' and <= 'Z';
}
