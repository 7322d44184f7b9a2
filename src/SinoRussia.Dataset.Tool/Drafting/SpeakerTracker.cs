using System;
using System.Collections.Generic;
using System.Linq;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>
/// Walks the sentences in order and resolves who each attribution, pronoun and role phrase stands for:
/// a pronoun is the latest speaker (the subject of the latest attribution, or of a sentence of
/// narration that opens with a name); a role phrase is the official the article gives that title, or
/// the latest speaker or latest named official of the country it names.
/// </summary>
internal sealed class SpeakerTracker
{
    private readonly IReadOnlyList<Mention> _mentions;
    private readonly IReadOnlyDictionary<string, string?> _countries;
    private readonly Dictionary<string, SortedSet<string>> _titles = new(StringComparer.Ordinal);
    private string? _latest;

    /// <summary>Prepares the walk.</summary>
    /// <param name="mentions">Every mention of the article.</param>
    /// <param name="countries">The country of every official, known and proposed.</param>
    public SpeakerTracker(IReadOnlyList<Mention> mentions, IReadOnlyDictionary<string, string?> countries)
    {
        _mentions = mentions;
        _countries = countries;
        foreach (var m in mentions.Where(x => x.Kind == MentionKind.Name && x.Title is not null && x.Official is not null))
        {
            var title = m.Title!.ToLowerInvariant();
            var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var key in new[] { title, string.Join(" ", words.Skip(Math.Max(0, words.Length - 2))) })
            {
                if (!_titles.TryGetValue(key, out var ids))
                {
                    _titles[key] = ids = new SortedSet<string>(StringComparer.Ordinal);
                }

                ids.Add(m.Official!);
            }
        }
    }

    /// <summary>
    /// Walks the sentences in order: finds each one's attributions and resolves each pronoun and role
    /// phrase to the speaker last named (or the official its title names). Returns the sentences with
    /// their attributions (each with its speaker) and the mentions with what each stands for; what it was
    /// given is left as it was.
    /// </summary>
    /// <param name="text">The article's text.</param>
    /// <param name="masked">The text with quotations masked (attributions are looked for outside them).</param>
    /// <param name="sentences">The sentences, in order.</param>
    /// <returns>The resolved sentences and mentions.</returns>
    public SpeakerResolution Walk(string text, string masked, IReadOnlyList<Sentence> sentences)
    {
        var resolved = new Dictionary<Mention, Mention>(ReferenceEqualityComparer.Instance);
        var walked = new List<Sentence>(sentences.Count);
        foreach (var s in sentences)
        {
            var found = AttributionFinder.Find(masked, s, _mentions);
            var narrated = found.Count == 0 ? AttributionFinder.NamedSubject(text, s, _mentions) : null;
            var attributions = found.ToArray();
            foreach (var m in _mentions.Where(x => x.IsIn(s)))
            {
                var r = m.Kind switch
                {
                    MentionKind.Pronoun => m with { Resolved = _latest },
                    MentionKind.Role => m with { Resolved = ResolveRole(m) },
                    MentionKind.PluralRole => m with { Officials = ResolvePlural(m) },
                    _ => m,
                };
                resolved[m] = r;

                var at = Array.FindIndex(attributions, a => ReferenceEquals(a.Mention, m));
                if (at >= 0)
                {
                    attributions[at] = attributions[at] with { Mention = r, Speaker = r.OfficialId };
                    _latest = r.OfficialId ?? _latest;
                }
                else if (m.Kind == MentionKind.Name && narrated is not null && narrated == m.Official && !m.InQuotation)
                {
                    _latest = m.Official;
                    narrated = null;
                }
            }

            walked.Add(s with { Attributions = attributions });
        }

        return new SpeakerResolution(walked, _mentions.Select(m => resolved.TryGetValue(m, out var r) ? r : m).ToList());
    }

    private string? ResolveRole(Mention m)
    {
        var prefix = m.Country switch { "CN" => "chinese ", "RU" => "russian ", _ => string.Empty };
        if (_titles.TryGetValue((prefix + m.Role).Trim(), out var titled) && titled.Count == 1)
        {
            return titled.Min;
        }

        if (m.Country is null)
        {
            return _latest;
        }

        if (_latest is not null && CountryOf(_latest) == m.Country)
        {
            return _latest;
        }

        return _mentions.LastOrDefault(x => x.Kind == MentionKind.Name && !x.InQuotation && x.Start < m.Start && x.Official is not null
            && CountryOf(x.Official) == m.Country)?.Official;
    }

    private IReadOnlyList<string>? ResolvePlural(Mention m)
    {
        var countries = m.Countries.Count > 0 ? m.Countries : new[] { "CN", "RU" };
        var chosen = new List<string>();
        foreach (var country in countries)
        {
            var candidates = _titles
                .Where(t => t.Key.Contains("president", StringComparison.Ordinal) || t.Key.Contains("leader", StringComparison.Ordinal)
                    || t.Key.Contains("head of state", StringComparison.Ordinal))
                .SelectMany(t => t.Value)
                .Where(id => CountryOf(id) == country)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (candidates.Count == 1)
            {
                chosen.Add(candidates[0]);
            }
        }

        return chosen.Count == countries.Count ? chosen : null;
    }

    private string? CountryOf(string id) => _countries.TryGetValue(id, out var country) ? country : null;
}

/// <summary>What the speaker tracker returns: the sentences with their attributions and the mentions with what each stands for.</summary>
/// <param name="Sentences">The sentences, in order, each with its attributions.</param>
/// <param name="Mentions">Every mention, in order, pronouns and role phrases resolved.</param>
internal sealed record SpeakerResolution(IReadOnlyList<Sentence> Sentences, IReadOnlyList<Mention> Mentions);
