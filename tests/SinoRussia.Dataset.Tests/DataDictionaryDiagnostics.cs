namespace SinoRussia.Dataset.Tests;

/// <summary>The diagnostics of each key: the generator's rules by YAML path, those of every file and record, their titles and links.</summary>
/// <remarks>
/// Read from the generator (generator/Validation/RecordChecker.cs and DatasetValidator.cs, generator/Parsing/YamlMappingReader.cs) and
/// checked against docs/diagnostics.md by the tests.
/// </remarks>
internal static class DataDictionaryDiagnostics
{
    /// <summary>
    /// The titles of the diagnostics the dictionary names, as docs/diagnostics.md gives them (a test
    /// holds the two equal); every id the dictionary names must be here.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> DiagnosticTitles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["SRD0001"] = "YAML syntax error",
        ["SRD0002"] = "Unexpected YAML node",
        ["SRD0003"] = "Missing required field",
        ["SRD0004"] = "Unknown key",
        ["SRD0005"] = "Invalid value",
        ["SRD0006"] = "Invalid date",
        ["SRD0007"] = "Duplicate id",
        ["SRD0008"] = "Unknown reference",
        ["SRD0009"] = "Text not verbatim in its source",
        ["SRD0010"] = "Source document not found",
        ["SRD0011"] = "Participant holds no post on the meeting date",
        ["SRD0012"] = "Two ids map to the same member name",
        ["SRD0013"] = "Post ends before it starts",
        ["SRD0014"] = "The dataset file could not be processed",
        ["SRD0015"] = "Dataset file holds no records",
        ["SRD0016"] = "File is not UTF-8",
        ["SRD0017"] = "Anchors and aliases are not supported",
        ["SRD0018"] = "YAML nested too deeply",
        ["SRD0019"] = "The topic vocabulary cannot be extended",
        ["SRD0020"] = "Quote does not fit its meeting",
    };

    /// <summary>Diagnostics of a whole data file (generator/Pipeline/DatasetGenerator.cs, generator/Parsing/YamlTree.cs, YamlDatasetParser.cs).</summary>
    public static readonly IReadOnlyList<(string Id, string What)> FileDiagnostics =
    [
        ("SRD0001", "the file is not well-formed YAML, or a mapping gives the same key twice"),
        ("SRD0014", "the compiler could not read the file"),
        ("SRD0015", "the file holds no records (warning)"),
        ("SRD0016", "the file is not UTF-8"),
        ("SRD0017", "the file uses a YAML anchor or alias"),
        ("SRD0018", "the file nests mappings and lists more than 32 levels deep"),
    ];

    /// <summary>Diagnostics of any key of any record (generator/Parsing/YamlMappingReader.cs, ParseContext.cs).</summary>
    public static readonly IReadOnlyList<(string Id, string What)> RecordDiagnostics =
    [
        ("SRD0002", "a value of the wrong kind: a list or a mapping where a single value is expected, or the reverse"),
        ("SRD0003", "a key marked required is missing from its mapping (given again in the Diagnostics column of each such key)"),
        ("SRD0004", "a key the schema does not list, at any depth (every mapping of the schemas has `\"additionalProperties\": false`)"),
    ];

    /// <summary>
    /// The diagnostics the generator raises for a key's value, by YAML path; <c>*</c> stands for any section.
    /// A required key also has SRD0003, added for it from the schema's <c>required</c>.
    /// </summary>
    public static readonly IReadOnlyList<DiagnosticRule> DiagnosticRules =
    [
        // DatasetValidator.Unique and CheckMemberNames, for every kind of record.
        new DiagnosticRule("*[].id", "SRD0007", "the id is already used by a record of the same kind"),
        new DiagnosticRule("*[].id", "SRD0012", "the id maps to a C# member name already taken"),
        // DatasetValidator.Run: a project that extends the shipped data may not add topics.
        new DiagnosticRule("topics[].id", "SRD0019", "a topic of a project that extends the shipped dataset"),
        // RecordChecker.BuildSource.
        new DiagnosticRule("sources[].file", "SRD0010", "no source text of that file name"),
        new DiagnosticRule("sources[].published", "SRD0006", "not a date of the form YYYY-MM-DD, YYYY-MM or YYYY"),
        // RecordChecker.Country.
        new DiagnosticRule("organisations[].country", "SRD0005", "not an assigned ISO 3166-1 alpha-2 code (UK: did you mean GB)"),
        new DiagnosticRule("officials[].country", "SRD0005", "not an assigned ISO 3166-1 alpha-2 code (UK: did you mean GB)"),
        new DiagnosticRule("meetings[].place.country", "SRD0005", "not an assigned ISO 3166-1 alpha-2 code (UK: did you mean GB)"),
        // RecordChecker.BuildOfficial and ParseDate; DatasetValidator resolves the organisation.
        new DiagnosticRule("officials[].positions[].organisation", "SRD0008", "no organisation has that id"),
        new DiagnosticRule("officials[].positions[].start.value", "SRD0006", "malformed, not a day of the calendar, or not of its precision"),
        new DiagnosticRule("officials[].positions[].start.precision", "SRD0005", "not a precision"),
        new DiagnosticRule("officials[].positions[].end", "SRD0013", "the post ends before it starts"),
        new DiagnosticRule("officials[].positions[].end.value", "SRD0006", "malformed, not a day of the calendar, or not of its precision"),
        new DiagnosticRule("officials[].positions[].end.precision", "SRD0005", "not a precision"),
        // RecordChecker.BuildMeeting, ParseDate and Vocab; DatasetValidator.CheckMeeting.
        new DiagnosticRule("meetings[].date.value", "SRD0006", "malformed, not a day of the calendar, or not of its precision"),
        new DiagnosticRule("meetings[].date.precision", "SRD0005", "not a precision"),
        new DiagnosticRule("meetings[].date.basis", "SRD0005", "not a basis"),
        new DiagnosticRule("meetings[].place.basis", "SRD0005", "not a basis"),
        new DiagnosticRule("meetings[].format", "SRD0005", "not a format"),
        new DiagnosticRule("meetings[].mechanism", "SRD0008", "no mechanism has that id"),
        new DiagnosticRule("meetings[].participants[].official", "SRD0008", "no official has that id"),
        new DiagnosticRule("meetings[].participants[].official", "SRD0011", "the official holds no recorded post on the meeting date (warning)"),
        new DiagnosticRule("meetings[].participants[].role", "SRD0005", "not a role"),
        new DiagnosticRule("meetings[].topics", "SRD0008", "no topic has that id"),
        new DiagnosticRule("meetings[].outcomes", "SRD0009", "not verbatim in the meeting's source texts"),
        new DiagnosticRule("meetings[].sources", "SRD0003", "the list is empty"),
        new DiagnosticRule("meetings[].sources", "SRD0008", "no source has that id"),
        // RecordChecker.BuildQuote; DatasetValidator.CheckQuote.
        new DiagnosticRule("quotes[].kind", "SRD0005", "not a kind"),
        new DiagnosticRule("quotes[].speaker", "SRD0008", "no official has that id"),
        new DiagnosticRule("quotes[].speaker", "SRD0020", "the speaker is not a participant of the quote's meeting (warning)"),
        new DiagnosticRule("quotes[].meeting", "SRD0008", "no meeting has that id"),
        new DiagnosticRule("quotes[].source", "SRD0008", "no source has that id"),
        new DiagnosticRule("quotes[].source", "SRD0020", "the source is not one of the quote's meeting's sources (warning)"),
        new DiagnosticRule("quotes[].text", "SRD0009", "not verbatim in the source text"),
        new DiagnosticRule("quotes[].topics", "SRD0008", "no topic has that id"),
    ];

    /// <summary>A diagnostic raised for the keys <paramref name="Pattern"/> matches, and when.</summary>
    public sealed record DiagnosticRule(string Pattern, string Id, string What);

    /// <summary>Whether a pattern of <see cref="DiagnosticRules"/> matches a YAML path.</summary>
    public static bool Matches(string pattern, string path)
    {
        if (!pattern.StartsWith('*'))
        {
            return string.Equals(pattern, path, StringComparison.Ordinal);
        }

        var sectionEnd = path.IndexOf("[]", StringComparison.Ordinal);
        return sectionEnd > 0 && string.Equals(path[sectionEnd..], pattern[1..], StringComparison.Ordinal);
    }

    public static IReadOnlyList<DiagnosticRule> DiagnosticsOf(string path, bool required)
    {
        var rules = new List<DiagnosticRule>();
        if (required)
        {
            rules.Add(new DiagnosticRule(path, "SRD0003", "missing"));
        }

        rules.AddRange(DiagnosticRules.Where(r => Matches(r.Pattern, path)));
        return rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>A link to the diagnostic's section of docs/diagnostics.md, with its title.</summary>
    public static string Link(string id)
    {
        if (!DiagnosticTitles.TryGetValue(id, out var title))
        {
            throw new InvalidOperationException($"The data dictionary names {id}, which DataDictionaryDiagnostics.DiagnosticTitles does not list.");
        }

        return $"[{id}](diagnostics.md#{id.ToLowerInvariant()} \"{title}\")";
    }
}
