using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>The word lists the drafter reads English news with.</summary>
internal static class Vocabulary
{
    /// <summary>The months, January first.</summary>
    public static readonly IReadOnlyList<string> Months = new[]
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    /// <summary>The weekdays, Monday first.</summary>
    public static readonly IReadOnlyList<string> Weekdays = new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

    /// <summary>A month, in full or abbreviated ("Oct."), as a regex.</summary>
    public static readonly string MonthPattern = "(?:" + string.Join("|", Months) + @"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)";

    /// <summary>A weekday, as a regex.</summary>
    public static readonly string WeekdayPattern = string.Join("|", Weekdays);

    /// <summary>
    /// Verbs of attribution: what a speaker does when a sentence reports speech. "conveyed" and "extended"
    /// are left out on purpose: passing on greetings states nothing.
    /// </summary>
    public static readonly IReadOnlyList<string> SpeechVerbs = new[]
    {
        "said", "says", "stressed", "noted", "pointed out", "underscored", "underlined", "highlighted", "emphasized", "emphasised",
        "affirmed", "reaffirmed", "recalled", "stated", "told", "added", "reiterated", "mentioned", "urged", "outlined", "thanked",
        "called on", "called for", "drew attention", "expressed", "invited", "remarked", "declared", "explained", "insisted",
        "warned", "observed", "argued", "acknowledged", "suggested", "proposed", "announced", "asserted", "claimed", "commented",
        "maintained", "voiced", "welcomed", "praised",
    };

    /// <summary>The speech verbs as a regex alternation, longest first.</summary>
    public static readonly string SpeechVerbPattern = string.Join("|", SpeechVerbs
        .OrderByDescending(v => v.Length).ThenBy(v => v, StringComparer.Ordinal).Select(System.Text.RegularExpressions.Regex.Escape));

