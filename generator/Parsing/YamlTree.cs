using System;
using System.Collections.Generic;
using System.IO;
using SinoRussia.Dataset.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SinoRussia.Dataset.Generator.Parsing;

/// <summary>A node of a YAML document as the dataset reader needs it: its value or children and its marks.</summary>
internal abstract class TreeNode
{
    protected TreeNode(Mark start, Mark end)
    {
        Start = start;
        End = end;
    }

    public Mark Start { get; }

    public Mark End { get; protected set; }
}

internal sealed class TreeScalar : TreeNode
{
    public TreeScalar(string value, Mark start, Mark end)
        : base(start, end) => Value = value;

    public string Value { get; }
}

internal sealed class TreeMapping : TreeNode
{
    public TreeMapping(Mark start)
        : base(start, start)
    {
    }

    public List<KeyValuePair<TreeNode, TreeNode>> Children { get; } = new();

    internal void Close(Mark end) => End = end;
}

internal sealed class TreeSequence : TreeNode
{
    public TreeSequence(Mark start)
        : base(start, start)
    {
    }

    public List<TreeNode> Children { get; } = new();

    internal void Close(Mark end) => End = end;
}

/// <summary>
/// Reads a YAML text into <see cref="TreeNode"/>s in one streaming pass over YamlDotNet's parser
/// events, checking as it goes what makes hostile input expensive: nesting deeper than
/// <see cref="MaxDepth"/> and anchors or aliases (the "billion laughs" alias bomb) are rejected at
/// once, before the tree grows. One pass instead of a safety pass followed by YamlDotNet's own
/// representation model: at 100,000 meetings that halves the parse (docs/performance.md).
/// </summary>
internal static class YamlTree
{
    /// <summary>The deepest nesting of mappings and lists accepted; the dataset schema needs 6.</summary>
    public const int MaxDepth = 32;

    /// <summary>The documents' root nodes, or null when the text was rejected (a diagnostic has been reported).</summary>
    /// <exception cref="YamlException">The text is not well-formed YAML.</exception>
    public static List<TreeNode>? Read(string text, ParseContext context)
    {
        var parser = new Parser(new StringReader(text));
        var documents = new List<TreeNode>();
        var open = new Stack<TreeNode>();
        TreeNode? pendingKey = null;
        var pendingKeys = new Stack<TreeNode?>();
        var events = 0;
        var lastEnd = Mark.Empty;
        bool failed;
        while (Next(parser, context, ref lastEnd, out failed))
        {
            if ((++events & 0xFFF) == 0)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
            }

            var current = parser.Current!;
            lastEnd = current.End;
            if (current is AnchorAlias || (current is NodeEvent node && !node.Anchor.IsEmpty))
            {
                context.Report(DiagnosticDescriptors.AnchorsNotSupported, context.SpanOf(current.Start, current.End), context.FilePath);
                return null;
            }

            switch (current)
            {
                case Scalar scalar:
                    Add(new TreeScalar(scalar.Value, scalar.Start, scalar.End));
                    break;
                case MappingStart:
                case SequenceStart:
                    if (open.Count >= MaxDepth)
                    {
                        context.Report(DiagnosticDescriptors.NestingTooDeep, context.SpanOf(current.Start, current.End),
                            context.FilePath, MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        return null;
                    }

                    TreeNode collection = current is MappingStart ? new TreeMapping(current.Start) : new TreeSequence(current.Start);
                    Add(collection);
                    open.Push(collection);
                    pendingKeys.Push(pendingKey);
                    pendingKey = null;
                    break;
                case MappingEnd:
                    ((TreeMapping)open.Pop()).Close(current.End);
                    pendingKey = pendingKeys.Pop();
                    break;
                case SequenceEnd:
                    ((TreeSequence)open.Pop()).Close(current.End);
                    pendingKey = pendingKeys.Pop();
                    break;
            }
        }

        return failed ? null : documents;

        // A new node goes to the open collection (as a key or a value of a mapping, an item of a
        // list) or, at the top, becomes a document's root.
        void Add(TreeNode value)
        {
            if (open.Count == 0)
            {
                documents.Add(value);
            }
            else if (open.Peek() is TreeSequence sequence)
            {
                sequence.Children.Add(value);
            }
            else if (pendingKey is null)
            {
                pendingKey = value;
            }
            else
            {
                ((TreeMapping)open.Peek()).Children.Add(new KeyValuePair<TreeNode, TreeNode>(pendingKey, value));
                pendingKey = null;
            }
        }
    }

    /// <summary>
    /// The next parser event. YamlDotNet reports malformed YAML as <see cref="YamlException"/> (left to
    /// the caller: SRD0001 at its marks), but on some malformed input its scanner throws an
    /// <see cref="InvalidOperationException"/> instead (in ScanPlainScalar, found by the fuzz test: 31
    /// of its 10,000 inputs). That one case, and only from YamlDotNet's scanner, is bad input meeting a
    /// bug of the reader: SRD0001 after the last event read, with the reader's message. Any other
    /// exception is not classified here: it reaches the pipeline's guard and is SRD0022.
    /// </summary>
    private static bool Next(Parser parser, ParseContext context, ref Mark lastEnd, out bool failed)
    {
        failed = false;
        try
        {
            return parser.MoveNext();
        }
        catch (InvalidOperationException exception) when (exception.TargetSite?.DeclaringType?.FullName == "YamlDotNet.Core.Scanner")
        {
            failed = true;
            context.Report(DiagnosticDescriptors.YamlSyntaxError, context.SpanOf(lastEnd, lastEnd), context.FilePath,
                "the YAML reader failed after this point (" + exception.GetType().Name + ": " + exception.Message.Replace('\r', ' ').Replace('\n', ' ') + "); check the text that follows");
            return false;
        }
    }
}
