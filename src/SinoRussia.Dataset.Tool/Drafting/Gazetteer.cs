using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>
/// Places and publishers the drafter knows by name: every city and venue of the shipped meetings and
/// every publisher of the shipped sources (with the slug its ids use), joined to the lists below. The
/// lists hold what the data cannot give (the spellings, handles and tags that name a publisher) and the
/// places and publishers an article may name that no shipped record has; they keep the ones the data has
/// too, so that what the drafter knows does not depend on which meetings happen to be curated. Where both
/// name a place or a publisher they must agree (a test holds them together).
/// </summary>
internal static class Gazetteer
{
    /// <summary>Cities, with their country: the shipped meetings' and <see cref="ListedCities"/>.</summary>
    public static readonly IReadOnlyDictionary<string, string> Cities = Merge(ShippedCities(), ListedCities());

    /// <summary>Venues, with the city and country they are in: the shipped meetings' and <see cref="ListedVenues"/>.</summary>
    public static readonly IReadOnlyDictionary<string, (string City, string Country)> Venues = Merge(ShippedVenues(), ListedVenues());

    /// <summary>The city and country of every shipped meeting that has a city.</summary>
    internal static IEnumerable<(string Name, string Country)> ShippedCities()
        => SinoRussiaDataset.Shipped.Meetings.Where(m => m.Place?.City is not null).Select(m => (m.Place!.City!, m.Place.Country));

    /// <summary>The venue, city and country of every shipped meeting that has a venue.</summary>
    internal static IEnumerable<(string Name, (string City, string Country) Place)> ShippedVenues()
        => SinoRussiaDataset.Shipped.Meetings.Where(m => m.Place is { Venue: not null, City: not null }).Select(m => (m.Place!.Venue!, (m.Place.City!, m.Place.Country)));

    /// <summary>Cities an article may name, with their country.</summary>
    internal static Dictionary<string, string> ListedCities() => new(StringComparer.Ordinal)
    {
        ["Beijing"] = "CN", ["Moscow"] = "RU", ["Kazan"] = "RU", ["Astana"] = "KZ", ["Shanghai"] = "CN", ["Tianjin"] = "CN",
        ["Vladivostok"] = "RU", ["Sochi"] = "RU", ["St. Petersburg"] = "RU", ["Saint Petersburg"] = "RU", ["Minsk"] = "BY",
        ["New Delhi"] = "IN", ["Johannesburg"] = "ZA", ["Rio de Janeiro"] = "BR", ["Samarkand"] = "UZ", ["Bishkek"] = "KG",
        ["Dushanbe"] = "TJ", ["Tashkent"] = "UZ", ["Geneva"] = "CH", ["New York"] = "US", ["Harbin"] = "CN", ["Xiamen"] = "CN",
        ["Hangzhou"] = "CN", ["Qingdao"] = "CN", ["Novosibirsk"] = "RU", ["Yekaterinburg"] = "RU", ["Ufa"] = "RU",
    };

    /// <summary>Venues an article may name, with their city and country.</summary>
    internal static Dictionary<string, (string City, string Country)> ListedVenues() => new(StringComparer.Ordinal)
    {
        ["Kremlin"] = ("Moscow", "RU"),
        ["Great Hall of the People"] = ("Beijing", "CN"),
        ["Diaoyutai State Guesthouse"] = ("Beijing", "CN"),
        ["Zhongnanhai"] = ("Beijing", "CN"),
    };

