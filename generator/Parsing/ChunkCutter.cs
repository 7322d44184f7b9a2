using System;
using System.Collections.Generic;
using System.Threading;
using SinoRussia.Dataset.Generator.Model;
using SinoRussia.Dataset.Generator.Schema;

namespace SinoRussia.Dataset.Generator.Parsing;

/// <summary>
/// Cuts a dataset YAML file into pieces of at most <see cref="ItemsPerChunk"/> items of its top-level
/// lists (<see cref="FileChunks"/>), looking at lines only: a file is cut when it is laid out as the
/// dataset's files are (top-level keys of the schema at column 0, each once and with nothing after the
/// colon but a comment, each followed by a block list whose items start with "- " at one indentation;
/// other lines more indented than the items, blank or comments). Anything else (a byte order mark, a line
/// starting with a tab, a document marker, a flow list, a line break other than LF or CRLF, a NUL, a key
/// given twice or with no items, an explicit key "? ", a value starting with ':') leaves the file to be read
/// whole. The cut is checked by reading: a piece that does not read as exactly its items (a quoted value
/// running over an item's line) makes the file be read whole.
/// </summary>
internal static class ChunkCutter
{
    /// <summary>The items of a piece: small enough that reading one again after an edit is cheap (about 25 KB of meetings).</summary>
    public const int ItemsPerChunk = 64;

    public static FileChunks? Cut(string path, bool shipped, string text, CancellationToken cancellationToken, int itemsPerChunk = ItemsPerChunk)
    {
        if (text.Length == 0 || text[0] == '\uFEFF' || NeedsWholeRead(text))
        {
            return null;
        }

        var chunks = new List<ChunkText>();
        var gaps = new List<string>();
        var starts = new List<ChunkStart>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? key = null;
        var itemIndent = -1;
        var itemsOfKey = 0;
        var gapStart = 0;
        var chunkStart = -1; // the open piece's first character, or -1
        var chunkLine = 0;
        var chunkFirst = 0;
        var chunkItems = 0;
        var line = 0;
        for (var position = 0; position < text.Length; line++)
        {
            if ((line & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var lineStart = position;
            var newline = text.IndexOf('\n', position);
            var lineEnd = newline < 0 ? text.Length : newline;
            position = newline < 0 ? text.Length : newline + 1;
            var contentEnd = lineEnd > lineStart && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            var indent = lineStart;
            while (indent < contentEnd && text[indent] == ' ')
            {
                indent++;
            }

            if (indent == contentEnd || text[indent] == '#')
            {
                continue; // blank or a comment: part of what is around it
            }

            var column = indent - lineStart;
            if (text[indent] == '\t')
            {
                return null;
            }

            if (column == 0 && TopLevelKey(text, lineStart, contentEnd) is { } next)
            {
                if (key is not null && itemsOfKey == 0 || !seen.Add(next))
                {
                    return null; // a list with no items, or a key given twice: left to the whole read
                }

                CloseChunk(lineStart);
                key = next;
                itemIndent = -1;
                itemsOfKey = 0;
                continue;
            }

            if (key is null)
            {
                return null;
            }

            if (ReadDifferentlyInPieces(text, indent, contentEnd))
            {
                return null;
            }

            var isItem = (itemIndent < 0 || column == itemIndent) && text[indent] == '-' && (indent + 1 == contentEnd || text[indent + 1] == ' ');
            if (isItem)
            {
                itemIndent = column;
                if (chunkStart >= 0 && chunkItems == itemsPerChunk)
                {
                    CloseChunk(lineStart);
                }

                if (chunkStart < 0)
                {
                    gaps.Add(text.Substring(gapStart, lineStart - gapStart));
                    chunkStart = lineStart;
                    chunkLine = line;
                    chunkFirst = itemsOfKey;
                    chunkItems = 0;
                }

                chunkItems++;
                itemsOfKey++;
                continue;
            }

            if (chunkStart < 0 || column <= itemIndent)
            {
                return null; // not an item, nor inside one
            }
        }

        if (key is null || itemsOfKey == 0)
        {
            return null;
        }

        CloseChunk(text.Length);
        gaps.Add(text.Substring(gapStart));
        return new FileChunks(path, shipped, null, chunks.ToEquatableArray(), gaps.ToEquatableArray(), starts.ToEquatableArray());

        void CloseChunk(int end)
        {
            if (chunkStart < 0)
            {
                return;
            }

            chunks.Add(new ChunkText(path, chunks.Count, key!, chunkFirst, chunkItems, new PackedText(text, chunkStart, end - chunkStart)));
            starts.Add(new ChunkStart(chunkStart, chunkLine));
            gapStart = end;
            chunkStart = -1;
        }
    }

    /// <summary>The key of a line <c>key:</c> (then nothing but spaces and a comment), when it is a top-level key of the schema.</summary>
    private static string? TopLevelKey(string text, int start, int end)
    {
        var colon = text.IndexOf(':', start, end - start);
        if (colon <= start)
        {
            return null;
        }

        var after = colon + 1;
        while (after < end && text[after] == ' ')
        {
            after++;
        }

        if (after < end && (text[after] != '#' || after == colon + 1))
        {
            return null; // a value after the colon (or a '#' that is not a comment)
        }

        var key = text.Substring(start, colon - start);
        return Array.IndexOf(DatasetSchema.TopLevelKeys, key) >= 0 ? key : null;
    }

    /// <summary>
    /// Whether a line holds what YamlDotNet reads differently at the start of a piece than in the middle of
    /// the whole text: a plain value starting with ':' right after a flow list (an item ending with
    /// <c>sources: [...]</c>) loses its colon in the whole read (the scanner's state carries over) and keeps
    /// it in a piece read alone; an explicit key ("? ") with no value at a piece's end is placed at the next
    /// item in the whole read and at the piece's end alone. Neither is written in the dataset's files.
    /// </summary>
    private static bool ReadDifferentlyInPieces(string text, int contentStart, int contentEnd)
    {
        var start = contentStart;
        if (text[start] == '-' && start + 1 < contentEnd && text[start + 1] == ' ')
        {
            start += 2;
            while (start < contentEnd && text[start] == ' ')
            {
                start++;
            }
        }

        if (start < contentEnd && text[start] == '?' && (start + 1 == contentEnd || text[start + 1] == ' '))
        {
            return true;
        }

        for (var i = contentStart; i + 1 < contentEnd; i++)
        {
            if (text[i] == ':' && text[i + 1] != ' ' && (i == contentStart || text[i - 1] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the text holds what the pieces cannot stand for: YamlDotNet also breaks lines at a lone CR,
    /// NEL, LS and PS (lines would be counted differently); a NUL after a comment, which the pieces leave to
    /// the gaps, unread, is an error in the whole read; a lone surrogate has no UTF-8 form (the pieces are
    /// held as UTF-8).
    /// </summary>
    private static bool NeedsWholeRead(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')) || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\0')
            {
                return true;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
