using System.Collections.Generic;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>Everything drafted from one article, to be checked by a person before it becomes data.</summary>
/// <param name="Source">The source record.</param>
/// <param name="Quotes">The direct quotes, then the reported statements, in the article's order.</param>
/// <param name="Meetings">The meetings the article reports or mentions.</param>
/// <param name="ProposedOfficials">People named who are not known officials.</param>
/// <param name="ProposedAliases">New spellings of known officials.</param>
/// <param name="Todos">Every decision left to a person, each with its line in the article.</param>
internal sealed record Draft(
    DraftSource Source,
    IReadOnlyList<DraftQuote> Quotes,
    IReadOnlyList<DraftMeeting> Meetings,
    IReadOnlyList<DraftOfficial> ProposedOfficials,
    IReadOnlyList<DraftAlias> ProposedAliases,
    IReadOnlyList<DraftTodoEntry> Todos)
{
    /// <summary>The draft as YAML in the dataset's schema (sources, officials, meetings, quotes), with TODO comments.</summary>
    /// <returns>The YAML text, ending with a newline.</returns>
    public string ToYaml() => DraftYamlWriter.Write(this);
}
