using System;
using System.Collections.Generic;
using YamlDotNet.Core;

namespace SinoRussia.Dataset.Generator.Parsing;

/// <summary>
/// Finds, in the text, the one malformation YamlDotNet's scanner throws on instead of reporting it:
/// a line inside an unclosed flow collection indented no more than the block it stands in
/// (<see cref="YamlTree"/> reports it as SRD0001 at that line, any other reader exception as SRD0022).
/// </summary>
internal static class FlowIndentation
{
    /// <summary>
    /// The case the YAML reader fails on, found in the text itself: inside an open flow collection, the
    /// next line with content after <paramref name="lastEnd"/> is indented no more than the innermost
    /// block collection around it (a syntax error by the YAML specification). Null when the text is
    /// not that case: the failure is then not explained, and not called bad input.
    /// </summary>
    public static UnindentedLine? Find(string text, Mark lastEnd, IEnumerable<TreeNode> open)
    {
        // The open flow collections the parser has reported, and the innermost block collection around them.
        var depth = 0;
        var blockColumn = -1;
        var openedAt = lastEnd;
        foreach (var collection in open) // innermost first
        {
            if (collection is TreeMapping { Flow: true } or TreeSequence { Flow: true })
            {
                depth++;
                openedAt = collection.Start;
            }
            else
            {
                blockColumn = (int)collection.Start.Column - 1;
                break;
            }
        }

        if (blockColumn < 0)
        {
            return null;
        }

        // The scanner reads ahead of the events: follow the brackets in the text from the last event on.
        var line = (int)lastEnd.Line;
        var quote = '\0';
        for (var i = (int)Math.Min(lastEnd.Index, text.Length); i < text.Length; i++)
        {
            var c = text[i];
            if (IsBreak(c))
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++; // CRLF is one break
                }

                quote = '\0';
                line++;
                var indent = 0;
                while (i + 1 + indent < text.Length && text[i + 1 + indent] == ' ')
                {
                    indent++;
                }

                var first = i + 1 + indent < text.Length ? text[i + 1 + indent] : '\n';
                if (depth > 0 && !IsBreak(first) && first != '#' && indent <= blockColumn)
                {
                    return new UnindentedLine(new Mark(i + 1, line, 1), openedAt, blockColumn + 1);
                }
            }
            else if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || text[i - 1] is ' ' or '\t' or '{' or '[' or ',' || IsBreak(text[i - 1])))
            {
                while (i + 1 < text.Length && !IsBreak(text[i + 1]))
                {
                    i++; // a comment, to the end of the line
                }
            }
            else if (c is '[' or '{')
            {
                if (depth++ == 0)
                {
                    openedAt = new Mark(i, line, i - text.LastIndexOf('\n', Math.Max(0, i - 1)));
                }
            }
            else if (c is ']' or '}' && depth > 0)
            {
                depth--;
            }
        }

        return null;
    }

    /// <summary>The line breaks of YAML 1.1, which YamlDotNet reads: LF, CR, NEL, LS and PS.</summary>
    private static bool IsBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';
}

/// <summary>The unindented line, where its flow collection was opened, and the column of the block around it (1-based).</summary>
internal sealed record UnindentedLine(Mark At, Mark OpenedAt, int BlockColumn);
