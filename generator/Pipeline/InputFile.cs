using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SinoRussia.Dataset.Generator.Diagnostics;
using SinoRussia.Dataset.Generator.Model;
using SinoRussia.Dataset.Generator.Parsing;

namespace SinoRussia.Dataset.Generator.Pipeline;

/// <summary>
/// An AdditionalFiles item the generator takes part in: dataset YAML (<c>SinoRussiaDataset="data"</c>),
/// a source document text (<c>SinoRussiaDataset="source"</c>) or, in a consumer's build, the package's
/// own YAML (<c>SinoRussiaDataset="shipped"</c>). Other additional files are ignored and their text is
/// never read. A YAML file is cut into pieces of its top-level lists' items (<see cref="ChunkCutter"/>),
/// each read in a step of its own so that an edit reads again only its piece; the pieces hold the text
/// (docs/performance.md). A file that cannot be cut is parsed in this step, so that the pipeline keeps
/// its records and not its text. A source text is kept, for the verbatim checks.
/// </summary>
internal sealed record InputFile(string Path, string Role, FileChunks? Data, SourceDocument? Document)
{
    public const string RoleMetadata = "build_metadata.AdditionalFiles.SinoRussiaDataset";
    public const string DataRole = "data";
    public const string SourceRole = "source";

    /// <summary>The package's own YAML, added to consumers' builds to check their data against.</summary>
    public const string ShippedRole = "shipped";

    /// <summary>The file's role and content (its pieces or parsed records, or a source text), or null when the generator takes no part in it.</summary>
    public static InputFile? Read(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        if (!options.TryGetValue(RoleMetadata, out var role))
        {
            return null;
        }

        role = role.Trim().ToLowerInvariant();
        if (role != DataRole && role != SourceRole && role != ShippedRole)
        {
            return null;
        }

        // A file the compiler cannot read yields null text: keep it as empty text so that it fails
        // the build with a diagnostic instead of vanishing.
        var source = file.GetText(cancellationToken);
        var text = source?.ToString() ?? string.Empty;
        var foreignEncoding = source?.Encoding is { } encoding && !IsUnicode(encoding) ? encoding.WebName : null;
        var problem = Problem(file.Path, text, unreadable: source is null, foreignEncoding);
        if (role == SourceRole)
        {
            return new InputFile(file.Path, role, null, new SourceDocument(PathText.FileName(file.Path), text, problem));
        }

        var shipped = role == ShippedRole;
        var data = problem is not null
            ? FileChunks.Of(ParsedFile.Failed(file.Path, shipped, problem))
            : ChunkCutter.Cut(file.Path, shipped, text, cancellationToken) ?? FileChunks.Of(YamlDatasetParser.Parse(file.Path, text, shipped, cancellationToken));
        return new InputFile(file.Path, role, data, null);
    }

    /// <summary>Why a file cannot be used as it is: unreadable, or not UTF-8. Null when it can.</summary>
    private static DiagnosticInfo? Problem(string path, string text, bool unreadable, string? foreignEncoding)
    {
        if (unreadable)
        {
            return DiagnosticInfo.Create(DiagnosticDescriptors.UnexpectedFailure, YamlSpan.StartOf(path), path, "the file could not be read");
        }

        if (foreignEncoding is not null)
        {
            return DiagnosticInfo.Create(DiagnosticDescriptors.NotUtf8, YamlSpan.StartOf(path), path, "it was read as " + foreignEncoding);
        }

        // The compiler decodes invalid UTF-8 bytes of an additional file to U+FFFD without a word.
        var replacement = text.IndexOf('\uFFFD');
        if (replacement < 0)
        {
            return null;
        }

        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < replacement; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var span = new YamlSpan(path, replacement, replacement + 1, line, replacement - lineStart, line, replacement - lineStart + 1);
        return DiagnosticInfo.Create(DiagnosticDescriptors.NotUtf8, span, path,
            "it holds U+FFFD, the character that bytes which are not UTF-8 are decoded to");
    }

    private static bool IsUnicode(System.Text.Encoding encoding)
        => encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001;
}
