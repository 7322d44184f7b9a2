using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SinoRussia.Dataset.Generator.Pipeline;

/// <summary>
/// An AdditionalFiles item the generator takes part in: dataset YAML (<c>SinoRussiaDataset="data"</c>)
/// or a source document text (<c>SinoRussiaDataset="source"</c>). Other additional files are ignored
/// and their text is never read.
/// </summary>
internal sealed record InputFile(string Path, string Role, string Text)
{
    public const string RoleMetadata = "build_metadata.AdditionalFiles.SinoRussiaDataset";
    public const string DataRole = "data";
    public const string SourceRole = "source";

    public static InputFile? Classify(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        if (!options.TryGetValue(RoleMetadata, out var role))
        {
            return null;
        }

        role = role.Trim().ToLowerInvariant();
        if (role != DataRole && role != SourceRole)
        {
            return null;
        }

        // A file the compiler cannot read yields null text: keep it as empty text so that it fails
        // the build with a diagnostic instead of vanishing.
        var text = file.GetText(cancellationToken)?.ToString();
        return new InputFile(file.Path, role, text ?? string.Empty)
        {
            Unreadable = text is null,
        };
    }

    /// <summary>The compiler could not read the file.</summary>
    public bool Unreadable { get; init; }

    public string FileName
    {
        get
        {
            var slash = System.Math.Max(Path.LastIndexOf('/'), Path.LastIndexOf('\\'));
            return slash >= 0 ? Path.Substring(slash + 1) : Path;
        }
    }
}
