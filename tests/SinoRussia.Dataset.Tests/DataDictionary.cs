using System.Reflection;
using System.Text;
using System.Text.Json;
using SinoRussia.Dataset.Export;
using YamlDotNet.RepresentationModel;

namespace SinoRussia.Dataset.Tests;

/// <summary>
/// The data dictionary, docs/data-model.md, rendered from what defines the data: the JSON Schemas
/// (data/schema/*.schema.json: keys, types, required, enums, patterns, descriptions, in schema order),
/// the runtime model (the public types of the SinoRussia.Dataset assembly, read by reflection), the
/// data (data/*.yaml: an example of each key) and the export tables (<see cref="DatasetTables"/>).
/// <para>
/// Each YAML key is matched to the C# member it becomes by one naming rule (see <see cref="ToPascalCase"/>
/// and <see cref="Map"/>), with the few keys the rule does not cover listed in <see cref="MemberRules"/>
/// (a different member) or <see cref="NotCompiled"/> (no member), each with its reason; the public
/// properties of the model that no key gives are listed in <see cref="Derived"/>. DataDictionaryTests
/// holds the three lists to the schemas and the model, so a field added on one side only fails a test.
/// </para>
/// <para>
/// The diagnostics of each key are <see cref="DiagnosticRules"/>, read from the generator
/// (generator/Validation/DatasetValidator.cs, generator/Parsing/YamlMappingReader.cs) and checked
/// against docs/diagnostics.md by the tests. Markdown with "\n" line endings, the same on every machine.
/// </para>
/// </summary>
internal static class DataDictionary
{
    public const string UpdateVariable = "SINORUSSIA_UPDATE_DOCS";
    public const string RegenerateCommand = "SINORUSSIA_UPDATE_DOCS=1 dotnet test tests/SinoRussia.Dataset.Tests --filter DataDictionaryTests";

    /// <summary>The longest example shown, in characters, "…" included.</summary>
    private const int ExampleLength = 60;

    private const string None = "—";

    /// <summary>The sections of the data, in the order the dictionary gives them (every section of the schemas, no other).</summary>
    public static readonly IReadOnlyList<string> SectionOrder = ["sources", "organisations", "mechanisms", "topics", "officials", "meetings", "quotes"];

    /// <summary>The assembly whose public types the YAML compiles to.</summary>
    public static Assembly ModelAssembly => typeof(Meeting).Assembly;

    public static string ModelNamespace => typeof(Meeting).Namespace!;

    /// <summary>The model types every public instance property of which must come from a YAML key or be listed in <see cref="Derived"/>.</summary>
    public static readonly IReadOnlyList<Type> ModelTypes =
    [
        typeof(Source), typeof(Organisation), typeof(Mechanism), typeof(Official), typeof(Position), typeof(Meeting), typeof(Place),
        typeof(Participant), typeof(Quote), typeof(PartialDate),
    ];

    /// <summary>
    /// Keys whose C# member the naming rule does not give, by YAML path: the members they become instead
    /// (declared on <see cref="MemberRule.Owner"/>), and why.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, MemberRule> MemberRules = new Dictionary<string, MemberRule>(StringComparer.Ordinal)
    {
        ["officials[].positions[].start.value"] = DateValue(),
        ["officials[].positions[].end.value"] = DateValue(),
        ["meetings[].date.value"] = DateValue(),
        ["meetings[].date.note"] = new(typeof(Meeting), ["DateNote"],
            "`PartialDate` is a plain date, shared with posts and sources: how a meeting's date is known is a property of the meeting."),
        ["meetings[].date.basis"] = new(typeof(Meeting), ["DateBasis"],
            "`PartialDate` is a plain date, shared with posts and sources: whether a meeting's date is stated, from a dateline or inferred is a property of the meeting."),
        ["topics[].id"] = new(typeof(Topics), ["IdOf", "ById"],
            "Topics compile to the `Topic` enum, one member per id (`bilateral-relations` → `Topic.BilateralRelations`), not to a class: "
            + "`Topics.IdOf` gives a member's id and `Topics.ById` the member of an id."),
        ["topics[].name"] = new(typeof(Topics), ["NameOf"], "Topics compile to the `Topic` enum: `Topics.NameOf` gives a member's name."),
    };

