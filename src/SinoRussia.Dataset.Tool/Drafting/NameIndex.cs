using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>The known officials by full name and alias (any case) and by surname alone (as capitalised).</summary>
internal sealed class NameIndex
{
    private readonly Dictionary<string, string> _full = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _surnames = new(StringComparer.Ordinal);

    /// <summary>Indexes officials.</summary>
    /// <param name="officials">The officials, known and proposed.</param>
    public NameIndex(IReadOnlyList<KnownOfficial> officials)
    {
        Officials = officials;
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var o in officials)
        {
            foreach (var name in o.Aliases.Prepend(o.Name))
            {
                if (name.Contains(' ', StringComparison.Ordinal))
                {
                    _full.TryAdd(name, o.Id);
                }
                else
                {
                    if (_surnames.TryGetValue(name, out var other) && other != o.Id)
                    {
                        ambiguous.Add(name);
                    }

                    _surnames[name] = o.Id;
                }
            }

            if (_surnames.TryGetValue(o.Surname, out var holder) && holder != o.Id)
            {
                ambiguous.Add(o.Surname);
            }

            _surnames.TryAdd(o.Surname, o.Id);
        }

        foreach (var name in ambiguous)
        {
            _surnames.Remove(name);
        }

        FullNames = Alternation(_full.Keys, RegexOptions.IgnoreCase);
        Surnames = Alternation(_surnames.Keys, RegexOptions.None);
    }

    /// <summary>The officials indexed.</summary>
    public IReadOnlyList<KnownOfficial> Officials { get; }

    /// <summary>Full names and multi-word aliases, any case, longest first; null when there are none.</summary>
    public Regex? FullNames { get; }

    /// <summary>Surnames and one-word aliases shared by no two officials, as capitalised; null when there are none.</summary>
    public Regex? Surnames { get; }

    /// <summary>The official a full name or alias names (any case).</summary>
    /// <param name="name">The name as matched.</param>
    /// <returns>The official's id, or null when the match was a case folding the index does not share.</returns>
    public string? ByFullName(string name) => _full.TryGetValue(name, out var id) ? id : null;

    /// <summary>The official a surname names.</summary>
    /// <param name="surname">The surname as matched.</param>
    /// <returns>The official's id.</returns>
    public string BySurname(string surname) => _surnames[surname];

    /// <summary>Whether an id is an indexed official's.</summary>
    /// <param name="id">The id.</param>
    /// <returns>True when indexed.</returns>
    public bool Contains(string id) => Officials.Any(o => o.Id == id);

    /// <summary>Whether the first or last of some words is an indexed surname.</summary>
    /// <param name="words">The words of a name.</param>
    /// <returns>True when one is.</returns>
    public bool SharesSurname(IReadOnlyList<string> words) => _surnames.ContainsKey(words[0]) || _surnames.ContainsKey(words[^1]);

    /// <summary>
    /// The known official a spelling is a variant of: as many words, the same surname (first or last
    /// word), and the other words within two edits ("Sergey Shoigu" for Sergei Shoigu).
    /// </summary>
    /// <param name="words">The words of the spelling.</param>
    /// <returns>The official's id, or null.</returns>
    public string? CloseOfficial(IReadOnlyList<string> words)
    {
        foreach (var o in Officials)
        {
            var parts = o.Name.Split(' ');
            if (parts.Length != words.Count)
            {
                continue;
            }

            foreach (var surnameFirst in new[] { true, false })
            {
                var same = surnameFirst
                    ? string.Equals(words[0], parts[0], StringComparison.OrdinalIgnoreCase)
                    : string.Equals(words[^1], parts[^1], StringComparison.OrdinalIgnoreCase);
                var a = surnameFirst ? string.Join(" ", words.Skip(1)) : string.Join(" ", words.Take(words.Count - 1));
                var b = surnameFirst ? string.Join(" ", parts.Skip(1)) : string.Join(" ", parts.Take(parts.Length - 1));
                if (same && Slugs.EditDistance(a, b) <= 2)
                {
                    return o.Id;
                }
            }
        }

        return null;
    }

    private static Regex? Alternation(IEnumerable<string> names, RegexOptions options)
    {
        var sorted = names.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).Select(Regex.Escape).ToList();
        return sorted.Count == 0 ? null : new Regex(@"(?<!\w)(?:" + string.Join("|", sorted) + @")(?!\w)", options | RegexOptions.CultureInvariant);
    }
}
