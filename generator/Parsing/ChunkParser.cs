using System;
using System.Threading;
using SinoRussia.Dataset.Generator.Model;
using YamlDotNet.Core;

namespace SinoRussia.Dataset.Generator.Parsing;

/// <summary>
/// Reads a piece of a file (<see cref="ChunkText"/>, cut by <see cref="ChunkCutter"/>) as its items, as
/// the whole read would have read them: the same paths (<c>meetings[130]</c>), checks and diagnostics,
/// with positions in the piece. A piece that does not read as exactly its items is not clean, and the
/// file is read whole instead (<see cref="ChunkAssembler"/>), so that what is wrong is reported as a whole
/// read reports it.
/// </summary>
internal static class ChunkParser
{
    public static ParsedChunk Parse(ChunkText chunk, CancellationToken cancellationToken)
    {
        var context = new ParseContext(chunk.Path, cancellationToken, chunk.Ordinal);
        System.Collections.Generic.List<TreeNode>? documents;
        try
        {
            documents = YamlTree.Read(chunk.Text.ToString(), context, items: null, outerDepth: 1);
        }
        catch (YamlException)
        {
            return ParsedChunk.Unclean;
        }
        catch (InvalidOperationException exception) when (exception.TargetSite?.DeclaringType?.FullName == "YamlDotNet.Core.Scanner")
        {
            return ParsedChunk.Unclean; // the reader's known failure (YamlTree.Next): the whole read tells what it is
        }

        if (documents is null || context.Diagnostics.Count > 0 || documents.Count != 1
            || documents[0] is not TreeSequence { Flow: false } list || list.Children.Count != chunk.Items)
        {
            return ParsedChunk.Unclean;
        }

        var records = new RecordLists();
        for (var i = 0; i < list.Children.Count; i++)
        {
            YamlDatasetParser.ReadListItem(chunk.Key, chunk.FirstIndex + i, list.Children[i], context, records);
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.At is null)
            {
                return ParsedChunk.Unclean; // a diagnostic at a final span is one that rejects a whole text
            }
        }

        return new ParsedChunk(records.ToFile(chunk.Path, shipped: false, context.Diagnostics.ToEquatableArray(),
            new[] { new SpanChunk(0, 0, context.Spans.ToEquatableArray()) }.ToEquatableArray()));
    }
}
