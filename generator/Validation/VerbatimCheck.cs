using System;

namespace SinoRussia.Dataset.Generator.Validation;

/// <summary>Checks that a quotation or excerpt occurs character for character in a document.</summary>
internal static class VerbatimCheck
{
    public static string Normalise(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

    /// <summary>Whether <paramref name="excerpt"/> occurs in <paramref name="normalisedDocument"/>, a text already passed through <see cref="Normalise"/> (once per document, not per quote).</summary>
    public static bool Occurs(string excerpt, string normalisedDocument)
        => excerpt.Length > 0 && normalisedDocument.IndexOf(Normalise(excerpt), StringComparison.Ordinal) >= 0;

    /// <summary>
    /// The passage of the document nearest the excerpt: where its longest matching prefix (or, failing
    /// that, suffix) occurs, as long as the excerpt. Shown in the diagnostic so the fix is obvious.
    /// </summary>
    public static string ClosestPassage(string excerpt, string document)
    {
        document = Normalise(document);
        excerpt = Normalise(excerpt);
        var (prefixLength, prefixAt) = LongestMatch(excerpt, document, fromStart: true);
        var (suffixLength, suffixAt) = LongestMatch(excerpt, document, fromStart: false);
        int start;
        if (prefixLength == 0 && suffixLength == 0)
        {
            return string.Empty;
        }

        if (prefixLength >= suffixLength)
        {
            start = prefixAt;
        }
        else
        {
            start = Math.Max(0, suffixAt + suffixLength - excerpt.Length);
        }

        var length = Math.Min(Math.Min(excerpt.Length, 300), document.Length - start);
        return document.Substring(start, length).Replace("\n", " ");
    }

    private static (int Length, int At) LongestMatch(string excerpt, string document, bool fromStart)
    {
        // Binary search on the length of the prefix (or suffix) that still occurs in the document.
        int low = 0, high = excerpt.Length, at = -1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            var part = fromStart ? excerpt.Substring(0, mid) : excerpt.Substring(excerpt.Length - mid);
            var index = document.IndexOf(part, StringComparison.Ordinal);
            if (index >= 0)
            {
                low = mid;
                at = index;
            }
            else
            {
                high = mid - 1;
            }
        }

        if (low > 0 && at < 0)
        {
            var part = fromStart ? excerpt.Substring(0, low) : excerpt.Substring(excerpt.Length - low);
            at = document.IndexOf(part, StringComparison.Ordinal);
        }

        return (low, at);
    }
}
