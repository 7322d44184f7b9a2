using System.Text.RegularExpressions;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>A phrase that dates something: "on February 28, 2025", "on Tuesday", "last week", "recently".</summary>
/// <param name="Kind">Which pattern found it.</param>
/// <param name="Match">The match.</param>
internal sealed record DatePhrase(string Kind, Match Match)
{
    /// <summary>Its start.</summary>
    public int Start => Match.Index;

    /// <summary>Its end (exclusive).</summary>
    public int End => Match.Index + Match.Length;

    /// <summary>Its words, quoted for a note: "'on Tuesday'".</summary>
    public string Quoted => "'" + Match.Value.Trim() + "'";
}
