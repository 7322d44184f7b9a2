using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SinoRussia.Dataset.Generator.Model;

/// <summary>
/// Where a YAML key or value stands: file path, character offsets and zero-based line/column span.
/// A plain value (no Roslyn types) so it can live in cached pipeline models.
/// </summary>
internal readonly record struct YamlSpan(
    string FilePath,
    int Start,
    int End,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn)
{
    public static YamlSpan StartOf(string filePath) => new(filePath, 0, 0, 0, 0, 0, 0);

    /// <summary>The span in its file; <see cref="Location.None"/> for a failure that belongs to no file.</summary>
    public Location ToLocation() => FilePath.Length == 0 ? Location.None : Location.Create(
        FilePath,
        new TextSpan(Start, System.Math.Max(0, End - Start)),
        new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));
}
