using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using SinoRussia.Dataset.Generator.Diagnostics;
using SinoRussia.Dataset.Generator.Model;

namespace SinoRussia.Dataset.Generator.Parsing;

/// <summary>
/// Puts each data file together again from its pieces' records (<see cref="ChunkParser"/>): the records in
/// the order of the text, the diagnostics in that order too, and the span table a piece per chunk, each
/// with where its piece starts. A file with a piece that did not read on its own is handed on to be read
/// whole from its text (its gaps and pieces, <see cref="AssembledFile.ReadWhole"/>); one with a piece that
/// failed fails with that failure (SRD0022).
/// </summary>
internal static class ChunkAssembler
{
    /// <summary>
    /// The files in order, the first of each path only (a path given twice is one file, read once: the steps
    /// after this one see each path once); <paramref name="chunks"/> holds every file's pieces, read, in the
    /// files' order.
    /// </summary>
    public static ImmutableArray<AssembledFile> Assemble(ImmutableArray<FileChunks> files, ImmutableArray<ParsedChunk> chunks, CancellationToken cancellationToken)
    {
        var parsed = ImmutableArray.CreateBuilder<AssembledFile>(files.Length);
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var next = 0;
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (seen.Add(file.Path))
            {
                parsed.Add(file.Whole is { } whole ? new AssembledFile(whole, null) : Assemble(file, chunks, next));
            }

            next += file.Chunks.Count;
        }

        return parsed.ToImmutable();
    }

    private static AssembledFile Assemble(FileChunks file, ImmutableArray<ParsedChunk> chunks, int first)
    {
        for (var i = 0; i < file.Chunks.Count; i++)
        {
            if (chunks[first + i].Failure is { } failure)
            {
                return new AssembledFile(ParsedFile.Failed(file.Path, file.Shipped, failure), null);
            }
        }

        for (var i = 0; i < file.Chunks.Count; i++)
        {
            if (chunks[first + i].Read is null)
            {
                return new AssembledFile(null, file);
            }
        }

        var records = new RecordLists();
        var diagnostics = new List<DiagnosticInfo>();
        var spans = new SpanChunk[file.Chunks.Count];
        for (var i = 0; i < file.Chunks.Count; i++)
        {
            var chunk = chunks[first + i].Read!;
            records.AddRange(chunk);
            diagnostics.AddRange(chunk.Diagnostics);
            spans[i] = new SpanChunk(file.Starts[i].Offset, file.Starts[i].Line, chunk.Spans[0].Spans);
        }

        if (diagnostics.Count == 0 && records.Count == 0 && !file.Shipped)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyFile, YamlSpan.StartOf(file.Path), file.Path));
        }

        return new AssembledFile(records.ToFile(file.Path, file.Shipped, diagnostics.ToEquatableArray(), spans.ToEquatableArray()), null);
    }

    /// <summary>The file as parsed: put together from its pieces, or read whole from them.</summary>
    public static ParsedFile Parsed(AssembledFile file, CancellationToken cancellationToken)
        => file.Parsed ?? YamlDatasetParser.Parse(file.ReadWhole!.Path, file.ReadWhole.Text(), file.ReadWhole.Shipped, cancellationToken);
}
