using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>
/// The meetings of an article: each sentence's triggers, each date phrase and place given to the
/// nearest trigger, a summit's date and place for a meeting "on the sidelines of the summit", the
/// dateline's date and city for a meeting the narration reports without either, and one meeting for
/// the reports of the same meeting.
/// </summary>
internal static class MeetingDrafter
{
    private static readonly Regex EventReference = new(@"\b(?:on the sidelines of|at|during) the (summit|forum|conference)\b", RegexOptions.CultureInvariant);

    /// <summary>Drafts the meetings.</summary>
    /// <param name="article">The article.</param>
    /// <param name="header">Its header (publication date, dateline).</param>
    /// <param name="sentences">The headline and the body's sentences.</param>
    /// <param name="mentions">Every mention.</param>
    /// <param name="quotations">The quotations.</param>
    /// <returns>The meetings, merged, in order.</returns>
    public static List<MeetingCandidate> Find(ArticleText article, ArticleHeader header, IReadOnlyList<Sentence> sentences,
        IReadOnlyList<Mention> mentions, IReadOnlyList<Quotation> quotations)
    {
        var text = article.Text;
        bool InQuotation(int position) => Quotation.AnyContains(quotations, position);
        var meetings = new List<MeetingCandidate>();
        for (var si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            var triggers = MeetingFinder.Triggers(text, s, mentions, InQuotation);
            if (triggers.Count == 0)
            {
                continue;
            }

            var dated = new Dictionary<int, List<DatePhrase>>();
            foreach (var phrase in DatePhrases.Find(text, s.Start, s.End))
            {
                var candidates = Enumerable.Range(0, triggers.Count).Where(j => triggers[j].InQuotation == InQuotation(phrase.Start)).ToList();
                if (candidates.Count > 0)
                {
                    Add(dated, candidates.MinBy(j => Distance(phrase.Start, phrase.End, triggers[j])), phrase);
                }
            }

            var placed = new Dictionary<int, List<(int Start, int End, DraftPlace Place)>>();
            foreach (var place in PlaceFinder.Find(text, s.Start, s.End))
            {
                var candidates = Enumerable.Range(0, triggers.Count).Where(j => triggers[j].InQuotation == InQuotation(place.Start)).ToList();
                if (candidates.Count > 0)
                {
                    Add(placed, candidates.MinBy(j => (Distance(place.Start, place.End, triggers[j]), place.Start < triggers[j].Start)), place);
                }
            }

            for (var k = 0; k < triggers.Count; k++)
            {
                var trigger = triggers[k];
                var meeting = MeetingCandidate.From(trigger, article.LineOf(trigger.Start));
                if (dated.TryGetValue(k, out var phrases))
                {
                    var phrase = phrases.MinBy(p => Distance(p.Start, p.End, trigger))!;
                    var (date, reason) = DateResolver.Resolve(phrase, header.Published);
                    meeting = meeting with { Date = date, DateTodo = reason };
                }

                if (trigger.City is not null)
                {
                    meeting = meeting with { Place = PlaceFinder.City(trigger.City) };
                }
                else if (placed.TryGetValue(k, out var places))
                {
                    meeting = meeting with { Place = places.MinBy(p => Distance(p.Start, p.End, trigger)).Place };
                }

                if ((meeting.Date is null && meeting.DateTodo is null) || meeting.Place is null)
                {
                    meeting = LinkEvent(article, header, sentences, si, meeting);
                }

                meetings.Add(meeting);
            }
        }

        return MeetingMerger.Merge(ApplyDateline(header, meetings));
    }

    private static void Add<T>(Dictionary<int, List<T>> map, int key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = new List<T>();
        }

        list.Add(value);
    }

    private static int Distance(int start, int end, MeetingTrigger trigger)
        => start < trigger.End && trigger.Start < end ? 0 : Math.Min(Math.Abs(start - trigger.End), Math.Abs(trigger.Start - end));

    /// <summary>"on the sidelines of the summit": the date and place of the summit a sentence before names.</summary>
    private static MeetingCandidate LinkEvent(ArticleText article, ArticleHeader header, IReadOnlyList<Sentence> sentences, int index, MeetingCandidate meeting)
    {
        var text = article.Text;
        var s = sentences[index];
        var reference = ArticleText.MatchesIn(EventReference, text, s.Start, s.End).FirstOrDefault();
        if (reference is null)
        {
            return meeting;
        }

        var word = reference.Groups[1].Value;
        var named = new Regex(@"\b" + char.ToUpperInvariant(word[0]) + word[1..] + @"\b", RegexOptions.CultureInvariant);
        for (var back = index - 1; back >= 0 && back >= index - 3; back--)
        {
            var previous = sentences[back];
            if (!named.IsMatch(text[previous.Start..previous.End]))
            {
                continue;
            }

            if (meeting.Date is null && meeting.DateTodo is null)
            {
                var phrases = DatePhrases.Find(text, previous.Start, previous.End);
                if (phrases.Count > 0)
                {
                    var (date, reason) = DateResolver.Resolve(phrases[^1], header.Published);
                    meeting = meeting with
                    {
                        Date = date is null ? null : date with
                        {
                            Note = $"the {word} the meeting was on the sidelines of (line {article.LineOf(previous.Start)}): {date.Note}",
                        },
                        DateTodo = reason,
                    };
                }
            }

            if (meeting.Place is null)
            {
                var places = PlaceFinder.Find(text, previous.Start, previous.End);
                if (places.Count > 0)
                {
                    meeting = meeting with { Place = places[0].Place };
                }
            }

            return meeting;
        }

        return meeting;
    }

    /// <summary>A meeting the narration reports without a date or a place takes the dateline's (basis: dateline), with a TODO.</summary>
    private static List<MeetingCandidate> ApplyDateline(ArticleHeader header, List<MeetingCandidate> meetings)
    {
        var dateline = header.Dateline;
        if (dateline is null || header.Published is not { } published
            || published.Month != header.DatelineMonth || published.Day != header.DatelineDay)
        {
            return meetings;
        }

        return meetings.Select(meeting =>
        {
            if (meeting.InQuotation)
            {
                return meeting;
            }

            if (meeting.Date is null && meeting.DateTodo is null)
            {
                meeting = meeting with
                {
                    Date = new DraftDate(published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), DatePrecision.Day, FactBasis.Dateline,
                        $"The text carries the dateline '{header.DatelineText}' and states no date of its own for the meeting."),
                    Todos = meeting.Todos.Append(new DraftTodo(Keys.Date, "the date is the dateline's: check that the meeting took place that day")).ToList(),
                };
            }

            if (meeting.Place is null && Gazetteer.Cities.TryGetValue(dateline, out var country))
            {
                meeting = meeting with { Place = new DraftPlace(dateline, country, null, FactBasis.Dateline, null) };
            }

            return meeting;
        }).ToList();
    }
}
