using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

namespace SinoRussia.Dataset;

/// <summary>
/// CAMEO-style actor codes for the officials in the dataset: the country's ISO 3166-1 alpha-3 code followed by
/// the CAMEO role code <see cref="GovernmentRole"/> (<c>CN</c> → <c>CHNGOV</c>, <c>RU</c> → <c>RUSGOV</c>), the
/// form GDELT and other CAMEO-coded data use for a state's government. Every official in the dataset holds a
/// government or party post, so all are coded as government. The country table is the schema's (all 249 officially
/// assigned alpha-2 codes, from the Debian <c>iso-codes</c> package, version 4.15.0), the same table the generator
/// checks every country in the YAML against, and does not depend on the culture data of the machine.
/// </summary>
public static class CameoActor
{
    /// <summary>The CAMEO role code for government: <c>GOV</c>.</summary>
    public const string GovernmentRole = "GOV";

    // The country table is the schema's (Countries, shared with the generator, which refuses any other code).
    private static readonly FrozenDictionary<string, string> Table
        = Countries.Alpha2Codes.ToFrozenDictionary(code => code, code => Countries.Alpha3(code)!, StringComparer.Ordinal);

    /// <summary>
    /// Every officially assigned ISO 3166-1 alpha-2 code (upper case) with its alpha-3 code: 249 entries, one
    /// to one. User-assigned codes (such as <c>XK</c>) and withdrawn codes are not in it.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Alpha3ByAlpha2 => Table;

    /// <summary>The ISO 3166-1 alpha-3 code of a country.</summary>
    /// <param name="country">An officially assigned ISO 3166-1 alpha-2 code in upper case, such as <c>CN</c>.</param>
    /// <returns>The alpha-3 code, such as <c>CHN</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="country"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="country"/> is not an officially assigned alpha-2 code.</exception>
    public static string Alpha3(string country)
    {
        ArgumentNullException.ThrowIfNull(country);
        if (Table.TryGetValue(country, out var alpha3))
        {
            return alpha3;
        }

        throw new ArgumentException(
            $"'{country}' is not an officially assigned ISO 3166-1 alpha-2 country code (two upper-case letters, such as CN or RU), " +
            "so it has no CAMEO country code.", nameof(country));
    }

    /// <summary>The CAMEO-style code of a country's government: the alpha-3 code followed by <c>GOV</c>.</summary>
    /// <param name="country">An officially assigned ISO 3166-1 alpha-2 code in upper case, such as <c>RU</c>.</param>
    /// <returns>Such as <c>RUSGOV</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="country"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="country"/> is not an officially assigned alpha-2 code.</exception>
    public static string Government(string country) => Alpha3(country) + GovernmentRole;

    /// <summary>The actor code of an official: the government of the official's <see cref="Official.Country"/>.</summary>
    /// <param name="official">The official.</param>
    /// <returns>Such as <c>CHNGOV</c> for Wang Yi.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="official"/> is null.</exception>
    /// <exception cref="ArgumentException">The official's country is not an officially assigned alpha-2 code.</exception>
    public static string Of(Official official)
    {
        ArgumentNullException.ThrowIfNull(official);
        return Government(official.Country);
    }
}
