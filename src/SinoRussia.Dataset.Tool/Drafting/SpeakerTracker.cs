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

    /// <summary>Finds each sentence's attributions and resolves every speaker, pronoun and role, in order.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="masked">The text with quoted words hidden.</param>
    /// <param name="sentences">The headline and the body's sentences, in order.</param>
    public void Walk(string text, string masked, IReadOnlyList<Sentence> sentences)
    {
        foreach (var s in sentences)
        {
            s.Attributions.AddRange(AttributionFinder.Find(masked, s, _mentions));
            var narrated = s.Attributions.Count == 0 ? AttributionFinder.NamedSubject(text, s, _mentions) : null;
            foreach (var m in _mentions.Where(x => x.IsIn(s)))
            {
                switch (m.Kind)
                {
                    case MentionKind.Pronoun:
                        m.Resolved = _latest;
                        break;
                    case MentionKind.Role:
                        m.Resolved = ResolveRole(m);
                        break;
                    case MentionKind.PluralRole:
                        m.Officials = ResolvePlural(m);
                        break;
                }

                var attribution = s.Attributions.FirstOrDefault(a => ReferenceEquals(a.Mention, m));
                if (attribution is not null)
                {
                    attribution.Speaker = m.OfficialId;
                    _latest = attribution.Speaker ?? _latest;
                }
                else if (m.Kind == MentionKind.Name && narrated is not null && narrated == m.Official && !m.InQuotation)
                {
                    _latest = m.Official;
                    narrated = null;
                }
            }
        }
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
