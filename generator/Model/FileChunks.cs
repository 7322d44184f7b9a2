using SinoRussia.Dataset.Generator.Diagnostics;

namespace SinoRussia.Dataset.Generator.Model;

/// <summary>
/// A dataset YAML file as the pipeline reads it: either read whole already (<paramref name="Whole"/>: a
/// file that could not be cut, or could not be read) or cut at its top-level lists' items into pieces
/// (<paramref name="Chunks"/>), each read in a step of its own and cached, so that an edit reads again
/// only the piece it is in. <paramref name="Gaps"/> is the text around the pieces (the top-level keys,
/// comments and blank lines between the lists): gap 0, piece 0, gap 1, ..., piece n-1, gap n is the
/// file's text. <paramref name="Starts"/> is where each piece starts in the file: kept apart from the
/// pieces, so that an edit that moves a piece (a title made longer before it) leaves it equal.
/// </summary>
internal sealed record FileChunks(
    string Path,
    bool Shipped,
    ParsedFile? Whole,
    EquatableArray<ChunkText> Chunks,
    EquatableArray<string> Gaps,
    EquatableArray<ChunkStart> Starts)
{
    /// <summary>A file read whole.</summary>
    public static FileChunks Of(ParsedFile whole)
        => new(whole.Path, whole.Shipped, whole, EquatableArray<ChunkText>.Empty, EquatableArray<string>.Empty, EquatableArray<ChunkStart>.Empty);

    /// <summary>The file's text again, from its pieces and gaps (to read it whole when a piece cannot be read on its own).</summary>
    public string Text()
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < Chunks.Count; i++)
        {
            text.Append(Gaps[i]).Append(Chunks[i].Text.ToString());
        }

        return text.Append(Gaps[Chunks.Count]).ToString();
    }
}

/// <summary>
/// A piece of a file: <paramref name="Items"/> consecutive items of the top-level list <paramref name="Key"/>,
/// the first of them item <paramref name="FirstIndex"/> of the list, the piece numbered
/// <paramref name="Ordinal"/> in the file (<see cref="ValueRef.Chunk"/>). Its text starts at the start of
/// its first item's line; it is held deflated (<see cref="PackedText"/>).
/// </summary>
internal sealed record ChunkText(string Path, int Ordinal, string Key, int FirstIndex, int Items, PackedText Text);

/// <summary>
/// A data file as put together from its pieces (<paramref name="Parsed"/>), or, when a piece did not read on
/// its own, the file to read whole (<paramref name="ReadWhole"/>, its pieces and gaps): read in a step of its
/// own, so that it is read again only when the file changes, not whenever another file does.
/// </summary>
internal sealed record AssembledFile(ParsedFile? Parsed, FileChunks? ReadWhole);

/// <summary>Where a piece starts in its file: its first character and its (zero-based) line.</summary>
internal readonly record struct ChunkStart(int Offset, int Line);

/// <summary>
/// What a piece gave (<paramref name="Read"/>): its records, the diagnostics found in them (each at a value,
/// placed later) and the positions of its values in the piece, held as a file's are (one span chunk, at the
/// piece's start). Null when the piece does not read on its own as just its
/// items (a syntax error, an anchor, a value running over an item's line...): the file is then read whole,
/// which reports what is wrong as a whole read does.
/// </summary>
internal sealed record ParsedChunk(ParsedFile? Read)
{
    /// <summary>SRD0022 when reading the piece failed (a bug, not bad input); the file then fails with it.</summary>
    public DiagnosticInfo? Failure { get; init; }

    /// <summary>A piece that does not read on its own.</summary>
    public static ParsedChunk Unclean { get; } = new((ParsedFile?)null);

    public static ParsedChunk Failed(DiagnosticInfo failure) => Unclean with { Failure = failure };
}
