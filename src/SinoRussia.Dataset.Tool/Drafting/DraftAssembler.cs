using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>
/// Puts a draft together: the source record and its id, the meeting records, the quotes with their
/// ids ("&lt;source-id&gt;-d1", "-r1"), each linked to the first meeting the narration reports with its
/// speaker, the proposed officials and aliases, and every TODO with its line.
/// </summary>
internal static class DraftAssembler
{
    /// <summary>Assembles the draft.</summary>
    /// <param name="article">The article.</param>
    /// <param name="fileName">The article's file name.</param>
    /// <param name="header">What its header states.</param>
    /// <param name="sourceTodos">The TODOs of the source record.</param>
    /// <param name="officials">The known officials.</param>
    /// <param name="names">The mentions and what they propose.</param>
    /// <param name="quotes">The direct quotes, then the reported statements.</param>
    /// <param name="meetings">The meetings.</param>
    /// <returns>The draft.</returns>
    public static Draft Assemble(ArticleText article, string fileName, ArticleHeader header, IReadOnlyList<DraftTodoEntry> sourceTodos,
        IReadOnlyList<KnownOfficial> officials, MentionResult names, IReadOnlyList<QuoteCandidate> quotes, IReadOnlyList<MeetingCandidate> meetings)
    {
        var published = header.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var sourceId = header.Publisher is not null && published is not null
            ? (header.PublisherSlug ?? Slugs.Slug(header.Publisher)) + "-" + published
            : "draft-" + Slugs.Slug(Path.GetFileNameWithoutExtension(fileName));
        var everyone = officials.ToDictionary(o => o.Id);
        foreach (var person in names.Proposed)
        {
            everyone.TryAdd(person.Id, person.AsOfficial());
        }

        var todos = sourceTodos.ToList();
        var source = new DraftSource(sourceId, fileName, header.Publisher, header.Title, published, header.PublishedTime, header.TimeZone,
            header.Dateline, header.Author, "en", sourceTodos.ToList());

        var meetingRecords = MeetingAssembler.Assemble(article.Text, meetings, names.Mentions, everyone);
        var principal = meetingRecords.Where(m => !m.InQuotation).ToList();
        var quoteRecords = new List<DraftQuote>();
        var counters = new Dictionary<QuoteKind, int> { [QuoteKind.Direct] = 0, [QuoteKind.Reported] = 0 };
        foreach (var q in quotes)
        {
            counters[q.Kind]++;
            var id = sourceId + "-" + (q.Kind == QuoteKind.Direct ? "d" : "r") + counters[q.Kind].ToString(System.Globalization.CultureInfo.InvariantCulture);
            string? meetingId = null;
            var quoteTodos = q.Todos.ToList();
            if (q.Speaker is { } speaker)
            {
                meetingId = principal.FirstOrDefault(m => m.OfficialIds.Contains(speaker))?.Id;
                if (meetingId is null)
                {
                    quoteTodos.Add(new DraftTodo(Keys.Meeting, $"meeting: no meeting of {speaker} found in the text"));
                }

                if (names.Proposed.Any(p => p.Id == speaker))
                {
                    quoteTodos.Add(new DraftTodo(null, "the speaker is a new official proposed under officials: check the name"));
                }
            }

            quoteRecords.Add(new DraftQuote(id, q.Kind, q.Text, q.Speaker, q.Cue, q.Line, q.Flag, meetingId, quoteTodos));
        }

        var aliases = new List<DraftAlias>();
        foreach (var (officialId, spelling, position) in names.Aliases)
        {
            var official = everyone[officialId];
            if (aliases.Any(a => a.OfficialId == officialId && a.Spelling == spelling)
                || official.Aliases.Append(official.Name).Any(a => string.Equals(a, spelling, System.StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            aliases.Add(new DraftAlias(officialId, spelling, article.LineOf(position)));
        }

        var proposed = names.Proposed.Select(p => new DraftOfficial(p.Id, p.Name, p.Country, article.LineOf(p.Position))).ToList();
        todos.AddRange(quoteRecords.SelectMany(q => q.Todos.Select(t => new DraftTodoEntry(q.Line, $"{q.Kind.ToCode()} {q.Id}", t))));
        todos.AddRange(meetingRecords.SelectMany(m => m.Todos.Select(t => new DraftTodoEntry(m.Line, $"meeting {m.Id}", t))));
        todos.AddRange(proposed.Select(o => new DraftTodoEntry(o.Line, $"new official {o.Id}",
            new DraftTodo(Keys.Positions, "posts from public record" + (o.Country is null ? "; the country is not stated" : string.Empty)))));
        todos.AddRange(aliases.Select(a => new DraftTodoEntry(a.Line, $"official {a.OfficialId}",
            new DraftTodo(Keys.Aliases, $"'{a.Spelling}' is a new spelling: add it to the aliases in data/officials.yaml"))));
        return new Draft(source, quoteRecords, meetingRecords, proposed, aliases, todos);
    }
}
