using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>Kebab-case ids and the edit distance between spellings.</summary>
internal static class Slugs
{
    private static readonly Regex NotSlug = new("[^a-z0-9]+", RegexOptions.CultureInvariant);

    /// <summary>A kebab-case slug: accents dropped, apostrophes removed, anything else not a letter or digit a hyphen.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The slug ("x" when nothing is left).</returns>
    public static string Slug(string value)
    {
        var decomposed = value.Normalize(NormalizationForm.FormKD);
        var kept = new string(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
        kept = kept.ToLowerInvariant().Replace("’", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal);
        var slug = NotSlug.Replace(kept, "-").Trim('-');
        return slug.Length == 0 ? "x" : slug;
    }

    /// <summary>The Levenshtein distance between two spellings, ignoring case (the generator's own, for "did you mean").</summary>
    /// <param name="a">One spelling.</param>
    /// <param name="b">The other.</param>
    /// <returns>The number of insertions, deletions and substitutions.</returns>
    public static int EditDistance(string a, string b)
        => SinoRussia.Dataset.EditDistance.Levenshtein(a.ToLowerInvariant(), b.ToLowerInvariant());
}
