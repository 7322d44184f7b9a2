using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SinoRussia.Dataset.Generator.Pipeline;

namespace SinoRussia.Dataset.Generator.Hosting;

/// <summary>
/// The generator run outside a build, over files held in memory: the same rules, the same messages and
/// the same output as a compile, for tools that check or load a folder of dataset YAML (the curation
/// tool's <c>check</c> and <c>export</c>). With its input, option and result types and the
/// <c>DatasetGenerator</c> the compiler loads, this is the generator assembly's public surface; everything
/// else in it is internal.
/// </summary>
public static class DatasetCheck
{
    /// <summary>Runs the generator over <paramref name="inputs"/>, as a build with those AdditionalFiles would.</summary>
    /// <param name="inputs">The dataset YAML, the source texts and (to extend it) the shipped YAML.</param>
    /// <param name="options">The build settings; null for the defaults.</param>
    /// <param name="compilation">The compilation the generated code is added to; null for an empty one
    /// (enough to check, not to emit: it references nothing).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The diagnostics and the compilation with the generated code.</returns>
    public static DatasetCheckResult Run(IEnumerable<DatasetInput> inputs, DatasetCheckOptions? options = null, Compilation? compilation = null, CancellationToken cancellationToken = default)
    {
        if (inputs is null)
        {
            throw new ArgumentNullException(nameof(inputs));
        }

        var driver = CreateDriver(inputs.ToList(), out _, options);
        driver.RunGeneratorsAndUpdateCompilation(compilation ?? CSharpCompilation.Create("DatasetCheck"), out var output, out var diagnostics, cancellationToken);
        return new DatasetCheckResult(diagnostics, output);
    }

    /// <summary>
    /// The generator driver a build with <paramref name="inputs"/> as AdditionalFiles would run, for a host
    /// that runs the generator again after an edit (an editor, the edit-latency benchmark): replace a file
    /// with <c>driver.ReplaceAdditionalText(texts[i], DatasetCheck.Text(path, newText))</c> and call
    /// <c>RunGenerators</c>; the driver re-does only what the edit changed. A file keeps the role its path
    /// was given.
    /// </summary>
    /// <param name="inputs">The dataset YAML, the source texts and (to extend it) the shipped YAML.</param>
    /// <param name="texts">The AdditionalFiles of the driver, one per input, in order.</param>
    /// <param name="options">The build settings; null for the defaults.</param>
    /// <param name="trackSteps">Whether the driver records each pipeline step's time and result (slower).</param>
    /// <returns>The driver, not yet run.</returns>
    public static GeneratorDriver CreateDriver(IReadOnlyList<DatasetInput> inputs, out ImmutableArray<AdditionalText> texts, DatasetCheckOptions? options = null, bool trackSteps = false)
    {
        if (inputs is null)
        {
            throw new ArgumentNullException(nameof(inputs));
        }

        texts = inputs.Select(f => Text(f.Path, f.Text)).ToImmutableArray();
        return CSharpGeneratorDriver.Create(
            new[] { new DatasetGenerator().AsSourceGenerator() },
            texts,
            new CSharpParseOptions(LanguageVersion.Latest),
            new OptionsProvider(inputs, options ?? new DatasetCheckOptions()),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    /// <summary>A file's text as an AdditionalFiles item of a driver from <see cref="CreateDriver"/>.</summary>
    /// <param name="path">The file's path (its role is the one this path was given).</param>
    /// <param name="text">The file's text.</param>
    /// <returns>The item.</returns>
    public static AdditionalText Text(string path, string text)
        => new InputText(path ?? throw new ArgumentNullException(nameof(path)), text ?? throw new ArgumentNullException(nameof(text)));

    /// <summary>A diagnostic as the compiler's command line prints it: <c>path(line,col): error SRD0008: message (help link)</c>.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns>The line.</returns>
    public static string Format(Diagnostic diagnostic)
    {
        if (diagnostic is null)
        {
            throw new ArgumentNullException(nameof(diagnostic));
        }

        var span = diagnostic.Location.GetLineSpan();
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "info",
            _ => "hidden",
        };
        var where = span.IsValid ? $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): " : string.Empty;
        var help = string.IsNullOrEmpty(diagnostic.Descriptor.HelpLinkUri) ? string.Empty : $" ({diagnostic.Descriptor.HelpLinkUri})";
        return $"{where}{severity} {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}{help}";
    }

    private sealed class InputText : AdditionalText
    {
        private readonly SourceText _text;

