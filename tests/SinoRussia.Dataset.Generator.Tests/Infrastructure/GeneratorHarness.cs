using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SinoRussia.Dataset.Generator.Pipeline;

namespace SinoRussia.Dataset.Generator.Tests.Infrastructure;

/// <summary>Runs <see cref="DatasetGenerator"/> with CSharpGeneratorDriver over in-memory files.</summary>
internal static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => !string.IsNullOrEmpty(p))
            // The runtime library is compiled from source into each test compilation; the built copy the
            // vocabulary tests reference must not be a second definition of its types.
            .Where(p => !string.Equals(Path.GetFileName(p), "SinoRussia.Dataset.dll", StringComparison.OrdinalIgnoreCase))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray());

    private static readonly Lazy<ImmutableArray<SyntaxTree>> s_runtime = new(() =>
        Repository.RuntimeSources().Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)).ToImmutableArray());

    /// <summary>Doc comments are checked as the library's build checks them (GenerateDocumentationFile).</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly Lazy<byte[]> s_shippedLibrary = new(() =>
    {
        var run = Run(Repository.CuratedFiles());
        using var stream = new MemoryStream();
        var emit = run.Output.Emit(stream);
        if (!emit.Success)
        {
            throw new InvalidOperationException(string.Join("\n", emit.Diagnostics));
        }

        return stream.ToArray();
    });

    /// <summary>The shipped library, built in memory from the curated data: the assembly's bytes.</summary>
    public static byte[] ShippedLibraryImage => s_shippedLibrary.Value;

    /// <summary>The shipped library as a consumer's compilation references it.</summary>
    public static MetadataReference ShippedLibrary => MetadataReference.CreateFromImage(ShippedLibraryImage);

    /// <summary>
    /// A consumer's build: the curated YAML as shipped reference data, the project's own files, and a
    /// compilation that references the shipped library.
    /// </summary>
    public static GeneratorRun RunExtension(IEnumerable<DatasetFile> ownFiles, string rootNamespace = "Consumer", params string[] sources)
    {
        var shipped = Repository.CuratedFiles().Where(f => f.Role == "data").Select(f => f with { Role = "shipped" });
        var compilation = CSharpCompilation.Create(
            rootNamespace,
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            s_references.Value.Add(ShippedLibrary),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var driver = Driver(shipped.Concat(ownFiles), out _, targetNamespace: null, rootNamespace: rootNamespace)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver.GetRunResult(), output, generatorDiagnostics);
    }

    /// <summary>A compilation of the runtime library's sources plus <paramref name="extraSources"/>.</summary>
    public static CSharpCompilation Compilation(params string[] extraSources)
        => CSharpCompilation.Create(
            "SinoRussia.Dataset",
            s_runtime.Value.Concat(extraSources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions))),
            s_references.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));

    public static GeneratorDriver Driver(IEnumerable<DatasetFile> files, string? targetNamespace = null)
        => Driver(files, out _, targetNamespace);

    public static AdditionalText Text(string path, string? text, System.Text.Encoding? encoding = null) => new InMemoryAdditionalText(path, text, encoding);

    /// <param name="trackSteps">
    /// Whether the driver records every step's inputs and outputs (what the caching tests read). Recording costs
    /// about 0.2 s a run here (the driver walks each output's whole tree of steps, the pieces of every file
    /// among them); a build and an IDE do not record, and the fuzz test's 10,000 runs do not need it.
    /// </param>
    public static GeneratorDriver Driver(IEnumerable<DatasetFile> files, out ImmutableArray<AdditionalText> texts, string? targetNamespace = null, string? rootNamespace = null, IReadOnlyDictionary<string, string>? buildProperties = null, bool trackSteps = true)
    {
        var list = files.ToList();
        texts = list.Select(f => Text(f.Path, f.Text, f.Encoding)).ToImmutableArray();
        var options = new OptionsProvider(list, targetNamespace, rootNamespace, buildProperties);
        return CSharpGeneratorDriver.Create(
            new[] { new DatasetGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    public static GeneratorRun Run(IEnumerable<DatasetFile> files, string? targetNamespace = null)
        => Run(files, buildProperties: null, targetNamespace);

    /// <summary>A run with MSBuild properties as the project sets them (<c>SinoRussiaDatasetNamedMembers</c> → <c>build_property.SinoRussiaDatasetNamedMembers</c>).</summary>
    public static GeneratorRun Run(IEnumerable<DatasetFile> files, IReadOnlyDictionary<string, string>? buildProperties, string? targetNamespace = null)
    {
        var compilation = Compilation();
        var driver = Driver(files, out _, targetNamespace, buildProperties: buildProperties).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver.GetRunResult(), output, generatorDiagnostics);
    }

    /// <summary>One YAML text as the only data file, with the curated source texts beside it.</summary>
    public static GeneratorRun RunYaml(string yaml, string fileName = "test.yaml")
        => Run(new[] { DatasetFile.Data($"/data/{fileName}", yaml) }.Concat(Repository.CuratedFiles().Where(f => f.Role == "source")));

    private sealed class InMemoryAdditionalText(string path, string? text, System.Text.Encoding? encoding) : AdditionalText
    {
        private readonly SourceText? _text = text is null ? null : SourceText.From(text, encoding);

        public override string Path { get; } = path;

        /// <summary>Null text stands for a file the compiler could not read.</summary>
        public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider(IReadOnlyList<DatasetFile> files, string? targetNamespace, string? rootNamespace, IReadOnlyDictionary<string, string>? buildProperties) : AnalyzerConfigOptionsProvider
    {
        // A path may be given twice (a test of that case): its first role counts.
        private readonly Dictionary<string, string> _roles = files.GroupBy(f => f.Path).ToDictionary(g => g.Key, g => g.First().Role);

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(Globals(targetNamespace, rootNamespace, buildProperties));

        private static Dictionary<string, string> Globals(string? targetNamespace, string? rootNamespace, IReadOnlyDictionary<string, string>? buildProperties)
        {
            var globals = (buildProperties ?? new Dictionary<string, string>()).ToDictionary(p => "build_property." + p.Key, p => p.Value);
            if (targetNamespace is not null)
            {
                globals[GeneratorOptions.NamespaceProperty] = targetNamespace;
            }

            if (rootNamespace is not null)
            {
                globals[GeneratorOptions.RootNamespaceProperty] = rootNamespace;
            }

            return globals;
        }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => new Options(_roles.TryGetValue(textFile.Path, out var role)
                ? new Dictionary<string, string> { [InputFile.RoleMetadata] = role }
                : new Dictionary<string, string>());
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            => values.TryGetValue(key, out value);
    }
}

/// <summary>What one generator run produced.</summary>
internal sealed record GeneratorRun(GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public IReadOnlyList<Diagnostic> Diagnostics => Result.Diagnostics;

    public IReadOnlyList<GeneratedSourceResult> Sources => Result.Results.Single().GeneratedSources;

    public IReadOnlyList<Diagnostic> CompilationErrors
        => Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    /// <summary>Errors and warnings in the generated trees only (binds just those trees: fast).</summary>
    public IReadOnlyList<Diagnostic> GeneratedCodeDiagnostics
        => Result.GeneratedTrees.SelectMany(t => Output.GetSemanticModel(t).GetDiagnostics())
            .Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    public Exception? Exception => Result.Results.Single().Exception;
}
