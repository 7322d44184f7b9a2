namespace SinoRussia.Dataset.Generator.Model;

/// <summary>
/// The <c>SinoRussiaDatasetNamedMembers</c> option's values and its rule: which tables get a named
/// member per record. The options reader (Pipeline) checks the value; emission applies the rule.
/// </summary>
internal static class NamedMembers
{
    /// <summary>Above this many records in a table, <c>auto</c> emits no named members for it.</summary>
    public const int Limit = 10_000;

    public const string Auto = "auto";
    public const string All = "all";
    public const string None = "none";

    /// <summary>All, none, or (auto) all up to the limit and none above it.</summary>
    public static bool Wanted(string option, int records)
        => option == All || (option == Auto && records <= Limit);
}
