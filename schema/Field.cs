using System.Collections.Generic;

#if SINORUSSIA_GENERATOR
namespace SinoRussia.Dataset.Generator.Schema;
#else
namespace SinoRussia.Dataset;
#endif

/// <summary>What kind of value a field holds.</summary>
internal enum FieldKind
{
    /// <summary>Non-empty text.</summary>
    Text,

    /// <summary>Text that may be empty (notes, outcomes, file names).</summary>
    FreeText,

    /// <summary>A stable kebab-case id.</summary>
    Id,

    /// <summary>The id of a record of another kind (<see cref="Field.RefersTo"/>).</summary>
    Reference,

    /// <summary>An assigned ISO 3166-1 alpha-2 code (<see cref="Countries"/>).</summary>
    Country,

    /// <summary>A partial date's value: YYYY-MM-DD, YYYY-MM or YYYY.</summary>
    DateValue,

    /// <summary>A time of day, HH:MM.</summary>
    Time,

    /// <summary>A UTC offset, UTC+HH:MM.</summary>
    TimeZone,

    /// <summary>One of a closed vocabulary's spellings (<see cref="Field.Vocabulary"/>).</summary>
    Vocabulary,

    /// <summary>A mapping of the keys of <see cref="Field.Shape"/>.</summary>
    Mapping,

    /// <summary>A list of <see cref="Field.Item"/>.</summary>
    List,
}

/// <summary>One key of a record shape: its YAML key, what it holds and whether it must be there.</summary>
internal sealed class Field
{
    private Field(string key, FieldKind kind, bool required)
    {
        Key = key;
        Kind = kind;
        Required = required;
    }

    public string Key { get; }

    public FieldKind Kind { get; }

    public bool Required { get; }

    /// <summary>What the field holds, for the JSON Schemas and the data dictionary; null where the key says it.</summary>
    public string? Description { get; private set; }

    /// <summary>For <see cref="FieldKind.Vocabulary"/>: the vocabulary.</summary>
    public IVocabulary? Vocabulary { get; private set; }

    /// <summary>For <see cref="FieldKind.Mapping"/>: the keys of the mapping.</summary>
    public Shape? Shape { get; private set; }

    /// <summary>For <see cref="FieldKind.List"/>: what each item is (its key is the list's).</summary>
    public Field? Item { get; private set; }

    /// <summary>For <see cref="FieldKind.Reference"/>: the top-level key of the records referred to.</summary>
    public string? RefersTo { get; private set; }

    /// <summary>For an optional <see cref="FieldKind.Vocabulary"/>: the spelling an omitted key stands for (so the model's member is never null).</summary>
    public string? Default { get; private set; }

    /// <summary>For <see cref="FieldKind.List"/>: whether the list needs at least one item.</summary>
    public bool NonEmpty { get; private set; }

    /// <summary>
    /// An added field (<see cref="Added(string, FieldKind, string)"/>): no layer names it. The parser reads it,
    /// the checks check it by its kind, the compiled data stores it after the record's other fields, the
    /// runtime records give it in <c>AdditionalFields</c> (by key, as the YAML spells its value), and the JSON
    /// export, the export tables, the JSON Schemas and the data dictionary carry it, all from its line in
    /// <see cref="DatasetSchema"/>. It stays text at run time until it is given a typed member by hand.
    /// </summary>
    public bool IsAdded { get; private set; }

    /// <summary>The kinds an added field may have: single values the checks can check alone (not ids, references, mappings or lists).</summary>
    public static IReadOnlyList<FieldKind> AddedKinds => s_addedKinds;

    private static readonly FieldKind[] s_addedKinds = { FieldKind.Text, FieldKind.FreeText, FieldKind.Country, FieldKind.DateValue, FieldKind.Vocabulary };

    public static Field Of(string key, FieldKind kind, bool required = false, string? description = null)
        => new(key, kind, required) { Description = description };

    public static Field Reference(string key, string refersTo, bool required = false)
        => new(key, FieldKind.Reference, required) { RefersTo = refersTo };

    public static Field Closed(string key, IVocabulary vocabulary, bool required = false)
        => new(key, FieldKind.Vocabulary, required) { Vocabulary = vocabulary };

    /// <summary>An optional vocabulary key that stands for <paramref name="defaultCode"/> when left out.</summary>
    public static Field Closed(string key, IVocabulary vocabulary, string defaultCode, string description)
        => new(key, FieldKind.Vocabulary, required: false) { Vocabulary = vocabulary, Default = defaultCode, Description = description };

    /// <summary>
    /// An optional field of a record (a top-level list's item) added with no typed member: the one line a new
    /// field needs (see <see cref="IsAdded"/>). <paramref name="kind"/> is one of <see cref="AddedKinds"/>.
    /// </summary>
    public static Field Added(string key, FieldKind kind, string description)
    {
        if (kind == FieldKind.Vocabulary || System.Array.IndexOf(s_addedKinds, kind) < 0)
        {
            throw new System.ArgumentException($"An added field holds one of {string.Join(", ", AddedKinds)} (a vocabulary through the other overload), not {kind}.", nameof(kind));
        }

        return new(key, kind, required: false) { Description = description, IsAdded = true };
    }

    /// <summary>An added field (<see cref="IsAdded"/>) holding a value of <paramref name="vocabulary"/>.</summary>
    public static Field Added(string key, IVocabulary vocabulary, string description)
        => new(key, FieldKind.Vocabulary, required: false) { Vocabulary = vocabulary, Description = description, IsAdded = true };

    public static Field Mapping(string key, Shape shape, bool required = false)
        => new(key, FieldKind.Mapping, required) { Shape = shape };

    public static Field List(string key, Field item, bool required = false, bool nonEmpty = false)
        => new(key, FieldKind.List, required) { Item = item, NonEmpty = nonEmpty };
}

/// <summary>The keys of one kind of mapping (a meeting, a place, a date...), in their documented order.</summary>
internal sealed class Shape
{
    public Shape(params Field[] fields)
    {
        Fields = fields;
        var keys = new string[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            keys[i] = fields[i].Key;
        }

        Keys = keys;
        var added = new List<Field>();
        foreach (var field in fields)
        {
            if (field.IsAdded)
            {
                added.Add(field);
            }
        }

        AddedFields = added;
    }

    /// <summary>The added fields (<see cref="Field.IsAdded"/>), in their order here: the order they are stored in.</summary>
    public IReadOnlyList<Field> AddedFields { get; }

    public IReadOnlyList<Field> Fields { get; }

    /// <summary>The keys the YAML allows here; any other is an SRD0004 error.</summary>
    public string[] Keys { get; }

    /// <summary>The field with <paramref name="key"/>, or null.</summary>
    public Field? this[string key]
    {
        get
        {
            foreach (var field in Fields)
            {
                if (field.Key == key)
                {
                    return field;
                }
            }

            return null;
        }
    }
}