        public InputText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, System.Text.Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>The settings and each file's role, as the package's MSBuild files make them compiler-visible.</summary>
    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly Values Empty = new(new Dictionary<string, string>());
        private readonly Dictionary<string, Values> _roles = new(StringComparer.Ordinal);

        public OptionsProvider(IEnumerable<DatasetInput> files, DatasetCheckOptions options)
        {
            foreach (var file in files)
            {
                // A path given twice keeps its first role, as an item list with a duplicate does.
                if (!_roles.ContainsKey(file.Path))
                {
                    _roles[file.Path] = new Values(new Dictionary<string, string> { [InputFile.RoleMetadata] = RoleName(file.Role) });
                }
            }

            var globals = new Dictionary<string, string>();
            Set(globals, GeneratorOptions.NamespaceProperty, options.Namespace);
            Set(globals, GeneratorOptions.ClassProperty, options.ClassName);
            Set(globals, GeneratorOptions.NamedMembersProperty, options.NamedMembers);
            GlobalOptions = new Values(globals);
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => _roles.TryGetValue(textFile.Path, out var values) ? values : Empty;

        private static void Set(Dictionary<string, string> globals, string key, string? value)
        {
            if (value is not null)
            {
                globals[key] = value;
            }
        }

        private static string RoleName(DatasetInputRole role) => role switch
        {
            DatasetInputRole.Data => InputFile.DataRole,
            DatasetInputRole.Source => InputFile.SourceRole,
            DatasetInputRole.Shipped => InputFile.ShippedRole,
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, "not a role"),
        };
    }

    private sealed class Values : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public Values(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value)
        {
            if (_values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }

            value = null!;
            return false;
        }
    }
}

/// <summary>What a file is to the dataset, as the <c>SinoRussiaDataset</c> metadata of an AdditionalFiles item says.</summary>
public enum DatasetInputRole
{
    /// <summary>Dataset YAML of the project (<c>SinoRussiaDataset="data"</c>).</summary>
    Data,

    /// <summary>A source document's text, which quotes and outcomes are checked against (<c>SinoRussiaDataset="source"</c>).</summary>
    Source,

    /// <summary>The package's own YAML, which an extending project's data is checked against (<c>SinoRussiaDataset="shipped"</c>).</summary>
    Shipped,
}

/// <summary>One file for <see cref="DatasetCheck.Run"/>: the path its diagnostics name, its text and its role.</summary>
public sealed class DatasetInput
{
    /// <summary>Creates an input.</summary>
    /// <param name="path">The path the diagnostics name.</param>
    /// <param name="text">The file's text.</param>
    /// <param name="role">What the file is to the dataset.</param>
    public DatasetInput(string path, string text, DatasetInputRole role)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Role = role;
    }

    /// <summary>The path the diagnostics name.</summary>
    public string Path { get; }

    /// <summary>The file's text.</summary>
    public string Text { get; }

    /// <summary>What the file is to the dataset.</summary>
    public DatasetInputRole Role { get; }
}

/// <summary>The build settings of <see cref="DatasetCheck.Run"/>: the MSBuild properties of the same names.</summary>
public sealed class DatasetCheckOptions
{
    /// <summary><c>SinoRussiaDatasetNamespace</c>: the namespace of the generated classes (an extending project's merged view).</summary>
    public string? Namespace { get; set; }

    /// <summary><c>SinoRussiaDatasetClass</c>: the class that holds the merged view in an extending project (default <c>ExtendedDataset</c>).</summary>
    public string? ClassName { get; set; }

    /// <summary><c>SinoRussiaDatasetNamedMembers</c>: <c>auto</c>, <c>all</c> or <c>none</c>.</summary>
    public string? NamedMembers { get; set; }
}

/// <summary>What a run found and produced.</summary>
public sealed class DatasetCheckResult
{
    internal DatasetCheckResult(ImmutableArray<Diagnostic> diagnostics, Compilation output)
    {
        Diagnostics = diagnostics;
        Output = output;
    }

    /// <summary>The generator's diagnostics (SRD...), and CS8784/CS8785 if the generator itself failed to run.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The compilation with the generated code added.</summary>
    public Compilation Output { get; }

    /// <summary>Whether the data is unusable: an error, or the generator failing to run (which the compiler makes only a warning).</summary>
    public bool HasErrors => Diagnostics.Any(IsError);

    /// <summary>Whether <paramref name="diagnostic"/> makes the data unusable: an error, or CS8784/CS8785 (the generator failed to run).</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns>True for an error.</returns>
    public static bool IsError(Diagnostic diagnostic)
        => diagnostic is not null && (diagnostic.Severity == DiagnosticSeverity.Error || diagnostic.Id is "CS8784" or "CS8785");
}
