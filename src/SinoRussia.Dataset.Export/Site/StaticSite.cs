using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// Writes a dataset as a static website: plain HTML, one stylesheet and one small script, no server.
/// The folder opens from <c>file://</c> and from any static host. Pages: <c>index.html</c> (the
/// timeline, each marker a link, and a sortable, filterable meetings table), <c>meetings/ID.html</c>,
/// <c>officials/ID.html</c>, <c>sources/ID.html</c> and <c>quotes.html</c> (searchable); a JSON file
/// per page type in <c>json/</c>. Everything reads without JavaScript except searching and filtering.
/// </summary>
public static class StaticSite
{
    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the site of <paramref name="dataset"/> into <paramref name="directory"/>.</summary>
    /// <param name="dataset">The dataset, such as <see cref="SinoRussiaDataset.Shipped"/> or a project's <c>ExtendedDataset.Current</c>.</param>
    /// <param name="directory">The folder; created if missing. Files of the same names are replaced; others are left alone.</param>
    /// <param name="sourcesDirectory">A folder holding the source documents' texts (each <see cref="Source.File"/>), such as the
    /// repository's <c>data/sources/</c>: each source page then shows its document with every quote highlighted. Null: no texts.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The paths written.</returns>
    /// <exception cref="InvalidOperationException">An id is not a safe file name (ASCII letters, digits, '-', '_', '.').</exception>
    public static async Task<IReadOnlyList<string>> WriteAsync(SinoRussiaDataset dataset, string directory, string? sourcesDirectory = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(directory);
        var meetings = dataset.Meetings.OrderBy(m => m.Date).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
        var lastYear = meetings.Count == 0 ? 2000 : meetings.Max(m => m.Date.Latest.Year);
        var files = new List<(string Path, string Text)>
        {
            (SiteUrls.Index, IndexPage.Render(dataset, meetings)),
            (SiteUrls.Quotes, QuotesPage.Render(dataset)),
            (SiteUrls.Stylesheet, SiteAssets.Read("site.css")),
            (SiteUrls.Script, SiteAssets.Read("site.js")),
        };
        files.AddRange(meetings.Select(m => (SiteUrls.Meeting(m), MeetingPage.Render(dataset, m))));
        files.AddRange(dataset.Officials.Select(o => (SiteUrls.Official(o), OfficialPage.Render(dataset, o, lastYear))));
        files.AddRange(dataset.Sources.Select(s => (SiteUrls.Source(s), SourcePage.Render(dataset, s, sourcesDirectory))));
        files.AddRange(SiteJson.Build(dataset, meetings).Select(j => (SiteUrls.Json(j.Key), j.Value)));

        var written = new List<string>();
        foreach (var (url, text) in files)
        {
            var path = Path.Combine(directory, url.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, text, Utf8NoBom, cancellationToken).ConfigureAwait(false);
            written.Add(path);
        }

        return written;
    }
}
