using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SinoRussia.Dataset.Generator.Diagnostics;
using SinoRussia.Dataset.Generator.Model;

namespace SinoRussia.Dataset.Generator.Validation;

/// <summary>
/// What the per-file checks need from outside their file to check quotes and outcomes verbatim: each
/// source's document text (normalised once), found by the source's id, and which documents were given.
/// Built from the sources of every file and the documents; an edit of a meeting or quote leaves it
/// equal, so the other files' checks stay cached.
/// </summary>
internal sealed record SourceTextIndex(EquatableArray<CitableSource> Sources, EquatableArray<string> DocumentNames, EquatableArray<DiagnosticInfo> Problems)
{
    public static readonly SourceTextIndex Empty = new(EquatableArray<CitableSource>.Empty, EquatableArray<string>.Empty, EquatableArray<DiagnosticInfo>.Empty);

    /// <summary>
    /// The index of <paramref name="files"/>' sources (the first of an id, shipped files first, as the
    /// duplicate check keeps it) and <paramref name="documents"/> (the first of a file name).
    /// </summary>
    public static SourceTextIndex Build(ImmutableArray<FileSources> files, ImmutableArray<SourceDocument> documents, System.Threading.CancellationToken cancellationToken)
    {
        var texts = new Dictionary<string, string?>(StringComparer.Ordinal);
        var problems = new List<DiagnosticInfo>();
        foreach (var document in documents.OrderBy(d => d.FileName, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (document.Problem is { } problem)
            {
                problems.Add(problem);
                if (!texts.ContainsKey(document.FileName))
                {
                    texts.Add(document.FileName, null); // given, but not usable: the problem says why
                }

                continue;
            }

            if (!texts.TryGetValue(document.FileName, out var earlier) || earlier is null)
            {
                texts[document.FileName] = VerbatimCheck.Normalise(document.Text);
            }
        }

        problems.AddRange(files.Select(f => f.Failure).OfType<DiagnosticInfo>());
        var sources = new Dictionary<string, CitableSource>(StringComparer.Ordinal);
        foreach (var file in DatasetOrder.Of(files, f => f.Path, f => f.Shipped))
        {
            foreach (var source in file.Sources.Where(s => !sources.ContainsKey(s.Id.Value)))
            {
                var name = PathText.FileName(source.File.Value);
                sources.Add(source.Id.Value, new CitableSource(source.Id.Value, source.File.Value, file.Shipped, texts.TryGetValue(name, out var text) ? text : null));
            }
        }

        return new SourceTextIndex(
            sources.Values.OrderBy(s => s.Id, StringComparer.Ordinal).ToEquatableArray(),
            texts.Keys.OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray(),
            problems.ToEquatableArray());
    }

    /// <summary>The sources by id, for one file's checks.</summary>
    public Dictionary<string, CitableSource> ById() => Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);

    /// <summary>Whether a document of this file name was given (usable or not).</summary>
    public bool HasDocument(string fileName) => DocumentNames.Items.BinarySearch(fileName, StringComparer.Ordinal) >= 0;
}

/// <summary>The sources one YAML file defines (usually none): what <see cref="SourceTextIndex"/> is built from, so that an edit of other records leaves it equal.</summary>
internal sealed record FileSources(string Path, bool Shipped, EquatableArray<RawSource> Sources)
{
    /// <summary>SRD0022 when taking the sources failed; the index reports it.</summary>
    public DiagnosticInfo? Failure { get; init; }

    public static FileSources Of(ParsedFile file) => new(file.Path, file.Shipped, file.Sources);
}

/// <summary>A source as a quote or outcome cites it: its file, whether it is shipped, and its normalised text (null when not given or not usable).</summary>
internal sealed record CitableSource(string Id, string File, bool Shipped, string? Text);
