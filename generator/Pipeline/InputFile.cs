using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SinoRussia.Dataset.Generator.Pipeline;

/// <summary>
/// An AdditionalFiles item the generator takes part in: dataset YAML (<c>SinoRussiaDataset="data"</c>),
/// a source document text (<c>SinoRussiaDataset="source"</c>) or, in a consumer's build, the package's
/// own YAML (<c>SinoRussiaDataset="shipped"</c>). Other additional files are ignored and their text is
/// never read.
/// </summary>
internal sealed record InputFile(string Path, string Role, string Text)
{
    public const string RoleMetadata = "build_metadata.AdditionalFiles.SinoRussiaDataset";
    public const string DataRole = "data";
    public const string SourceRole = "source";

    /// <summary>The package's own YAML, added to consumers' builds to check their data against.</summary>
    public const string ShippedRole = "shipped";

    public static InputFile? Classify(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
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
        return new InputFile(file.Path, role, source?.ToString() ?? string.Empty)
        {
            Unreadable = source is null,
            ForeignEncoding = source?.Encoding is { } encoding && !IsUnicode(encoding) ? encoding.WebName : null,
        };
    }

    /// <summary>The compiler could not read the file.</summary>
    public bool Unreadable { get; init; }

    /// <summary>
    /// The encoding the compiler fell back to when the bytes were not valid UTF-8 (it then decodes
    /// with a legacy code page, silently); null for UTF-8 (or UTF-16/32 with a byte order mark).
    /// </summary>
    public string? ForeignEncoding { get; init; }

    private static bool IsUnicode(System.Text.Encoding encoding)
        => encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001;

    public string FileName => Model.PathText.FileName(Path);
}