    /// <summary>Keys the schemas allow but the model does not keep, by YAML path, and why.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotCompiled = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["officials[].positions[].start.note"] = PostDateNote,
        ["officials[].positions[].end.note"] = PostDateNote,
    };

    /// <summary>Public properties of the model that no YAML key gives, and what they are.</summary>
    public static readonly IReadOnlyList<(string Member, string Why)> Derived =
    [
        ("Source.Quotes", "Reverse navigation: the quotes whose `source` is this source."),
        ("Official.Meetings", "Reverse navigation: the meetings the official is a participant of (`meetings[].participants[].official`), by date."),
        ("Official.Quotes", "Reverse navigation: the quotes whose `speaker` is this official."),
        ("Meeting.Quotes", "Reverse navigation: the quotes whose `meeting` is this meeting."),
        ("Participant.MeetingDate", "The meeting's `date`, carried by each of its participants."),
        ("Participant.Post", "Derived from the official's `positions`: the post held on the meeting date, the latest taken up if several (`Official.PostOn`)."),
        ("Participant.Posts", "Derived from the official's `positions`: every post held on the meeting date (`Official.PostsOn`)."),
        ("PartialDate.Earliest", "Computed from the date's value and precision: the first day it may stand for."),
        ("PartialDate.Latest", "Computed from the date's value and precision: the last day it may stand for."),
    ];

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
        // DatasetValidator.BuildSource.
        new DiagnosticRule("sources[].file", "SRD0010", "no source text of that file name"),
        new DiagnosticRule("sources[].published", "SRD0006", "not a date of the form YYYY-MM-DD, YYYY-MM or YYYY"),
        // DatasetValidator.Country.
        new DiagnosticRule("organisations[].country", "SRD0005", "not an ISO 3166-1 alpha-2 code"),
        new DiagnosticRule("officials[].country", "SRD0005", "not an ISO 3166-1 alpha-2 code"),
        new DiagnosticRule("meetings[].place.country", "SRD0005", "not an ISO 3166-1 alpha-2 code"),
        // DatasetValidator.BuildOfficial and ParseDate.
        new DiagnosticRule("officials[].positions[].organisation", "SRD0008", "no organisation has that id"),
        new DiagnosticRule("officials[].positions[].start.value", "SRD0006", "malformed, not a day of the calendar, or not of its precision"),
        new DiagnosticRule("officials[].positions[].start.precision", "SRD0005", "not a precision"),
        new DiagnosticRule("officials[].positions[].end", "SRD0013", "the post ends before it starts"),
        new DiagnosticRule("officials[].positions[].end.value", "SRD0006", "malformed, not a day of the calendar, or not of its precision"),
        new DiagnosticRule("officials[].positions[].end.precision", "SRD0005", "not a precision"),
        // DatasetValidator.BuildMeeting, ParseDate and Vocab.
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
        // DatasetValidator.BuildQuote.
        new DiagnosticRule("quotes[].kind", "SRD0005", "not a kind"),
        new DiagnosticRule("quotes[].speaker", "SRD0008", "no official has that id"),
        new DiagnosticRule("quotes[].speaker", "SRD0020", "the speaker is not a participant of the quote's meeting (warning)"),
        new DiagnosticRule("quotes[].meeting", "SRD0008", "no meeting has that id"),
        new DiagnosticRule("quotes[].source", "SRD0008", "no source has that id"),
        new DiagnosticRule("quotes[].source", "SRD0020", "the source is not one of the quote's meeting's sources (warning)"),
        new DiagnosticRule("quotes[].text", "SRD0009", "not verbatim in the source text"),
        new DiagnosticRule("quotes[].topics", "SRD0008", "no topic has that id"),
    ];

    private const string PostDateNote =
        "The generator reads a note on a post's start or end date, but neither `PartialDate` nor `Position` has a member for it, "
        + "so it is not compiled in (and not exported); the post's own `note` (`Position.Note`) is kept.";

    private static readonly string[] ConstraintKeywords = ["pattern", "format", "minLength", "maxLength", "minItems", "maxItems"];

    // The JSON Schema keywords the dictionary renders, at each level; any other stops it, so that nothing
    // the schemas say is left out of the document without notice.
    private static readonly HashSet<string> RootKeywords = ["$schema", "$id", "title", "description", "type", "additionalProperties", "properties"];
    private static readonly HashSet<string> SectionKeywords = ["type", "description", "items", "minItems", "maxItems"];
    private static readonly HashSet<string> ObjectKeywords = ["type", "description", "additionalProperties", "required", "properties"];
    private static readonly HashSet<string> FieldKeywords =
        ["type", "description", "enum", "pattern", "format", "minLength", "maxLength", "minItems", "maxItems", "items", "additionalProperties", "required", "properties"];

    /// <summary>A different member for a key, declared on <paramref name="Owner"/>, and why.</summary>
    public sealed record MemberRule(Type Owner, IReadOnlyList<string> Members, string Why);

    /// <summary>A diagnostic raised for the keys <paramref name="Pattern"/> matches, and when.</summary>
    public sealed record DiagnosticRule(string Pattern, string Id, string What);

    /// <summary>
    /// The C# a key becomes: the members <paramref name="Targets"/>, reached from the record through the
    /// properties <paramref name="Via"/>; or nothing, with the reason it is <paramref name="NotCompiled"/> or
    /// the <paramref name="Problem"/>. <paramref name="ChildType"/> is where the keys of a nested mapping are looked up.
    /// </summary>
    public sealed record Mapping(IReadOnlyList<PropertyInfo> Via, IReadOnlyList<MemberInfo> Targets, string? NotCompiled, string? Problem, Type? ChildType);

    /// <summary>One key of the schemas, at its YAML path (<c>meetings[].place.city</c>).</summary>
    public sealed record Field(
        string Section,
        string Path,
        string Key,
        string JsonType,
        bool Required,
        bool IsArray,
        IReadOnlyList<string> AllowedValues,
        IReadOnlyList<string> Constraints,
        string Description,
        string? Example,
        Type? Owner,
        Mapping Mapping,
        IReadOnlyList<DiagnosticRule> Diagnostics);

    /// <summary>One section of the data (<c>meetings:</c>), with its keys in schema order.</summary>
    public sealed record Section(string Name, string SchemaFile, IReadOnlyList<string> DataFiles, Type? RecordType, string? Description, IReadOnlyList<Field> Fields);

    private sealed record DataSection(List<string> Files, List<YamlMappingNode> Records);

    /// <summary>
    /// The naming rule for a key: a camelCase key becomes the PascalCase property of the same name
    /// (first letter upper-cased: <c>titleInSource</c> → <c>TitleInSource</c>).
    /// </summary>
    public static string ToPascalCase(string key) => key.Length == 0 ? key : char.ToUpperInvariant(key[0]) + key[1..];

    /// <summary>The naming rule for a section: its records are the type named by its singular (<c>meetings</c> → <c>Meeting</c>).</summary>
    public static string RecordTypeName(string section) => ToPascalCase(section.EndsWith('s') ? section[..^1] : section);

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

    /// <summary>The element type of a collection (but not of a string), else null.</summary>
    public static Type? CollectionElement(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }

    /// <summary>Whether a property's value may be null (a nullable reference, or <see cref="Nullable{T}"/>).</summary>
    public static bool IsNullable(PropertyInfo property) => new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable;

    /// <summary>The property a <see cref="Derived"/> entry (<c>Type.Member</c>) names, or null.</summary>
    public static PropertyInfo? Property(string member)
    {
        var dot = member.IndexOf('.', StringComparison.Ordinal);
        var type = dot > 0 ? ModelAssembly.GetType($"{ModelNamespace}.{member[..dot]}") : null;
        return type?.GetProperty(member[(dot + 1)..], BindingFlags.Public | BindingFlags.Instance);
    }

    /// <summary><c>Meeting.Place</c>, <c>Topics.IdOf(Topic)</c>.</summary>
    public static string NameOf(MemberInfo member) => member is MethodInfo method
        ? $"{method.DeclaringType!.Name}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => TypeName(p.ParameterType)))})"
        : $"{member.DeclaringType!.Name}.{member.Name}";

    /// <summary>The sections of the schemas, in <see cref="SectionOrder"/>, with every key mapped to the model.</summary>
    public static IReadOnlyList<Section> Analyse(string repositoryRoot)
    {
        var schemas = ReadSchemas(repositoryRoot);
        var unordered = schemas.Keys.Where(s => !SectionOrder.Contains(s)).Order(StringComparer.Ordinal).ToList();
        if (unordered.Count > 0)
        {
            throw new InvalidOperationException(
                $"The schemas define the sections {string.Join(", ", unordered)}, which DataDictionary.SectionOrder does not place: add them there.");
        }

        var data = ReadData(repositoryRoot);
        var sections = new List<Section>();
        foreach (var name in SectionOrder)
        {
            if (!schemas.TryGetValue(name, out var schema))
            {
                throw new InvalidOperationException($"DataDictionary.SectionOrder lists the section {name}, which no schema in data/schema defines.");
            }

            var (schemaFile, sectionSchema) = schema;
            CheckKeywords(sectionSchema, name, SectionKeywords);
            if (Types(sectionSchema) is not ["array"] || !sectionSchema.TryGetProperty("items", out var items))
            {
                throw new InvalidOperationException($"{schemaFile}: the section {name} must be a list (\"type\": \"array\" with \"items\").");
            }

            var recordType = ModelAssembly.GetType($"{ModelNamespace}.{RecordTypeName(name)}");
            var records = data.TryGetValue(name, out var found) ? found : new DataSection([], []);
            var fields = new List<Field>();
            Walk(fields, name, recordType, records.Records, name + "[]", items, [], recordType);
            sections.Add(new Section(name, schemaFile, records.Files, recordType, DescriptionOf(sectionSchema, null), fields));
        }

        return sections;
    }

    /// <summary>docs/data-model.md as the schemas, the model, the data and the export tables give it.</summary>
    public static string Render(string repositoryRoot)
    {
        var sections = Analyse(repositoryRoot);
        var fields = sections.SelectMany(s => s.Fields).ToList();
        var w = new StringBuilder();
        void Line(string text = "") => w.Append(text).Append('\n');

        Line("# Data model");
        Line();
        Line("This data dictionary is generated by `tests/SinoRussia.Dataset.Tests/DataDictionaryTests.cs` from the JSON Schemas "
            + "(`data/schema/*.schema.json`), the C# model (the public types of the `SinoRussia.Dataset` assembly, read by reflection) "
            + "and the export table definitions (`SinoRussia.Dataset.Export.DatasetTables`), with an example of each key from "
            + "`data/*.yaml`. The test fails when the document is out of date, and when a key of the schemas has no C# member or a "
            + "property of the model comes from no key and is not listed as derived. Do not edit it by hand: regenerate it with "
            + $"`{RegenerateCommand}`, then review and commit it.");
        Line();

        Line("## Reading the tables");
        Line();
        Line("- **YAML key**: the key's path in the data: `meetings[]` is a record of the `meetings:` list, `meetings[].place.city` "
            + "the `city` of its `place` mapping, `meetings[].participants[].role` the `role` of each of its participants.");
        Line("- **Type**: the JSON type the schema gives (a YAML scalar is read as a string).");
        Line("- **Required**: whether the key must be present in the mapping that holds it (the schema's `required`). "
            + "A list that is not required may be left out; it then reads as an empty list in C#.");
        Line("- **Allowed values**: the schema's `enum`. **Constraints**: its `pattern`, `format`, `minLength`, `maxLength`, "
            + "`minItems` and `maxItems`, of the value or of each item of a list.");
        Line("- **Description**: the schema's `description`.");
        Line($"- **Example**: the key's value in the first record of `data/*.yaml` that has it, shortened to {ExampleLength.ToString(System.Globalization.CultureInfo.InvariantCulture)} characters.");
        Line("- **C# member**: the property the key becomes, reached from the record's type (see [From YAML to C#](#from-yaml-to-c)), and its C# type.");
        Line("- **Diagnostics**: the errors and warnings the generator raises for the key's value (see [docs/diagnostics.md](diagnostics.md) "
            + "for each, with an example). The generator does not check every constraint of the schemas: one that no diagnostic of "
            + "the key is about (the kebab-case `pattern` of ids, the `pattern` of `publishedTime` and `timeZone`, `minLength`, the "
            + "`minItems` of `participants`) is checked by the JSON Schema only, in editors and by the repository's schema tests.");
        Line();

        Line("## From YAML to C#");
        Line();
        Line("Each section of the data is a list of records of one C# type in the namespace `" + ModelNamespace + "`, named by the "
            + "section's singular: drop the final `s` and upper-case the first letter (`meetings` → `Meeting`, `topics` → the `Topic` enum).");
        Line();
        Line("**The naming rule.** A camelCase key becomes the public property of the same name with its first letter upper-cased "
            + "(`titleInSource` → `TitleInSource`), on the type that holds the key: a record's keys on the record's type, a nested "
            + "mapping's keys on the type of the property the mapping becomes (`meetings[].place.city` → `Meeting.Place` → `Place.City`), "
            + "the keys of a list of mappings on the list's element type (`meetings[].participants[].role` → `Meeting.Participants` → "
            + "`Participant.Role`). A key that holds the id of another record, or a list of ids, becomes the property of the same name "
            + "holding that record, or the list of them (`meetings[].mechanism` → `Meeting.Mechanism`, a `Mechanism`; "
            + "`meetings[].sources` → `Meeting.Sources`). A vocabulary value becomes the enum member of the same spelling "
            + "(`in-person` → `MeetingFormat.InPerson`; `Codes.ToCode` gives the spelling back), a date string a `PartialDate`.");
        Line();
        Line("**Exceptions.** The keys the rule does not cover, with the member they become:");
        Line();
        Line("| YAML key | C# member | Why |");
        Line("|---|---|---|");
        foreach (var field in fields.Where(f => MemberRules.ContainsKey(f.Path)))
        {
            Row(Line, Code(field.Path), MemberCell(field.Mapping), MemberRules[field.Path].Why);
        }

        Line();
        Line("**Not compiled.** Keys the schemas allow but the model does not keep:");
        Line();
        Line("| YAML key | Why |");
        Line("|---|---|");
        foreach (var field in fields.Where(f => NotCompiled.ContainsKey(f.Path)))
        {
            Row(Line, Code(field.Path), NotCompiled[field.Path]);
        }

        Line();
        Line("**Derived members.** Public properties of the model that no key gives:");
        Line();
        Line("| C# member | C# type | What it is |");
        Line("|---|---|---|");
        foreach (var (member, why) in Derived)
        {
            var property = Property(member);
            Row(Line, Code(member), property is null ? "**no such property**" : Code(TypeName(property)), why);
        }

        Line();
        Line("## Diagnostics");
        Line();
        Line("The generator checks every data file for:");
        Line();
        foreach (var (id, what) in FileDiagnostics)
        {
            Line($"- {Link(id)}: {what}.");
        }

        Line();
        Line("and every record of every section for:");
        Line();
        foreach (var (id, what) in RecordDiagnostics)
        {
            Line($"- {Link(id)}: {what}.");
        }

        Line();
        Line("The Diagnostics column of each table gives the rest, raised for that key.");
        Line();

        Line("## Records");
        foreach (var section in sections)
        {
            Line();
            Line($"### `{section.Name}`");
            Line();
            var files = section.DataFiles.Count == 0
                ? "no data file yet"
                : string.Join(", ", section.DataFiles.Select(f => Code("data/" + f)));
            var type = section.RecordType switch
            {
                null => $"**no C# type**: the naming rule looks for `{ModelNamespace}.{RecordTypeName(section.Name)}`",
                { IsEnum: true } enumType => $"a member of the C# enum {Code(enumType.Name)}",
                { } recordType => $"a C# {Code(recordType.Name)}",
            };
            Line($"The `{section.Name}:` list in {files}, checked against {Code("data/schema/" + section.SchemaFile)}; each record becomes {type}.");
            if (section.Description is { Length: > 0 } description)
            {
                Line();
                Line(description);
            }

            Line();
            Line("| YAML key | Type | Required | Allowed values | Constraints | Description | Example | C# member | Diagnostics |");
            Line("|---|---|---|---|---|---|---|---|---|");
            foreach (var field in section.Fields)
            {
                Row(
                    Line,
                    Code(field.Path),
                    field.JsonType,
                    field.Required ? "yes" : "no",
                    field.AllowedValues.Count == 0 ? None : string.Join(", ", field.AllowedValues.Select(Code)),
                    field.Constraints.Count == 0 ? None : string.Join("; ", field.Constraints),
                    field.Description.Length == 0 ? None : field.Description,
                    field.Example is null ? None : Code(field.Example),
                    MemberCell(field.Mapping),
                    field.Diagnostics.Count == 0
                        ? None
                        : string.Join("<br>", field.Diagnostics.GroupBy(d => d.Id).Select(g => $"{Link(g.Key)}: {string.Join("; ", g.Select(d => d.What))}")));
            }
        }

        Line();
        Line("## Export tables");
        Line();
        Line("The tables of `DatasetTables.Build(Dataset.Shipped)`, in dependency order (a table comes after the tables it refers to): "
            + "the one definition of every exported table and column, from which the CSV files, `datapackage.json` and the Parquet "
            + "files are written. A list inside a record is a table of its own, with a foreign key to the record.");
        foreach (var table in DatasetTables.Build(Dataset.Shipped))
        {
            Line();
            Line($"### `{table.Name}`");
            Line();
            Line(Escape(table.Description));
            Line();
            var foreignKeys = table.ForeignKeys.Count == 0
                ? "none"
                : string.Join("; ", table.ForeignKeys.Select(k => $"{CodeList(k.Fields)} → `{k.Table}` ({CodeList(k.ReferencedFields)})"));
            Line($"Primary key: {(table.PrimaryKey.Count == 0 ? "none" : CodeList(table.PrimaryKey))}. Foreign keys: {foreignKeys}.");
            Line();
            Line("| Column | Type | Required | Allowed values | Description |");
            Line("|---|---|---|---|---|");
            foreach (var column in table.Columns)
            {
                Row(
                    Line,
                    Code(column.Name),
                    column.Type.ToString(),
                    column.Required ? "yes" : "no",
                    column.AllowedValues is { Count: > 0 } allowed ? string.Join(", ", allowed.Select(Code)) : None,
                    column.Description);
            }
        }

        return w.ToString();

        static string CodeList(IEnumerable<string> names) => string.Join(", ", names.Select(Code));
    }

    private static MemberRule DateValue() => new(typeof(PartialDate), ["Year", "Month", "Day"],
        "A date string becomes the parts of a `PartialDate`; its form (YYYY-MM-DD, YYYY-MM or YYYY) must match `precision`.");

    private static Dictionary<string, (string File, JsonElement Schema)> ReadSchemas(string root)
    {
        var sections = new Dictionary<string, (string File, JsonElement Schema)>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(Path.Combine(root, "data", "schema"), "*.schema.json").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            JsonElement schema;
            using (var document = JsonDocument.Parse(File.ReadAllText(path)))
            {
                schema = document.RootElement.Clone();
            }

            CheckKeywords(schema, file, RootKeywords);
            CheckClosed(schema, file);
            foreach (var section in schema.GetProperty("properties").EnumerateObject())
            {
                if (!sections.TryAdd(section.Name, (file, section.Value)))
                {
                    throw new InvalidOperationException($"The section {section.Name} is defined by both {sections[section.Name].File} and {file}.");
                }
            }
        }

        return sections;
    }

    private static Dictionary<string, DataSection> ReadData(string root)
    {
        var sections = new Dictionary<string, DataSection>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(Path.Combine(root, "data"), "*.yaml").Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            using (var reader = new StringReader(File.ReadAllText(path)))
            {
                stream.Load(reader);
            }

            var file = Path.GetFileName(path);
            foreach (var document in stream.Documents)
            {
                if (document.RootNode is not YamlMappingNode top)
                {
                    continue;
                }

                foreach (var (key, value) in top.Children)
                {
                    if (key is not YamlScalarNode { Value: { } name } || value is not YamlSequenceNode list)
                    {
                        continue;
                    }

                    if (!sections.TryGetValue(name, out var section))
                    {
                        section = new DataSection([], []);
                        sections.Add(name, section);
                    }

                    if (!section.Files.Contains(file))
                    {
                        section.Files.Add(file);
                    }

                    section.Records.AddRange(list.Children.OfType<YamlMappingNode>());
                }
            }
        }

        return sections;
    }

    /// <summary>Adds the keys of a mapping's schema, and of the mappings nested in it, in schema order.</summary>
    private static void Walk(
        List<Field> fields,
        string section,
        Type? recordType,
        IReadOnlyList<YamlMappingNode> records,
        string path,
        JsonElement objectSchema,
        IReadOnlyList<PropertyInfo> via,
        Type? owner)
    {
        CheckKeywords(objectSchema, path, ObjectKeywords);
        CheckClosed(objectSchema, path);
        var required = objectSchema.TryGetProperty("required", out var requiredKeys)
            ? requiredKeys.EnumerateArray().Select(k => k.GetString() ?? string.Empty).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in objectSchema.GetProperty("properties").EnumerateObject())
        {
            var key = property.Name;
            var schema = property.Value;
            var fieldPath = $"{path}.{key}";
            CheckKeywords(schema, fieldPath, FieldKeywords);
            var isArray = Types(schema) is ["array"];
            JsonElement? items = isArray && schema.TryGetProperty("items", out var itemSchema) ? itemSchema : null;
            var mapping = Map(fieldPath, key, recordType, via, owner);
            var isRequired = required.Contains(key);
            fields.Add(new Field(
                section,
                fieldPath,
                key,
                JsonTypeOf(schema),
                isRequired,
                isArray,
                AllowedValuesOf(schema, items),
                ConstraintsOf(schema, items),
                DescriptionOf(schema, items),
                ExampleOf(records, fieldPath),
                owner,
                mapping,
                DiagnosticsOf(fieldPath, isRequired)));

            JsonElement? nested = null;
            if (Types(schema) is ["object"])
            {
                nested = schema;
            }
            else if (items is { } itemsSchema && Types(itemsSchema) is ["object"])
            {
                nested = itemsSchema;
            }

            if (nested is { } mappingSchema)
            {
                var childVia = mapping.Via.ToList();
                if (mapping.Targets is [PropertyInfo target])
                {
                    childVia.Add(target);
                }

                Walk(fields, section, recordType, records, isArray ? fieldPath + "[]" : fieldPath, mappingSchema, childVia, mapping.ChildType);
            }
            else if (items is { } scalarItems)
            {
                CheckKeywords(scalarItems, fieldPath + "[]", FieldKeywords);
            }
        }
    }

    /// <summary>The C# member of a key: an exception, not compiled, or the naming rule on <paramref name="owner"/>.</summary>
    private static Mapping Map(string path, string key, Type? recordType, IReadOnlyList<PropertyInfo> via, Type? owner)
    {
        if (NotCompiled.TryGetValue(path, out var reason))
        {
            return new Mapping(via, [], reason, null, null);
        }

        if (MemberRules.TryGetValue(path, out var rule))
        {
            var targets = new List<MemberInfo>();
            foreach (var name in rule.Members)
            {
                var members = rule.Owner.GetMember(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static);
                if (members.Length != 1)
                {
                    return new Mapping(via, [], null, $"the exception for {path} names {rule.Owner.Name}.{name}, which is not exactly one public member", null);
                }

                targets.Add(members[0]);
            }

            var childType = targets is [PropertyInfo single] ? ElementOrSelf(single.PropertyType) : null;
            return new Mapping(PrefixFor(rule.Owner, recordType, via), targets, null, null, childType);
        }

        if (owner is null)
        {
            return new Mapping(via, [], null, $"{path} has no C# type to be looked up on: its record or its parent key maps to no type", null);
        }

        var property = owner.GetProperty(ToPascalCase(key), BindingFlags.Public | BindingFlags.Instance);
        return property is null
            ? new Mapping(via, [], null, $"{owner.Name} has no public property {ToPascalCase(key)} (the naming rule), and {path} is not an exception", null)
            : new Mapping(via, [property], null, null, ElementOrSelf(property.PropertyType));
    }

    /// <summary>
    /// The properties that lead to an exception's owner: none when the owner is the record's type, the
    /// path down to the nearest property of the owner's type, none for a static helper (<c>Topics</c>).
    /// </summary>
    private static IReadOnlyList<PropertyInfo> PrefixFor(Type owner, Type? recordType, IReadOnlyList<PropertyInfo> via)
    {
        if (owner == recordType)
        {
            return [];
        }

        for (var i = via.Count - 1; i >= 0; i--)
        {
            if (ElementOrSelf(via[i].PropertyType) == owner)
            {
                return via.Take(i + 1).ToList();
            }
        }

        return [];
    }

    /// <summary>The type a nested mapping's keys are looked up on: the element of a list, the value of a <see cref="Nullable{T}"/>.</summary>
    private static Type ElementOrSelf(Type type)
    {
        var value = Nullable.GetUnderlyingType(type) ?? type;
        return CollectionElement(value) ?? value;
    }

    private static IReadOnlyList<DiagnosticRule> DiagnosticsOf(string path, bool required)
    {
        var rules = new List<DiagnosticRule>();
        if (required)
        {
            rules.Add(new DiagnosticRule(path, "SRD0003", "missing"));
        }

        rules.AddRange(DiagnosticRules.Where(r => Matches(r.Pattern, path)));
        return rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
    }

    private static void CheckKeywords(JsonElement schema, string where, HashSet<string> known)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"{where}: a schema must be a JSON object.");
        }

        var unknown = schema.EnumerateObject().Select(p => p.Name).Where(n => !known.Contains(n)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"{where}: the data dictionary does not render the JSON Schema keyword(s) {string.Join(", ", unknown)} there; teach DataDictionary to render them.");
        }
    }

    /// <summary>Unknown keys are SRD0004 in the generator: the schema must say the same.</summary>
    private static void CheckClosed(JsonElement schema, string where)
    {
        if (!schema.TryGetProperty("additionalProperties", out var additional) || additional.ValueKind != JsonValueKind.False)
        {
            throw new InvalidOperationException($"{where}: every mapping of the schemas must have \"additionalProperties\": false, as the generator rejects unknown keys (SRD0004).");
        }

        if (!schema.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"{where}: a mapping's schema must list its \"properties\".");
        }
    }

    /// <summary>The schema's <c>type</c>, or the JSON types of its <c>enum</c> values.</summary>
    private static IReadOnlyList<string> Types(JsonElement schema)
    {
        if (schema.TryGetProperty("type", out var type))
        {
            if (type.ValueKind == JsonValueKind.Array)
            {
                return type.EnumerateArray().Select(t => t.GetString() ?? string.Empty).ToList();
            }

            return [type.GetString() ?? string.Empty];
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            return values.EnumerateArray().Select(JsonKind).Distinct(StringComparer.Ordinal).ToList();
        }

        return [];
    }

    private static string JsonKind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "array",
        JsonValueKind.Object => "object",
        _ => "any",
    };

    private static string JsonTypeOf(JsonElement schema)
    {
        var types = Types(schema);
        if (types is ["array"] && schema.TryGetProperty("items", out var items))
        {
            return "array of " + JsonTypeOf(items);
        }

        return types.Count == 0 ? "any" : string.Join(" or ", types);
    }

    private static IReadOnlyList<string> AllowedValuesOf(JsonElement schema, JsonElement? items)
    {
        JsonElement? values = null;
        if (schema.TryGetProperty("enum", out var own))
        {
            values = own;
        }
        else if (items is { } itemsSchema && itemsSchema.TryGetProperty("enum", out var ofItems))
        {
            values = ofItems;
        }

        if (values is not { } list)
        {
            return [];
        }

        return list.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() ?? string.Empty : v.GetRawText()).ToList();
    }

    private static IReadOnlyList<string> ConstraintsOf(JsonElement schema, JsonElement? items)
    {
        var constraints = Own(schema);
        if (items is { } i && Types(i) is not ["object"])
        {
            constraints.AddRange(Own(i).Select(c => "items " + c));
        }

        return constraints;

        static List<string> Own(JsonElement schema)
        {
            var own = new List<string>();
            foreach (var keyword in ConstraintKeywords)
            {
                if (schema.TryGetProperty(keyword, out var value))
                {
                    own.Add(value.ValueKind == JsonValueKind.String ? $"{keyword} {Code(value.GetString() ?? string.Empty)}" : $"{keyword} {value.GetRawText()}");
                }
            }

            return own;
        }
    }

    private static string DescriptionOf(JsonElement schema, JsonElement? items)
    {
        if (schema.TryGetProperty("description", out var own))
        {
            return own.GetString() ?? string.Empty;
        }

        return items is { } i && i.TryGetProperty("description", out var ofItems) ? ofItems.GetString() ?? string.Empty : string.Empty;
    }

    /// <summary>The value of the key in the first record that has a non-empty one, on one line and shortened.</summary>
    private static string? ExampleOf(IReadOnlyList<YamlMappingNode> records, string path)
    {
        var steps = path[(path.IndexOf("[].", StringComparison.Ordinal) + 3)..].Split('.');
        foreach (var record in records)
        {
            foreach (var node in Find(record, steps, 0))
            {
                var text = Flow(node);
                if (text.Length > 0)
                {
                    return Shorten(text);
                }
            }
        }

        return null;
    }

    /// <summary>The nodes at a path below a node; a step <c>key[]</c> goes into each item of the list.</summary>
    private static IEnumerable<YamlNode> Find(YamlNode node, string[] steps, int index)
    {
        if (index == steps.Length)
        {
            yield return node;
            yield break;
        }

        if (node is not YamlMappingNode mapping)
        {
            yield break;
        }

        var each = steps[index].EndsWith("[]", StringComparison.Ordinal);
        var key = each ? steps[index][..^2] : steps[index];
        foreach (var (name, value) in mapping.Children)
        {
            if (name is not YamlScalarNode { Value: { } text } || !string.Equals(text, key, StringComparison.Ordinal))
            {
                continue;
            }

            IEnumerable<YamlNode> children = [value];
            if (each)
            {
                children = value is YamlSequenceNode sequence ? sequence.Children : Array.Empty<YamlNode>();
            }

            foreach (var child in children)
            {
                foreach (var found in Find(child, steps, index + 1))
                {
                    yield return found;
                }
            }
        }
    }

    /// <summary>A node in YAML's flow style: <c>[a, b]</c>, <c>{ value: 2025, precision: year }</c>.</summary>
    private static string Flow(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value ?? string.Empty,
        YamlSequenceNode sequence => "[" + string.Join(", ", sequence.Children.Select(Flow)) + "]",
        YamlMappingNode mapping => "{ " + string.Join(", ", mapping.Children.Select(c => Flow(c.Key) + ": " + Flow(c.Value))) + " }",
        _ => string.Empty,
    };

    /// <summary>Line breaks written as <c>\n</c>; longer than <see cref="ExampleLength"/>, cut and ended with "…".</summary>
    private static string Shorten(string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace("\n", "\\n", StringComparison.Ordinal);
        if (text.Length <= ExampleLength)
        {
            return text;
        }

        var cut = ExampleLength - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut].TrimEnd() + "…";
    }

    private static string MemberCell(Mapping mapping)
    {
        if (mapping.Problem is { } problem)
        {
            return "**no member**: " + problem;
        }

        if (mapping.NotCompiled is not null)
        {
            return "not compiled (see [Not compiled](#from-yaml-to-c))";
        }

        var steps = mapping.Via.Select(p => Code(NameOf(p))).ToList();
        var types = new List<string>();
        if (mapping.Targets.All(t => t is PropertyInfo))
        {
            types.AddRange(mapping.Targets.Cast<PropertyInfo>().Select(TypeName).Distinct(StringComparer.Ordinal));
        }
        steps.Add(string.Join(", ", mapping.Targets.Select(t => Code(NameOf(t)))) + (types.Count == 1 ? $" ({Code(types[0])})" : string.Empty));
        return string.Join(" → ", steps);
    }

    /// <summary>A property's C# type as declared: <c>string?</c>, <c>PartialDate?</c>, <c>IReadOnlyList&lt;Source&gt;</c>.</summary>
    private static string TypeName(PropertyInfo property)
    {
        var name = TypeName(property.PropertyType);
        return !property.PropertyType.IsValueType && IsNullable(property) ? name + "?" : name;
    }

    private static string TypeName(Type type)
    {
        if (type == typeof(string))
        {
            return "string";
        }

        if (type == typeof(int))
        {
            return "int";
        }

        if (type == typeof(bool))
        {
            return "bool";
        }

        if (Nullable.GetUnderlyingType(type) is { } value)
        {
            return TypeName(value) + "?";
        }

        if (type.IsGenericType)
        {
            var name = type.Name;
            var tick = name.IndexOf('`', StringComparison.Ordinal);
            return (tick > 0 ? name[..tick] : name) + "<" + string.Join(", ", type.GetGenericArguments().Select(TypeName)) + ">";
        }

        return type.Name;
    }

    /// <summary>A link to the diagnostic's section of docs/diagnostics.md, with its title.</summary>
    private static string Link(string id)
    {
        if (!DiagnosticTitles.TryGetValue(id, out var title))
        {
            throw new InvalidOperationException($"The data dictionary names {id}, which DataDictionary.DiagnosticTitles does not list.");
        }

        return $"[{id}](diagnostics.md#{id.ToLowerInvariant()} \"{title}\")";
    }

    /// <summary>Text in a code span; a backtick in it gets a longer fence.</summary>
    private static string Code(string text) => text.Contains('`', StringComparison.Ordinal) ? $"`` {text} ``" : $"`{text}`";

    /// <summary>One table cell: a '|' would end the cell and a line break the row.</summary>
    private static string Escape(string text)
        => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');

    private static void Row(Action<string> line, params string[] cells) => line("| " + string.Join(" | ", cells.Select(Escape)) + " |");
}
