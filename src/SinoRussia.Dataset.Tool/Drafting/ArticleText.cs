using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>An article's text with line endings normalised to \n, and its lines.</summary>
internal sealed class ArticleText
{
    private readonly List<int> _lineStarts = new() { 0 };

    /// <summary>Reads an article: CRLF and CR become LF; a byte-order mark becomes a space (offsets and lines are kept).</summary>
    /// <param name="raw">The article as read.</param>
    public ArticleText(string raw)
    {
        var text = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (text.StartsWith('\uFEFF'))
        {
            text = " " + text[1..];
        }

        Text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The normalised text.</summary>
    public string Text { get; }

    /// <summary>The 1-based line of a position.</summary>
    /// <param name="position">A position in <see cref="Text"/>.</param>
    /// <returns>The line number.</returns>
    public int LineOf(int position)
    {
        var index = _lineStarts.BinarySearch(position);
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>Every line as start (inclusive) and end (exclusive, before its \n).</summary>
    /// <returns>The lines, in order.</returns>
    public IReadOnlyList<(int Start, int End)> Lines()
    {
        var lines = new List<(int Start, int End)>();
        for (var i = 0; i < _lineStarts.Count; i++)
        {
            var end = i + 1 < _lineStarts.Count ? _lineStarts[i + 1] - 1 : Text.Length;
            lines.Add((_lineStarts[i], end));
        }

        return lines;
    }

    /// <summary>The text between two positions; empty when the end is not after the start (as a Python slice).</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">The start.</param>
    /// <param name="end">The end (exclusive).</param>
    /// <returns>The slice.</returns>
    public static string Slice(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, 0, text.Length);
        return end > start ? text[start..end] : string.Empty;
    }

    /// <summary>The matches of a regex in a range of a text, as if the range were the whole text.</summary>
    /// <param name="regex">The regex.</param>
    /// <param name="text">The text.</param>
    /// <param name="start">The range's start.</param>
    /// <param name="end">The range's end (exclusive).</param>
    /// <returns>The matches, with positions in the whole text.</returns>
    public static IEnumerable<Match> MatchesIn(Regex regex, string text, int start, int end)
    {
        if (end <= start)
        {
            yield break;
        }

        for (var match = regex.Match(text, start, end - start); match.Success; match = match.NextMatch())
        {
            yield return match;
        }
    }
}
