namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>A person the text names who is not a known official: proposed as a new official.</summary>
/// <param name="Id">The proposed kebab-case id.</param>
/// <param name="Name">The name as the text spells it.</param>
/// <param name="Country">CN or RU when the text says Chinese or Russian; otherwise null.</param>
/// <param name="Line">The 1-based line of the article where the person is first named.</param>
internal sealed record DraftOfficial(string Id, string Name, string? Country, int Line);
