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

    public Location ToLocation() => Location.Create(
        FilePath,
        new TextSpan(Start, System.Math.Max(0, End - Start)),
        new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));
}
