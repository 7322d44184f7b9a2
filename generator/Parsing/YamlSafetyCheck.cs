using System.IO;
using System.Threading;
using SinoRussia.Dataset.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SinoRussia.Dataset.Generator.Parsing;

/// <summary>
/// A streaming pass over the YAML events before the document tree is built, so that hostile input
/// costs bounded time and memory: nesting deeper than <see cref="MaxDepth"/> (which would make a
/// recursive tree builder overflow the stack) and anchors or aliases (the "billion laughs" alias bomb,
/// and exponential hashing of aliased mapping keys) are rejected before any tree exists. The pass
/// is linear in the size of the text and keeps only a depth counter.
/// </summary>
internal static class YamlSafetyCheck
{
    /// <summary>The deepest nesting of mappings and lists accepted; the dataset schema needs 6.</summary>
    public const int MaxDepth = 32;

    /// <summary>True when the text may be loaded; otherwise a diagnostic has been reported.</summary>
    public static bool IsSafe(string text, ParseContext context)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var current = parser.Current!;
            if (current is AnchorAlias || (current is NodeEvent node && !node.Anchor.IsEmpty))
            {
                context.Report(DiagnosticDescriptors.AnchorsNotSupported, context.SpanOf(current.Start, current.End), context.FilePath);
                return false;
            }

            if (current is MappingStart || current is SequenceStart)
            {
                if (++depth > MaxDepth)
                {
                    context.Report(DiagnosticDescriptors.NestingTooDeep, context.SpanOf(current.Start, current.End),
                        context.FilePath, MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    return false;
                }
            }
            else if (current is MappingEnd || current is SequenceEnd)
            {
                depth--;
            }
        }

        return true;
    }
}
