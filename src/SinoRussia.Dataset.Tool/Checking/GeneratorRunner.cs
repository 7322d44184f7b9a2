using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SinoRussia.Dataset.Generator.Pipeline;

namespace SinoRussia.Dataset.Tool.Checking;

/// <summary>
/// Runs the package's source generator, the very one a build runs, over a set of files: the rules and
/// messages of <c>check</c> are the compiler's because they are the generator's.
/// </summary>
internal static class GeneratorRunner
{
    /// <summary>The namespace the generated merged view is put in.</summary>
    public const string RootNamespace = "SinoRussiaDataTool";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>Runs the generator; returns its diagnostics and the compilation with its output added.</summary>
    public static (ImmutableArray<Diagnostic> Diagnostics, Compilation Output) Run(IReadOnlyList<DataFile> files, Compilation compilation, CancellationToken cancellationToken = default)
    {
        var texts = files.Select(f => (AdditionalText)new FileText(f.Path, f.Text)).ToImmutableArray();
        var driver = CSharpGeneratorDriver.Create(
            new[] { new DatasetGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            new Options(files));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics, cancellationToken);
        return (diagnostics, output);
    }

    /// <summary>A diagnostic as the compiler prints it: <c>path(line,col): error SRD0008: message (help link)</c>.</summary>
    public static string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "info",
            _ => "hidden",
        };
        var where = span.IsValid
            ? $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): "
            : string.Empty;
        // The compiler's command line appends the help link, as in "... (https://.../diagnostics.md#srd0008)".
        var help = string.IsNullOrEmpty(diagnostic.Descriptor.HelpLinkUri) ? string.Empty : $" ({diagnostic.Descriptor.HelpLinkUri})";
        return $"{where}{severity} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}{help}";
    }

    private sealed class FileText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options(IReadOnlyList<DataFile> files) : AnalyzerConfigOptionsProvider
    {
        private readonly Dictionary<string, string> _roles = files.ToDictionary(f => f.Path, f => f.Role, StringComparer.Ordinal);

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(new Dictionary<string, string>
        {
            [GeneratorOptions.RootNamespaceProperty] = RootNamespace,
        });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Values(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => new Values(_roles.TryGetValue(textFile.Path, out var role)
                ? new Dictionary<string, string> { [InputFile.RoleMetadata] = role }
                : new Dictionary<string, string>());
    }

    private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
