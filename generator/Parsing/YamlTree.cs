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
    public TreeMapping(Mark start, bool flow = false)
        : base(start, start) => Flow = flow;

    /// <summary>Written <c>{ ... }</c> rather than as a block.</summary>
    public bool Flow { get; }

    // Most mappings of the schema have 2 to 11 keys: one allocation for the common sizes.
    public List<KeyValuePair<TreeNode, TreeNode>> Children { get; } = new(8);

    internal void Close(Mark end) => End = end;
}

internal sealed class TreeSequence : TreeNode
{
    public TreeSequence(Mark start, bool flow = false)
        : base(start, start) => Flow = flow;

    /// <summary>Written <c>[ ... ]</c> rather than as a block.</summary>
    public bool Flow { get; }

    public List<TreeNode> Children { get; } = new();

    /// <summary>The top-level key whose items are handed to an <see cref="ITopLevelItems"/> as they are read, instead of being kept here.</summary>
    internal string? StreamedKey { get; set; }

    /// <summary>How many items have been handed over.</summary>
    internal int Streamed { get; set; }

    internal void Close(Mark end) => End = end;
}

/// <summary>
/// Takes the items of the top-level lists (<c>meetings: [...]</c>) one by one while the text is read,
/// so that only one item's nodes are alive at a time, not a tree of the whole file.
/// </summary>
internal interface ITopLevelItems
{
    /// <summary>Whether the items of the list under this top-level key are to be handed over.</summary>
    bool Streams(string key);

    /// <summary>One complete item of the list under <paramref name="key"/>, at <paramref name="index"/>.</summary>
    void Read(string key, int index, TreeNode item);
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

    /// <summary>
    /// The documents' root nodes, or null when the text was rejected (a diagnostic has been reported).
    /// The items of a top-level list that <paramref name="items"/> streams go to it as they are read
    /// (the list in the tree is left empty), unless its key repeats an earlier key of the document.
    /// </summary>
    /// <param name="outerDepth">How deep the text's root stands in the file (1 for a piece of a top-level list: its root list stands in the file's root mapping), counted towards <see cref="MaxDepth"/>.</param>
    /// <exception cref="YamlException">The text is not well-formed YAML.</exception>
    public static List<TreeNode>? Read(string text, ParseContext context, ITopLevelItems? items = null, int outerDepth = 0)
    {
        var parser = new Parser(new StringReader(text));
        var documents = new List<TreeNode>();
        var open = new Stack<TreeNode>();
        TreeNode? pendingKey = null;
        var pendingKeys = new Stack<TreeNode?>();
        var events = 0;
        var lastEnd = Mark.Empty;
        InvalidOperationException? readerBug;
        while (Next(parser, out readerBug))
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
                    if (open.Count + outerDepth >= MaxDepth)
                    {
                        context.Report(DiagnosticDescriptors.NestingTooDeep, context.SpanOf(current.Start, current.End),
                            context.FilePath, MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        return null;
                    }

                    TreeNode collection = current is MappingStart mappingStart
                        ? new TreeMapping(current.Start, mappingStart.Style == MappingStyle.Flow)
                        : new TreeSequence(current.Start, ((SequenceStart)current).Style == SequenceStyle.Flow);
                    if (collection is TreeSequence list && items is not null && StreamedKey(open, pendingKey, items) is { } key)
                    {
                        list.StreamedKey = key;
                    }

                    Add(collection);
                    open.Push(collection);
                    pendingKeys.Push(pendingKey);
                    pendingKey = null;
                    break;
                case MappingEnd:
                    var mapping = (TreeMapping)open.Pop();
                    mapping.Close(current.End);
                    pendingKey = pendingKeys.Pop();
                    Completed(mapping);
                    break;
                case SequenceEnd:
                    var sequence = (TreeSequence)open.Pop();
                    sequence.Close(current.End);
                    pendingKey = pendingKeys.Pop();
                    Completed(sequence);
                    break;
            }
        }

        if (readerBug is not null)
        {
            var line = FlowIndentation.Find(text, lastEnd, open);
            if (line is null)
            {
                // Not the failure we know: not classified as bad input. It reaches the guard, which makes it SRD0022.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(readerBug).Throw();
                throw readerBug; // not reached
            }

            context.Report(DiagnosticDescriptors.YamlSyntaxError, context.SpanOf(line.At, line.At), context.FilePath,
                $"this line is inside the flow collection ('[' or '{{') opened at line {line.OpenedAt.Line}, column {line.OpenedAt.Column}, "
                + $"and must be indented more than the block it stands in (column {line.BlockColumn}): close the collection on its own line or indent this one");
            return null;
        }

        return documents;

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
                if (sequence.StreamedKey is null)
                {
                    sequence.Children.Add(value);
                }
                else if (value is TreeScalar)
                {
                    Completed(value);
                }

                // A streamed list's mapping or list item is handed over when it is complete.
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

        void Completed(TreeNode node)
        {
            if (open.Count > 0 && open.Peek() is TreeSequence { StreamedKey: { } key } list)
            {
                items!.Read(key, list.Streamed++, node);
            }
        }
    }

    /// <summary>
    /// The key of a list about to be read when it is the value of a streamed key of a document's root
    /// mapping, the first time that key appears in the mapping (a repeated key is reported, and its list
    /// ignored, by the reader of the root mapping).
    /// </summary>
    private static string? StreamedKey(Stack<TreeNode> open, TreeNode? pendingKey, ITopLevelItems items)
    {
        if (open.Count != 1 || open.Peek() is not TreeMapping root || pendingKey is not TreeScalar { Value: { } key } || !items.Streams(key))
        {
            return null;
        }

        foreach (var entry in root.Children)
        {
            if (entry.Key is TreeScalar earlier && earlier.Value == key)
            {
                return null;
            }
        }

        return key;
    }

    /// <summary>
    /// The next parser event. YamlDotNet reports malformed YAML as <see cref="YamlException"/> (left to
    /// the caller: SRD0001 at its marks). On one malformed input its scanner throws an
    /// <see cref="InvalidOperationException"/> instead (in ScanPlainScalar; found by the fuzz test: 36 of
    /// its 10,000 inputs, in YamlDotNet 16.3.0 and 18.1.0 alike): a line inside an unclosed flow
    /// collection (<c>[</c> or <c>{</c>) that is indented no more than the block the collection stands
    /// in. That exception is handed back so that <see cref="Read"/> can check the text for that case.
    /// </summary>
    private static bool Next(Parser parser, out InvalidOperationException? readerBug)
    {
        readerBug = null;
        try
        {
            return parser.MoveNext();
        }
        catch (InvalidOperationException exception) when (exception.TargetSite?.DeclaringType?.FullName == "YamlDotNet.Core.Scanner")
        {
            readerBug = exception;
            return false;
        }
    }
}
