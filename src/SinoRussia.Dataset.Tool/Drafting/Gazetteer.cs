using System;
using System.Collections.Generic;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>Places and publishers the drafter knows by name.</summary>
internal static class Gazetteer
{
    /// <summary>Cities, with their country.</summary>
    public static readonly IReadOnlyDictionary<string, string> Cities = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Beijing"] = "CN", ["Moscow"] = "RU", ["Kazan"] = "RU", ["Astana"] = "KZ", ["Shanghai"] = "CN", ["Tianjin"] = "CN",
        ["Vladivostok"] = "RU", ["Sochi"] = "RU", ["St. Petersburg"] = "RU", ["Saint Petersburg"] = "RU", ["Minsk"] = "BY",
        ["New Delhi"] = "IN", ["Johannesburg"] = "ZA", ["Rio de Janeiro"] = "BR", ["Samarkand"] = "UZ", ["Bishkek"] = "KG",
        ["Dushanbe"] = "TJ", ["Tashkent"] = "UZ", ["Geneva"] = "CH", ["New York"] = "US", ["Harbin"] = "CN", ["Xiamen"] = "CN",
        ["Hangzhou"] = "CN", ["Qingdao"] = "CN", ["Novosibirsk"] = "RU", ["Yekaterinburg"] = "RU", ["Ufa"] = "RU",
    };

    /// <summary>Venues, with the city and country they are in.</summary>
    public static readonly IReadOnlyDictionary<string, (string City, string Country)> Venues = new Dictionary<string, (string City, string Country)>(StringComparer.Ordinal)
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

    /// <summary>Publishers: the name the data uses, the slug of their source ids, and the spellings, handles and tags that name them.</summary>
    private static readonly (string Name, string Slug, string[] Spellings)[] Publishers =
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
