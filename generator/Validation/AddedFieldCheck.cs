using System.Linq;
using SinoRussia.Dataset.Generator.Diagnostics;
using SinoRussia.Dataset.Generator.Model;
using SinoRussia.Dataset.Generator.Schema;

namespace SinoRussia.Dataset.Generator.Validation;

/// <summary>
/// The check of one value of an added field (<see cref="Field.IsAdded"/>), by the field's kind alone: a
/// vocabulary's spelling and an assigned country code (SRD0005), a date in one of its three forms
/// (SRD0006), text that is not blank (SRD0005); free text is anything.
/// </summary>
internal static class AddedFieldCheck
{
    /// <summary>The diagnostic for <paramref name="value"/> of <paramref name="field"/>, or null when it is valid.</summary>
    public static DiagnosticInfo? Check(Field field, Located value)
    {
        switch (field.Kind)
        {
            case FieldKind.Vocabulary:
                return field.Vocabulary!.Codes.Contains(value.Value)
                    ? null
                    : DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, value, value.Value, field.Vocabulary.Expected);
            case FieldKind.Country:
                return CountryCheck.Expected(value.Value, field.Key) is { } expected
                    ? DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, value, value.Value, expected)
                    : null;
            case FieldKind.DateValue:
                return PartialDateParser.TryParse(value.Value, out var error) is null
                    ? DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDate, value, value.Value, error)
                    : null;
            case FieldKind.Text:
                return value.Value.Trim().Length == 0
                    ? DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, value, value.Value, $"a text that is not blank for {field.Key}")
                    : null;
            default: // FreeText; Field.Added allows no other kind
                return null;
        }
    }
}

/// <summary>The country rule, once: an officially assigned ISO 3166-1 alpha-2 code, with the common slips named (<c>UK</c>: did you mean GB).</summary>
internal static class CountryCheck
{
    /// <summary>What a diagnostic says <paramref name="code"/> should be, or null when it is assigned.</summary>
    public static string? Expected(string code, string what)
    {
        if (Countries.IsAssigned(code))
        {
            return null;
        }

        var expected = $"an officially assigned ISO 3166-1 alpha-2 country code for the {what}, such as CN or RU";
        if (Countries.Suggest(code) is { } meant)
        {
            expected += $"; did you mean {meant} ({Countries.Name(meant)})?";
        }

        return expected;
    }
}
