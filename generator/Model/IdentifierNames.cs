using System.Globalization;
using System.Text;

namespace SinoRussia.Dataset.Generator.Model;

/// <summary>
/// Maps a dataset id (<c>wang-yi</c>, <c>wang-yi-shoigu-2025-02-28</c>) to a readable C# member name
/// (<c>WangYi</c>, <c>WangYiShoigu2025_02_28</c>). Letters and digits are kept; anything else splits
/// words. A name that would start with a digit, or is empty, gets a leading underscore.
/// </summary>
internal static class IdentifierNames
{
    public static string ToMemberName(string id)
    {
        var builder = new StringBuilder(id.Length);
        var startOfWord = true;
        var previousWasDigit = false;
        foreach (var c in id)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            var isLetter = category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
                or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter;
            var isDigit = category == UnicodeCategory.DecimalDigitNumber;
            if (!isLetter && !isDigit)
            {
                startOfWord = true;
                continue;
            }

            if (startOfWord && isDigit && previousWasDigit)
            {
                builder.Append('_');
            }

            builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
            previousWasDigit = isDigit;
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }
}
