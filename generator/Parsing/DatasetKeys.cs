namespace SinoRussia.Dataset.Generator.Parsing;

/// <summary>
/// The keys the YAML schema allows at each level; data/schema/*.schema.json says the same (a test
/// keeps the two in step). Any other key is an SRD0004 error.
/// </summary>
internal static class DatasetKeys
{
    public static readonly string[] TopLevel = { "sources", "organisations", "mechanisms", "topics", "officials", "meetings", "quotes" };
    public static readonly string[] Source = { "id", "file", "publisher", "title", "published", "publishedTime", "timeZone", "dateline", "author", "language", "notes" };
    public static readonly string[] Organisation = { "id", "name", "country" };
    public static readonly string[] Mechanism = { "id", "name" };
    public static readonly string[] Topic = { "id", "name" };
    public static readonly string[] Official = { "id", "name", "aliases", "country", "positions" };
    public static readonly string[] Position = { "title", "organisation", "start", "end", "note" };
    public static readonly string[] Date = { "value", "precision", "basis", "note" };
    public static readonly string[] Meeting = { "id", "title", "date", "place", "format", "mechanism", "occasion", "participants", "topics", "outcomes", "sources" };
    public static readonly string[] Place = { "city", "country", "venue", "basis", "note" };
    public static readonly string[] Participant = { "official", "role", "titleInSource" };
    public static readonly string[] Quote = { "id", "kind", "speaker", "meeting", "source", "text", "topics" };

    /// <summary>The keys of an item of the top-level list under <paramref name="topLevelKey"/>.</summary>
    public static string[] ItemKeys(string topLevelKey) => topLevelKey switch
    {
        "sources" => Source,
        "organisations" => Organisation,
        "mechanisms" => Mechanism,
        "topics" => Topic,
        "officials" => Official,
        "meetings" => Meeting,
        "quotes" => Quote,
        _ => throw new System.ArgumentOutOfRangeException(nameof(topLevelKey), topLevelKey, "not a top-level key"),
    };
}