    /// <summary>Words that end a title before a name ("Foreign Minister Wang Yi", "Security Council Sergei Shoigu").</summary>
    public static readonly IReadOnlySet<string> TitleWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "President", "Minister", "Secretary", "Premier", "Director", "Ambassador", "Spokesperson", "Spokesman", "Spokeswoman",
        "Councilor", "Councillor", "Chairman", "Chairwoman", "Chair", "Aide", "Adviser", "Advisor", "Envoy", "Representative",
        "Commissioner", "Governor", "Mayor", "Head", "Chief", "General", "Admiral", "Council", "Committee", "Affairs", "Commission",
        "Member", "Leader", "Speaker", "Senator", "Deputy", "Vice", "Counselor", "Counsellor", "Mr", "Ms", "Mrs", "Dr", "Prosecutor",
        "Marshal", "Colonel", "Officer", "Attache", "Consul", "Diplomat", "Chancellor",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Capitalised words that are never part of a person's name in these texts.</summary>
    public static readonly IReadOnlySet<string> NotNameWords = BuildNotNameWords().ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Demonyms and country names, with the country they name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Demonyms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Chinese"] = "CN", ["Russian"] = "RU", ["China"] = "CN", ["Russia"] = "RU", ["Kazakh"] = "KZ", ["Soviet"] = "RU",
    };

    /// <summary>Nouns of role phrases that stand for an official ("the top Chinese diplomat").</summary>
    public static readonly IReadOnlyList<string> RoleNouns = new[]
    {
        "foreign minister", "deputy foreign minister", "diplomat", "minister", "president", "leader", "envoy", "official",
        "secretary", "ambassador", "spokesperson", "spokesman", "spokeswoman", "premier", "director", "councilor", "head",
    };

    /// <summary>Openings of a sentence of narration, not of the speaker's words, in a paragraph of speech.</summary>
    public static readonly IReadOnlyList<string> NarrationSubjects = new[]
    {
        "He", "She", "They", "The two sides", "Both sides", "The sides", "The two leaders", "The two ministers", "The two presidents",
    };

    /// <summary>Connectives that open a sentence but are the reporter's, not the speaker's.</summary>
    public static readonly IReadOnlyList<string> DiscourseOpeners = new[] { "Furthermore", "Moreover", "In addition", "Additionally", "Meanwhile", "Also", "However", "Besides" };

    /// <summary>Very common Chinese surnames: a meeting id keeps such an official's full name ("wang-yi").</summary>
    public static readonly IReadOnlySet<string> CommonChineseSurnames = new HashSet<string>(StringComparer.Ordinal)
    {
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Abbreviations whose period ends no sentence.</summary>
    public static readonly IReadOnlySet<string> Abbreviations = new HashSet<string>(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Sgt", "Prof", "Jr", "Sr", "No", "Vol", "vs", "etc", "Jan", "Feb", "Mar", "Apr",
        "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "Gov", "Sen", "Rep",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The number (1-12) of a month name, full or abbreviated.</summary>
    /// <param name="name">"December", "Dec" or "Dec.".</param>
    /// <returns>The month number.</returns>
    public static int MonthNumber(string name)
    {
        var key = name.TrimEnd('.');
        key = key.Length > 3 ? key[..3] : key;
        for (var i = 0; i < Months.Count; i++)
        {
            if (string.Equals(Months[i][..3], key, StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        throw new ArgumentException("Not a month: " + name, nameof(name));
    }

    /// <summary>A capitalised word without a possessive ending or a closing period ("People’s" is "People").</summary>
    /// <param name="word">The word.</param>
    /// <returns>The base word.</returns>
    public static string BaseWord(string word)
    {
        word = word.TrimEnd('.');
        if (word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word;
    }

    private static HashSet<string> BuildNotNameWords()
    {
        var words = new HashSet<string>(TitleWords, StringComparer.Ordinal)
        {
            "Foreign", "Security", "Office", "Central", "Political", "Bureau", "CPC", "State", "Federation", "Republic", "People", "Party",
            "Communist", "Ministry", "Defence", "Defense", "National", "Assembly", "Special", "Prime", "Senior", "Top", "Executive", "First",
            "Supreme", "Russian", "Chinese", "Soviet", "American", "Japanese", "Ukrainian", "European", "Kazakh", "Indian", "China", "Russia",
            "Moscow", "Beijing", "Kremlin", "Kazan", "Astana", "Ukraine", "Japan", "America", "Asia", "Europe", "Pacific", "Middle", "East",
            "West", "South", "North", "Global", "United", "Nations", "States", "Organization", "Organisation", "Cooperation", "Shanghai",
            "Summit", "BRICS", "SCO", "Year", "Culture", "War", "World", "Great", "Patriotic", "Economic", "Treaty", "Strategic",
            "Communication", "Consultation", "Consultations", "Hold", "Holds", "Meets", "Met", "Talks", "The", "A", "An", "On", "In",
            "During", "At", "As", "According", "Both", "This", "That", "Today", "Analysts", "Furthermore", "Regarding", "Noting", "Looking",
            "Reflecting", "Amidst", "Related", "Posts", "Updated", "Follow", "Twitter", "Web", "Editor", "Photo", "Daily", "News", "Agency",
            "Anti-Fascist", "Charter", "Nazi", "Nazism", "WWII", "Department", "Embassy", "Government", "Army", "Navy", "Force", "Forces",
            "Union", "Cold", "Day", "Victory", "Also", "And", "But", "However", "Meanwhile", "Moreover", "Earlier", "Later", "Last",
            "Next", "Since", "After", "Before", "While", "When", "His", "Her", "Their", "Our", "We", "They", "He", "She", "It", "Its",
            "Russia-China", "China-Russia", "Sino-Russian", "Asia-Pacific", "Afghanistan", "Kazakhstan", "Tianjin",
        };
        words.UnionWith(Months);
        words.UnionWith(Weekdays);
        return words;
    }
}
