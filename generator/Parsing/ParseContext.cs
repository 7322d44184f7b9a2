using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SinoRussia.Dataset.Generator.Diagnostics;
using SinoRussia.Dataset.Generator.Model;
using YamlDotNet.Core;

namespace SinoRussia.Dataset.Generator.Parsing;

/// <summary>State shared while one YAML file is read: its path, the diagnostics found, cancellation.</summary>
internal sealed class ParseContext
{
    public ParseContext(string filePath, CancellationToken cancellationToken, int chunk = 0)
    {
        FilePath = filePath;
        CancellationToken = cancellationToken;
        Chunk = chunk;
    }

    public string FilePath { get; }

    /// <summary>The piece of the file being read (<see cref="ValueRef.Chunk"/>): 0 for a file read whole.</summary>
    public int Chunk { get; }

    public CancellationToken CancellationToken { get; }

    public List<DiagnosticInfo> Diagnostics { get; } = new();

    /// <summary>The positions of the values read, numbered by <see cref="ValueRef.Index"/>.</summary>
    public List<YamlSpan> Spans { get; } = new();

    /// <summary>Notes a value's position in the file's span table; the value keeps the reference.</summary>
    public ValueRef Locate(YamlSpan span)
    {
        Spans.Add(span);
        return new ValueRef(FilePath, Chunk, Spans.Count - 1);
    }

    /// <summary>
    /// A diagnostic at a node, placed later from the file's span table (like the checks' own), so that the
    /// records of a file with such a diagnostic stay equal when an edit only moves values.
    /// </summary>
    public void Report(DiagnosticDescriptor descriptor, TreeNode node, params string[] arguments)
        => Diagnostics.Add(DiagnosticInfo.Create(descriptor, Locate(SpanOf(node)), arguments));

    /// <summary>A diagnostic at a final span: what rejects a whole text (its records and span table are dropped).</summary>

    public void Report(DiagnosticDescriptor descriptor, YamlSpan span, params string[] arguments)
        => Diagnostics.Add(DiagnosticInfo.Create(descriptor, span, arguments));

    /// <summary>A scalar's value with its span, or null (and a diagnostic) for a mapping or list.</summary>
    public Located? ReadScalar(TreeNode node, YamlPath path)
    {
        if (node is TreeScalar scalar)
        {
            return new Located(Pooled(scalar.Value), Locate(SpanOf(node)), path);
        }

        Report(DiagnosticDescriptors.UnexpectedNodeType, node, path.ToString(), "a single value", Describe(node));
        return null;
    }

    /// <summary>
    /// One string object per distinct short value of the file: ids, codes and vocabulary values repeat
    /// (an official's id in every meeting and quote of theirs), and the parsed file is held for caching.
    /// </summary>
    private string Pooled(string value)
    {
        if (value.Length > MaxPooledLength)
        {
            return value;
        }

        if (_pool.TryGetValue(value, out var pooled))
        {
            return pooled;
        }

        _pool.Add(value, value);
        return value;
    }

    private const int MaxPooledLength = 64;

    private readonly Dictionary<string, string> _pool = new(System.StringComparer.Ordinal);

    /// <summary>
    /// The span of a node. YamlDotNet's end event of a block mapping or list stands at the next token,
    /// not at the end of the collection's text, so a collection's span runs to the end of its last value
    /// (depth is bounded by <see cref="YamlTree.MaxDepth"/>). A top-level list whose items were streamed
    /// keeps none, so its span (and that of a root mapping it ends) runs to its end event; no diagnostic
    /// is reported at those spans.
    /// </summary>
    public YamlSpan SpanOf(TreeNode node) => SpanOf(node.Start, EndOf(node));

    private static Mark EndOf(TreeNode node)
    {
        var last = node switch
        {
            TreeMapping mapping when mapping.Children.Count > 0 => mapping.Children.Last().Value,
            TreeSequence sequence when sequence.Children.Count > 0 => sequence.Children[sequence.Children.Count - 1],
            _ => null,
        };
        return last is null ? node.End : EndOf(last);
    }

    public YamlSpan SpanOf(Mark start, Mark end)
    {
        // YamlDotNet marks are 1-based; Roslyn line positions are 0-based.
        var startIndex = (int)start.Index;
        var endIndex = (int)System.Math.Max(start.Index, end.Index);
        var endLine = System.Math.Max(start.Line, end.Line);
        var endColumn = end.Line > start.Line || end.Column >= start.Column ? end.Column : start.Column;
        return new YamlSpan(
            FilePath,
            startIndex,
            endIndex,
            (int)System.Math.Max(0, start.Line - 1),
            (int)System.Math.Max(0, start.Column - 1),
            (int)System.Math.Max(0, endLine - 1),
            (int)System.Math.Max(0, endColumn - 1));
    }

    public static string Describe(TreeNode node) => node switch
    {
        TreeMapping => "a mapping",
        TreeSequence => "a list",
        TreeScalar scalar => $"the value '{scalar.Value}'",
        _ => "an alias",
    };
}
