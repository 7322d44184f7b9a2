using System.Collections.Generic;
using System.Collections.Immutable;

namespace SinoRussia.Dataset.Generator.Model;

/// <summary>The positions of the values read from one YAML file, numbered as <see cref="ValueRef.Index"/>.</summary>
internal sealed record SpanTable(string FilePath, EquatableArray<YamlSpan> Spans)
{
    /// <summary>The span of <paramref name="value"/>, or the start of its file when it has none.</summary>
    public static YamlSpan Find(ValueRef value, IReadOnlyDictionary<string, SpanTable> tables)
        => value.Index >= 0 && tables.TryGetValue(value.FilePath, out var table) && value.Index < table.Spans.Count
            ? table.Spans[value.Index]
            : YamlSpan.StartOf(value.FilePath);

    /// <summary>The tables by file path (the first one of a path, should a path repeat).</summary>
    public static IReadOnlyDictionary<string, SpanTable> ByPath(ImmutableArray<SpanTable> tables)
    {
        var byPath = new Dictionary<string, SpanTable>(System.StringComparer.Ordinal);
        foreach (var table in PathText.FirstOfEachPath(tables, t => t.FilePath))
        {
            byPath.Add(table.FilePath, table);
        }

        return byPath;
    }
}
