using System.Text;
using static SinoRussia.Dataset.Tests.DataDictionaryDiagnostics;
using static SinoRussia.Dataset.Tests.DataDictionaryExamples;
using static SinoRussia.Dataset.Tests.DataDictionaryMembers;
using static SinoRussia.Dataset.Tests.DataDictionarySchema;

namespace SinoRussia.Dataset.Tests;

/// <summary>Renders docs/data-model.md, the data dictionary, from what defines the data: the sections, their keys, then the markdown.</summary>
/// <remarks>
/// The sources: the JSON Schemas (data/schema/*.schema.json: keys, types, required, enums, patterns, descriptions,
/// in schema order; <see cref="DataDictionarySchema"/>), the runtime model (the public types of the SinoRussia.Dataset
/// assembly, read by reflection; <see cref="DataDictionaryMembers"/>), the data (data/*.yaml: an example of each key;
/// <see cref="DataDictionaryExamples"/>), the diagnostics of each key (<see cref="DataDictionaryDiagnostics"/>) and the
/// export tables (<see cref="DataDictionaryExportTables"/>). Markdown with "\n" line endings, the same on every machine
/// (<see cref="DataDictionaryMarkdown"/>). The JSON export's properties come from its schema (<see cref="DataDictionaryJson"/>).
/// </remarks>
internal static class DataDictionary
{
    public const string RegenerateCommand = GeneratedDocument.UpdateVariable + "=1 dotnet test tests/SinoRussia.Dataset.Tests --filter DataDictionaryTests";

    /// <summary>The sections of the data, in the order the dictionary gives them (every section of the schemas, no other).</summary>
    public static readonly IReadOnlyList<string> SectionOrder = ["sources", "organisations", "mechanisms", "topics", "officials", "meetings", "quotes"];

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
        IReadOnlyList<DiagnosticRule> Diagnostics,
        string? Default = null);

    /// <summary>One section of the data (<c>meetings:</c>), with its keys in schema order.</summary>
    public sealed record Section(string Name, string SchemaFile, IReadOnlyList<string> DataFiles, Type? RecordType, string? Description, IReadOnlyList<Field> Fields);

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
        var w = new StringBuilder();
        DataDictionaryMarkdown.Write(w, sections);
        DataDictionaryJson.Write(w, repositoryRoot);
        DataDictionaryExportTables.Write(w);
        return w.ToString();
    }
}
