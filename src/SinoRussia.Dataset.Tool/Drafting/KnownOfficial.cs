using System;
using System.Collections.Generic;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>An official the drafter can recognise: the curated officials, or one the draft proposes.</summary>
/// <param name="Id">The stable kebab-case id, such as <c>wang-yi</c>.</param>
/// <param name="Name">The canonical English name.</param>
/// <param name="Aliases">Every spelling the documents use.</param>
/// <param name="Country">The ISO 3166-1 alpha-2 country code (empty when not known).</param>
internal sealed record KnownOfficial(string Id, string Name, IReadOnlyList<string> Aliases, string Country)
{
    /// <summary>The surname: the first word of a Chinese name, the last word of any other.</summary>
    public string Surname
    {
        get
        {
            var words = Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length == 0 ? Name : Country == "CN" ? words[0] : words[^1];
        }
    }
}
