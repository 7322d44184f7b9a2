namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>A new spelling of a known official ("Sergey Shoigu" for Sergei Shoigu): proposed as an alias.</summary>
/// <param name="OfficialId">The known official's id.</param>
/// <param name="Spelling">The spelling the text uses.</param>
/// <param name="Line">The 1-based line of the article where the spelling is first used.</param>
internal sealed record DraftAlias(string OfficialId, string Spelling, int Line);
