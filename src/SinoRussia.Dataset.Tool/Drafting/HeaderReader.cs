using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>
/// Reads what an article's header and footer state: a "date 2025-12-02" export header, a dateline
/// ("MOSCOW, December 2. /TASS/."), an "Updated: February 28, 2025 21:14" stamp, a byline
/// ("08:14, October 31, 2024 By Zhang Yunbi ( China Daily"), a time zone ("(UTC+04:00)"), a ministry's
/// name over two lines, a headline, and a footer naming the publisher ("Follow us on Twitter @AzerNewsAz").
/// </summary>
internal static class HeaderReader
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private static readonly string Month = Vocabulary.MonthPattern;
    private static readonly Regex DateHeader = new(@"^\s*date ([0-9]{4})-([0-9]{2})-([0-9]{2})\b\s*", Options);
    private static readonly Regex StampDayMonth = new(@"^([0-9]{1,2}) (" + Month + @") ([0-9]{4})(?:\s+([0-9]{1,2}):([0-9]{2}))?"
        + @"(?:\s*\((?:UTC|GMT)\s*([+-])([0-9]{1,2})(?::?([0-9]{2}))?\))?\s*$", Options);
    private static readonly Regex DatelinePattern = new(@"^([A-Z][A-Z.'’ -]*[A-Z]),\s+(" + Month + @")\s+([0-9]{1,2})\s*[.,]?\s*"
        + @"(?:/([^/\n]{1,40})/\.?|\(([^)\n]{1,40})\)\s*(?:--|—|–|-))?\s*", Options);
    private static readonly Regex Updated = new(@"^\s*(?:Updated|Published|Posted|Last updated)\s*:\s*(" + Month
        + @")\s+([0-9]{1,2}),\s*([0-9]{4})(?:,?\s+([0-9]{1,2}):([0-9]{2}))?\s*$", Options);
    private static readonly Regex TimeFirst = new(@"^\s*([0-9]{1,2}):([0-9]{2}),\s*(" + Month + @")\s+([0-9]{1,2}),\s*([0-9]{4})"
        + @"(?:\s+By\s+(.+?)\s*(?:\(\s*([^)]*?)\s*\)?)?)?\s*$", Options);
    private static readonly Regex PublisherLine = new(@"^\s*((?:Ministry|Embassy|Permanent Mission|Consulate General|Office|Department) of [^\n]+?)\s*$", Options);
    private static readonly Regex CountryLine = new(@"^\s*(The [A-Z][^\n]+?)\s*$", Options);
    private static readonly Regex FooterEditor = new(@"^\s*\((?:Web editor|Editor|Editors?):[^)]*\)\s*$", Options);
    private static readonly Regex FooterFollow = new(@"^\s*Follow us on (?:Twitter|X|Facebook|Telegram)\s+@(\w+)\s*$", Options);
    private static readonly Regex FooterRule = new(@"^\s*-{3,}\s*$", Options);
    private static readonly Regex FooterRelated = new(@"^\s*(?:Related Posts|Related News|Related Articles)\s*$", Options);

    /// <summary>Reads the header, the footer and where the body is.</summary>
    /// <param name="article">The article.</param>
    /// <returns>What the header states.</returns>
    public static ArticleHeader Read(ArticleText article)
    {
        var text = article.Text;
        var header = new ArticleHeader();
        var todos = new List<DraftTodoEntry>();
        var bodyLines = new List<(int Start, int End)>();
        var lines = article.Lines().Where(l => text[l.Start..l.End].Trim().Length > 0).ToList();
        lines = lines.Take(FooterStart(article, lines, ref header, todos)).ToList();

        var i = 0;
        (int Index, int Offset)? bodyStart = null;
        var headerSeen = false;
        var publisherLines = false;
        while (i < lines.Count)
        {
            var (s, e) = lines[i];
            var t = text[s..e];
            var offset = s;
            var consumed = false;
            var m = DateHeader.Match(t);
            if (m.Success)
            {
                header = header with { Published = Date(Number(m.Groups[1]), Number(m.Groups[2]), Number(m.Groups[3])) };
                offset += m.Length;
                t = text[offset..e];
                consumed = true;
            }

            m = StampDayMonth.Match(t);
            if (m.Success)
            {
                header = header with { Published = header.Published ?? Date(Number(m.Groups[3]), Vocabulary.MonthNumber(m.Groups[2].Value), Number(m.Groups[1])) };
                if (m.Groups[4].Success)
                {
                    header = header with { PublishedTime = Time(m.Groups[4], m.Groups[5]) };
                }

                if (m.Groups[6].Success)
                {
                    header = header with { TimeZone = "UTC" + m.Groups[6].Value + Number(m.Groups[7]).ToString("00", CultureInfo.InvariantCulture) + ":"
                        + (m.Groups[8].Success ? m.Groups[8].Value : "00") };
                }

                offset = e;
                t = string.Empty;
                consumed = true;
            }

            m = DatelinePattern.Match(t);
            if (m.Success && (consumed || i == 0 || headerSeen))
            {
                header = header with
                {
                    Dateline = TitleCaseCity(m.Groups[1].Value),
                    DatelineText = m.Groups[1].Value + ", " + m.Groups[2].Value + " " + m.Groups[3].Value,
                    DatelineMonth = Vocabulary.MonthNumber(m.Groups[2].Value),
                    DatelineDay = Number(m.Groups[3]),
                };
                var tag = m.Groups[4].Success ? m.Groups[4].Value : m.Groups[5].Success ? m.Groups[5].Value : null;
                if (tag is not null)
                {
                    SetPublisher(ref header, tag.Trim());
                }

                offset += m.Length;
                t = text[offset..e];
                consumed = true;
            }

            m = Updated.Match(t);
            if (m.Success)
            {
                header = header with { Published = Date(Number(m.Groups[3]), Vocabulary.MonthNumber(m.Groups[1].Value), Number(m.Groups[2])) };
                if (m.Groups[4].Success)
                {
                    header = header with { PublishedTime = Time(m.Groups[4], m.Groups[5]) };
                }

                todos.Add(new DraftTodoEntry(article.LineOf(s), null, new DraftTodo(Keys.Published, $"the date and time are the page's '{t.Trim().Split(':')[0]}' stamp, which may be later than first publication")));
                offset = e;
                t = string.Empty;
                consumed = true;
            }

            m = TimeFirst.Match(t);
            if (m.Success)
            {
                header = header with
                {
                    Published = Date(Number(m.Groups[5]), Vocabulary.MonthNumber(m.Groups[3].Value), Number(m.Groups[4])),
                    PublishedTime = Time(m.Groups[1], m.Groups[2]),
                };
                if (m.Groups[6].Success)
                {
                    header = header with { Author = m.Groups[6].Value.Trim() };
                }

                if (m.Groups[7].Success)
                {
                    SetPublisher(ref header, m.Groups[7].Value.Trim());
                }

                offset = e;
                t = string.Empty;
                consumed = true;
            }

            var publisherLine = PublisherLine.Match(t);
            if (!consumed && header.Publisher is null && publisherLine.Success)
            {
                var name = publisherLine.Groups[1].Value;
                var country = i + 1 < lines.Count ? CountryLine.Match(text[lines[i + 1].Start..lines[i + 1].End]) : Match.Empty;
                if (country.Success)
                {
                    var value = country.Groups[1].Value;
                    name += " of " + char.ToLowerInvariant(value[0]) + value[1..];
                    i++;
                }

                SetPublisher(ref header, name);
                publisherLines = true;
                headerSeen = true;
                i++;
                continue;
            }

            if (consumed)
            {
                headerSeen = true;
                var rest = text[offset..e];
                if (rest.Trim().Length > 0)
                {
                    bodyStart = (i, offset + (rest.Length - rest.TrimStart().Length));
                    break;
                }

                i++;
                continue;
            }

            // Not a header line: the headline (once, before the body) or the body's first paragraph.
            if (header.Title is null && (i == 0 || publisherLines) && t.Trim().Length <= 200
                && !t.Contains('"', StringComparison.Ordinal) && !t.Contains('“', StringComparison.Ordinal) && i + 1 < lines.Count)
            {
                var next = text[lines[i + 1].Start..lines[i + 1].End];
                var stamped = Updated.IsMatch(next) || TimeFirst.IsMatch(next) || DateHeader.IsMatch(next);
                header = header with { Title = t.Trim(), TitleRegion = (s + (t.Length - t.TrimStart().Length), e - (t.Length - t.TrimEnd().Length)) };
                if (!stamped && !publisherLines)
                {
                    todos.Add(new DraftTodoEntry(article.LineOf(s), null, new DraftTodo(Keys.Title, "the first line is taken as the title: check that it is the headline")));
                }

                i++;
                continue;
            }

            bodyStart = (i, s);
            break;
        }

        if (bodyStart is { } body)
        {
            bodyLines.Add((body.Offset, lines[body.Index].End));
            bodyLines.AddRange(lines.Skip(body.Index + 1));
        }

        if (header.Publisher is not null && header.PublisherSlug is null)
        {
            todos.Add(new DraftTodoEntry(0, null, new DraftTodo(Keys.Id, $"publisher '{header.Publisher}' is not a known publisher: check the source id")));
        }

        if (header.Published is null)
        {
            todos.Add(new DraftTodoEntry(0, null, new DraftTodo(Keys.Published, "the text states no publication date: relative dates are left unresolved")));
        }

        if (header.Publisher is null)
        {
            todos.Add(new DraftTodoEntry(0, null, new DraftTodo(Keys.Publisher, "the text names no publisher: the source id is a placeholder")));
        }

        return header with { Body = bodyLines, Todos = todos };
    }

    /// <summary>How many of the non-blank lines are the article's: footer lines (the page's) are counted off the end.</summary>
    private static int FooterStart(ArticleText article, List<(int Start, int End)> lines, ref ArticleHeader header, List<DraftTodoEntry> todos)
    {
        var end = lines.Count;
        while (end > 0)
        {
            var (s, e) = lines[end - 1];
            var t = article.Text[s..e];
            var follow = FooterFollow.Match(t);
            if (follow.Success)
            {
                if (Gazetteer.Publisher(follow.Groups[1].Value) is { } publisher)
                {
                    header = header with { Publisher = publisher.Name, PublisherSlug = publisher.Slug };
                    todos.Add(new DraftTodoEntry(article.LineOf(s), null, new DraftTodo(Keys.Publisher, $"publisher: read from the footer '{t.Trim()}', not stated as the publisher; say so in notes")));
                }
                else
                {
                    todos.Add(new DraftTodoEntry(article.LineOf(s), null, new DraftTodo(Keys.Publisher, $"the footer '{t.Trim()}' may name the publisher: check")));
                }

                end--;
            }
            else if (FooterEditor.IsMatch(t) || FooterRule.IsMatch(t) || FooterRelated.IsMatch(t))
            {
                end--;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static void SetPublisher(ref ArticleHeader header, string name)
    {
        if (Gazetteer.Publisher(name) is { } publisher)
        {
            header = header with { Publisher = publisher.Name, PublisherSlug = publisher.Slug };
        }
        else
        {
            header = header with { Publisher = name, PublisherSlug = null };
        }
    }

    private static int Number(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Time(Group hour, Group minute) => Number(hour).ToString("00", CultureInfo.InvariantCulture) + ":" + minute.Value;

    /// <summary>A date, or null for a day that does not exist.</summary>
    private static DateOnly? Date(int year, int month, int day)
        => year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static string TitleCaseCity(string city)
        => string.Join(" ", city.Split(' ').Select(w => w.Any(char.IsLetter) && w.All(c => !char.IsLetter(c) || char.IsUpper(c))
            ? w[..1] + w[1..].ToLowerInvariant()
            : w));
}