    /// <summary>Countries, by their English name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Countries = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["China"] = "CN", ["Russia"] = "RU", ["Kazakhstan"] = "KZ", ["Belarus"] = "BY", ["India"] = "IN", ["Brazil"] = "BR",
        ["South Africa"] = "ZA", ["Uzbekistan"] = "UZ", ["Kyrgyzstan"] = "KG", ["Tajikistan"] = "TJ", ["Switzerland"] = "CH",
        ["United States"] = "US",
    };

    /// <summary>A source id of the form publisher slug, then date (<c>tass-2025-12-02</c>). Declared before the fields that use it.</summary>
    private static readonly Regex DatedId = new(@"^(?<slug>[a-z0-9-]+?)-\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Publishers: the name the data uses, the slug of their source ids, and the spellings, handles and
    /// tags that name them. The shipped sources' publishers come first, each with the slug of its ids
    /// (<c>tass-2025-12-02</c>: <c>tass</c>) and the spellings <see cref="ListedPublishers"/> gives it;
    /// then the listed ones no shipped source has.
    /// </summary>
    private static readonly (string Name, string Slug, string[] Spellings)[] Publishers = JoinPublishers();

    /// <summary>The shipped publishers with their listed spellings, then the listed ones no shipped source has; each list read once.</summary>
    private static (string Name, string Slug, string[] Spellings)[] JoinPublishers()
    {
        var shipped = ShippedPublishers().ToList();
        var listed = ListedPublishers();
        return shipped
            .Select(p => (p.Name, p.Slug, listed.FirstOrDefault(o => o.Slug == p.Slug).Spellings ?? Array.Empty<string>()))
            .Concat(listed.Where(p => !shipped.Any(s => s.Slug == p.Slug)))
            .ToArray();
    }

    /// <summary>The publisher of each shipped source whose id is its publisher's slug and its date.</summary>
    internal static IEnumerable<(string Name, string Slug)> ShippedPublishers()
        => SinoRussiaDataset.Shipped.Sources
            .Where(s => s.Publisher is not null && DatedId.IsMatch(s.Id))
            .Select(s => (Name: s.Publisher!, Slug: DatedId.Match(s.Id).Groups["slug"].Value))
            .Distinct();

    /// <summary>Publishers an article may name: the name the data uses, the slug, and the spellings, handles and tags that name them.</summary>
    internal static (string Name, string Slug, string[] Spellings)[] ListedPublishers() => new[]
    {
        ("TASS", "tass", new[] { "TASS" }),
        ("Xinhua", "xinhua", new[] { "Xinhua" }),
        ("China Daily", "china-daily", new[] { "China Daily", "ChinaDaily" }),
        ("Global Times", "global-times", new[] { "Global Times", "globaltimesnews" }),
        ("CGTN", "cgtn", new[] { "CGTN", "CGTNOfficial" }),
        ("People's Daily", "peoples-daily", new[] { "People's Daily", "People’s Daily", "PDChina" }),
        ("RIA Novosti", "ria-novosti", new[] { "RIA Novosti" }),
        ("Interfax", "interfax", new[] { "Interfax" }),
        ("AzerNews", "azernews", new[] { "AzerNews", "AzerNewsAz" }),
        ("Ministry of Foreign Affairs of the People's Republic of China", "mfa-china",
            new[] { "Ministry of Foreign Affairs of the People’s Republic of China" }),
        ("Ministry of Foreign Affairs of the Russian Federation", "mfa-russia", Array.Empty<string>()),
    };

    /// <summary>What the data records, then what the list adds (where both name a place they agree: a test checks it).</summary>
    private static IReadOnlyDictionary<string, T> Merge<T>(IEnumerable<(string Name, T Value)> fromData, Dictionary<string, T> others)
    {
        var merged = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (name, value) in fromData)
        {
            merged.TryAdd(name, value);
        }

        foreach (var (name, value) in others)
        {
            merged.TryAdd(name, value);
        }

        return merged;
    }

    /// <summary>The publisher a name, handle or tag stands for, when it is a known one.</summary>
    /// <param name="name">A name as the text gives it.</param>
    /// <returns>The publisher's name and slug, or null.</returns>
    public static (string Name, string Slug)? Publisher(string name)
    {
        foreach (var (canonical, slug, spellings) in Publishers)
        {
            if (string.Equals(canonical, name, StringComparison.OrdinalIgnoreCase)
                || Array.Exists(spellings, s => string.Equals(s, name, StringComparison.OrdinalIgnoreCase)))
            {
                return (canonical, slug);
            }
        }

        return null;
    }
}
