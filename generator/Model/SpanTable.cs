using System.Collections.Generic;
using System.Collections.Immutable;

namespace SinoRussia.Dataset.Generator.Model;

/// <summary>
/// The positions of the values read from one YAML file, by the piece of the file they were read in
/// (<see cref="ValueRef.Chunk"/>) and their number in it (<see cref="ValueRef.Index"/>).
/// </summary>
internal sealed record SpanTable(string FilePath, EquatableArray<SpanChunk> Chunks)
{
    /// <summary>The span of <paramref name="value"/>, or the start of its file when it has none.</summary>
    public static YamlSpan Find(ValueRef value, IReadOnlyDictionary<string, SpanTable> tables)
        => value.Index >= 0 && value.Chunk >= 0 && tables.TryGetValue(value.FilePath, out var table)
            && value.Chunk < table.Chunks.Count && value.Index < table.Chunks[value.Chunk].Spans.Count
            ? table.Chunks[value.Chunk].InFile(value.Index)
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

/// <summary>
/// The positions of the values read in one piece of a file, as they stand in the piece
/// (<paramref name="Spans"/>), and where the piece starts in the file: its first character and line (a
/// piece starts at the start of a line, so columns need no moving). An edit before a piece moves only its
/// start; its spans stay equal.
/// </summary>
internal sealed record SpanChunk(int StartOffset, int StartLine, EquatableArray<YamlSpan> Spans)
{
    /// <summary>The span of the value numbered <paramref name="index"/>, in the file.</summary>
    public YamlSpan InFile(int index)
    {
        var span = Spans[index];
        return StartOffset == 0 && StartLine == 0
            ? span
            : span with { Start = span.Start + StartOffset, End = span.End + StartOffset, StartLine = span.StartLine + StartLine, EndLine = span.EndLine + StartLine };
    }
}
