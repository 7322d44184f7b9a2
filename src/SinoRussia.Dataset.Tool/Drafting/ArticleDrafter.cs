using System;
using System.Collections.Generic;
using System.Linq;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>
/// Drafts YAML records from a plain-text news article: the source record (only what the text states),
/// every quotation as a direct quote and every attributed statement as a reported quote (each with the
/// speaker its attribution names), the meetings it reports, the new officials and spellings it
/// introduces, and a TODO wherever a person must decide. Nothing is guessed and passed off as fact.
/// </summary>
internal static class ArticleDrafter
{
    /// <summary>Drafts the records of one article.</summary>
    /// <param name="text">The article's text (any line endings).</param>
    /// <param name="fileName">The article's file name, for the source record.</param>
    /// <param name="officials">The known officials, by whose names and aliases speakers are recognised.</param>
    /// <returns>The draft.</returns>
    public static Draft Draft(string text, string fileName, IReadOnlyList<KnownOfficial> officials)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(officials);
        var article = new ArticleText(text);
        var header = HeaderReader.Read(article);
        var (quotations, unpaired) = QuotationFinder.Find(article, header.Body);
        var sourceTodos = header.Todos.Concat(unpaired).ToList();
        var sentences = SentenceSplitter.Split(article.Text, header.Body, quotations);
        var all = new List<Sentence>();
        var regions = new List<(int Start, int End)>();
        if (header.TitleRegion is { } title)
        {
            all.Add(new Sentence(title.Start, title.End, -1, IsTitle: true));
            regions.Add(title);
        }

        all.AddRange(sentences);
        regions.AddRange(header.Body);

        var names = MentionFinder.Find(article.Text, regions, new NameIndex(officials), quotations, all);
        if (names.Proposed.Count > 0)
        {
            // The surnames of the new officials stand for them too ("Petrov said").
            var extended = officials.Concat(names.Proposed.Select(p => p.AsOfficial())).ToList();
            names = MentionFinder.Find(article.Text, regions, new NameIndex(extended), quotations, all) with { Proposed = names.Proposed };
        }

        var countries = officials.Select(o => (o.Id, Country: (string?)o.Country))
            .Concat(names.Proposed.Select(p => (p.Id, p.Country)))
            .GroupBy(o => o.Id)
            .ToDictionary(g => g.Key, g => g.First().Country);
        var masked = AttributionFinder.Masked(article.Text, quotations);
        var walked = new SpeakerTracker(names.Mentions, countries).Walk(article.Text, masked, all);
        names = names with { Mentions = walked.Mentions };
        var body = walked.Sentences.Where(s => !s.IsTitle).ToList();

        var quotes = DirectQuotes.Draft(article, body, quotations).OrderBy(q => q.Start)
            .Concat(ReportedStatements.Draft(article, body, quotations, names.Mentions).OrderBy(q => q.Start))
            .ToList();
        var meetings = MeetingDrafter.Find(article, header, walked.Sentences, names.Mentions, quotations);
        return DraftAssembler.Assemble(article, fileName, header, sourceTodos, officials, names, quotes, meetings);
    }
}
