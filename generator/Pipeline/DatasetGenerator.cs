using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using SinoRussia.Dataset.Generator.Diagnostics;
using SinoRussia.Dataset.Generator.Emission;
using SinoRussia.Dataset.Generator.Model;
using SinoRussia.Dataset.Generator.Parsing;
using SinoRussia.Dataset.Generator.Validation;

namespace SinoRussia.Dataset.Generator.Pipeline;

/// <summary>
/// The incremental pipeline: classify AdditionalFiles, parse each YAML file on its own (cached per
/// file), validate all files together with the source texts, then emit. No step holds Roslyn symbols,
/// syntax or texts; every step has a tracking name for caching tests.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DatasetGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps.</summary>
    public static class TrackingNames
    {
        /// <summary>AdditionalFiles marked as dataset YAML or source texts, read: a YAML file parsed, a source text kept.</summary>
        public const string InputFiles = nameof(InputFiles);

        /// <summary>One parsed YAML file (taken from its input file).</summary>
        public const string ParsedFiles = nameof(ParsedFiles);

        /// <summary>One YAML file's records without their positions: what the checks read.</summary>
        public const string FileRecords = nameof(FileRecords);

        /// <summary>One YAML file's positions of values: what places the diagnostics.</summary>
        public const string SpanTables = nameof(SpanTables);

        /// <summary>One source document text.</summary>
        public const string SourceDocuments = nameof(SourceDocuments);

        /// <summary>The sources one YAML file defines.</summary>
        public const string FileSources = nameof(FileSources);

        /// <summary>Each source's document text, by source id: what quotes and outcomes are checked against.</summary>
        public const string SourceTexts = nameof(SourceTexts);

        /// <summary>One YAML file's records checked on their own (vocabularies, dates, verbatim...), with their models.</summary>
        public const string CheckedFiles = nameof(CheckedFiles);

        /// <summary>The generator options.</summary>
        public const string Options = nameof(Options);

        /// <summary>One YAML file's ids, posts, participants and sources: what it adds to the symbol table.</summary>
        public const string FileSymbols = nameof(FileSymbols);

        /// <summary>Every file's ids collected, with what the checks of the ids found (duplicates, member names).</summary>
        public const string SymbolTable = nameof(SymbolTable);

        /// <summary>One YAML file's references checked against the symbol table.</summary>
        public const string FileReferences = nameof(FileReferences);

        /// <summary>The validated dataset: every file's findings gathered and the model assembled.</summary>
        public const string Dataset = nameof(Dataset);

        /// <summary>Every diagnostic, reported on its own output (no source depends on it).</summary>
        public const string Diagnostics = nameof(Diagnostics);

        /// <summary>The validated model (null with errors or no data).</summary>
        public const string Model = nameof(Model);

        /// <summary>The settings of <c>DatasetStorage.g.cs</c>.</summary>
        public const string Storage = nameof(Storage);

        /// <summary>The topic vocabulary (the shipped library only).</summary>
        public const string Topics = nameof(Topics);

        /// <summary>The records of one table, such as <c>MeetingsInput</c>.</summary>
        public static string TableInput(string className) => className + "Input";

        /// <summary>One compiled table, such as <c>MeetingsTable</c>.</summary>
        public static string Table(string className) => className + "Table";
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => GeneratorOptions.From(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        // A YAML file is parsed in the step that reads it, so that no step keeps its text (at 100,000
        // meetings that is 222 MB of string). The cost: a change of the options provider (an
        // .editorconfig or a project property edited in the IDE) re-runs this step, and so re-parses
        // every file, where keeping the text would have re-read and compared it (docs/performance.md).
        var inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select((pair, cancellationToken) => InputFile.Read(pair.Left, pair.Right.GetOptions(pair.Left), cancellationToken))
            .WithTrackingName(TrackingNames.InputFiles)
            .Where(file => file is not null);

        var parsed = inputs
            .Where(file => file!.Parsed is not null)
            .Select((file, _) => file!.Parsed!)
            .WithTrackingName(TrackingNames.ParsedFiles);

        var documents = inputs
            .Where(file => file!.Document is not null)
            .Select((file, _) => file!.Document!)
            .WithTrackingName(TrackingNames.SourceDocuments);

        // The checks read the records without positions, so an edit that only moves values (a comment
        // or blank lines anywhere in a file) leaves their input equal and they do not run again; the
        // diagnostics are then placed again from the new span tables.
        var records = parsed
            .Select((file, _) => file.WithoutSpans())
            .WithTrackingName(TrackingNames.FileRecords);
        var spanTables = parsed
            .Select((file, _) => file.SpanTable)
            .WithTrackingName(TrackingNames.SpanTables);

        // The checks split as the data does: what one record needs runs per file (cached per file, so an
        // edit re-checks its own file), the cross-file references on the collected results. Quotes and
        // outcomes are checked verbatim per file against the sources' texts, which an edit of a meeting
        // or quote leaves equal.
        var sourceTexts = records
            .Select((file, _) => FileSources.Of(file))
            .WithTrackingName(TrackingNames.FileSources)
            .Collect()
            .Combine(documents.Collect())
            .Select((input, cancellationToken) => IndexTexts(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.SourceTexts);

        var checkedFiles = records
            .Combine(sourceTexts)
            .Select((input, cancellationToken) => Check(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.CheckedFiles);

        // The checks across files: the ids of every file collected into a symbol table (its own checks:
        // duplicates, member names), then each file's references checked against it, per file. An edit
        // that changes no id, post, participant or source leaves the table equal: only the edited
        // file's references are checked again.
        var symbolTable = checkedFiles
            .Select((file, _) => FileSymbols.Of(file))
            .WithTrackingName(TrackingNames.FileSymbols)
            .Collect()
            .Select((files, cancellationToken) => Tabulate(files, cancellationToken))
            .WithTrackingName(TrackingNames.SymbolTable);

        var references = checkedFiles
            .Combine(symbolTable)
            .Select((input, cancellationToken) => CheckReferences(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.FileReferences);

        var dataset = checkedFiles.Collect()
            .Combine(references.Collect())
            .Combine(symbolTable.Combine(sourceTexts))
            .Combine(options)
            .Select((input, cancellationToken) => Validate(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right.Left, input.Left.Right.Right, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Dataset);

        // Diagnostics on their own output, sources from the model only (as the System.Text.Json generator
        // does): a change that alters one does not re-run the other.
        var diagnostics = dataset
            .Select((result, _) => result.Diagnostics)
            .Combine(spanTables.Collect())
            .Select((pair, _) => Place(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (output, found) =>
        {
            foreach (var diagnostic in found)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        var model = dataset.Select((result, _) => result.Model).WithTrackingName(TrackingNames.Model);

        var storage = model.Select((m, _) => m is null ? null : new StorageModel(m.Namespace, m.ContainerClass)).WithTrackingName(TrackingNames.Storage);
        context.RegisterSourceOutput(storage, static (output, settings) =>
        {
            if (settings is not null)
            {
                Guarded(output, "writing " + StorageEmitter.HintName, () => output.AddSource(StorageEmitter.HintName, StorageEmitter.Emit(settings)));
            }
        });

        var topics = model.Select((m, _) => m is null || m.ContainerClass is not null ? null : new TopicsModel(m.Namespace, m.Topics)).WithTrackingName(TrackingNames.Topics);
        context.RegisterSourceOutput(topics, static (output, vocabulary) =>
        {
            if (vocabulary is not null)
            {
                Guarded(output, "writing " + TopicsEmitter.HintName, () => output.AddSource(TopicsEmitter.HintName, TopicsEmitter.Emit(vocabulary)));
            }
        });

        // One output per table: its records are selected first (cheap, compared by value), and only a
        // table whose records changed is encoded and written again.
        foreach (var kind in EntityKind.All)
        {
            var table = model
                .Select((m, _) => kind.Input(m))
                .WithTrackingName(TrackingNames.TableInput(kind.ClassName))
                .Select((input, cancellationToken) =>
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    return input is null ? null : Encode(kind, input, cancellationToken);
                })
                .WithTrackingName(TrackingNames.Table(kind.ClassName));
            context.RegisterSourceOutput(table, static (output, compiled) =>
            {
                if (compiled?.Failure is { } failure)
                {
                    output.ReportDiagnostic(failure.ToDiagnostic());
                }
                else if (compiled is { HintName: { } hintName, Source: { } source })
                {
                    Guarded(output, "writing " + hintName, () => output.AddSource(hintName, source));
                }
            });
        }
    }

    /// <summary>
    /// Encodes a table and writes its file. The step keeps the file's text, which the compiler then reads
    /// without a copy, rather than the encoded data and the text both (at 100,000 meetings each is about
    /// 110 MB). A bug of the encoder or the emitter becomes SRD0022 instead of an exception in the compiler.
    /// </summary>
    private static EncodedTable Encode(EntityKind kind, TableInput input, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            var table = kind.Table(input, cancellationToken);
            return new EncodedTable(TableEmitter.HintName(table), TableEmitter.Emit(table), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new EncodedTable(null, null, DiagnosticInfo.Internal(YamlSpan.StartOf(string.Empty), "encoding the " + kind.ClassName + " table", exception));
        }
    }

    /// <summary>The diagnostics with their spans (and the places their messages name) looked up in the files' span tables.</summary>
    private static EquatableArray<DiagnosticInfo> Place(EquatableArray<DiagnosticInfo> diagnostics, ImmutableArray<SpanTable> tables)
    {
        if (diagnostics.All(d => d.At is null && d.Mentioned is null))
        {
            return diagnostics;
        }

        var byPath = SpanTable.ByPath(tables);
        return diagnostics.Select(d => d.Place(byPath)).ToEquatableArray();
    }

    /// <summary>Runs an output step; a bug of the emitter becomes SRD0022, never an exception thrown into the compiler.</summary>
    private static void Guarded(SourceProductionContext output, string doing, Action emit)
    {
        try
        {
            emit();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            output.ReportDiagnostic(DiagnosticInfo.Internal(YamlSpan.StartOf(string.Empty), doing, exception).ToDiagnostic());
        }
    }

    /// <summary>The sources' texts; a bug here becomes SRD0022 and leaves no text to check against.</summary>
    private static SourceTextIndex IndexTexts(ImmutableArray<FileSources> files, ImmutableArray<SourceDocument> documents, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            return SourceTextIndex.Build(files, documents, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var at = YamlSpan.StartOf(files.Select(f => f.Path).OrderBy(p => p, StringComparer.Ordinal).FirstOrDefault() ?? string.Empty);
            return SourceTextIndex.Empty with { Problems = new[] { DiagnosticInfo.Internal(at, "reading the source documents", exception) }.ToEquatableArray() };
        }
    }

    /// <summary>One file's own checks; a bug here becomes SRD0022 at the file, whose records then go no further.</summary>
    private static CheckedFile Check(ParsedFile file, SourceTextIndex texts, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            return RecordChecker.Check(file, texts, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var failed = ParsedFile.Failed(file.Path, file.Shipped, DiagnosticInfo.Internal(YamlSpan.StartOf(file.Path), "checking " + PathText.FileName(file.Path), exception));
            return RecordChecker.Check(failed, SourceTextIndex.Empty, cancellationToken);
        }
    }

    /// <summary>The symbol table; a bug here becomes SRD0022 (an empty table, whose one diagnostic stops the build).</summary>
    private static SymbolTable Tabulate(ImmutableArray<FileSymbols> files, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            return SymbolTable.Build(files, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var at = YamlSpan.StartOf(files.Select(f => f.Path).OrderBy(p => p, StringComparer.Ordinal).FirstOrDefault() ?? string.Empty);
            return SymbolTable.Failed(DiagnosticInfo.Internal(at, "collecting the ids", exception));
        }
    }

    /// <summary>One file's references; a bug here becomes SRD0022 at the file.</summary>
    private static FileReferences CheckReferences(CheckedFile file, SymbolTable symbols, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            return new FileReferences(file.Path, file.Shipped, ReferenceChecker.Check(file, symbols, cancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var failure = DiagnosticInfo.Internal(YamlSpan.StartOf(file.Path), "checking the references of " + PathText.FileName(file.Path), exception);
            return new FileReferences(file.Path, file.Shipped, new[] { failure }.ToEquatableArray());
        }
    }

    private static DatasetResult Validate(
        ImmutableArray<CheckedFile> files,
        ImmutableArray<FileReferences> references,
        SymbolTable symbols,
        SourceTextIndex texts,
        GeneratorOptions options,
        System.Threading.CancellationToken cancellationToken)
    {
        // A path given twice is read once (DatasetOrder), as its span table is (SpanTable.ByPath), so
        // that every diagnostic is placed in the text it was found in.
        if (!files.Any(f => !f.Shipped))
        {
            return new DatasetResult(null, EquatableArray<DiagnosticInfo>.Empty); // no data of the project's own: a no-op
        }

        var firstFile = files.Where(f => !f.Shipped).Select(f => f.Path).OrderBy(p => p, StringComparer.Ordinal).First();
        if (options.Problem is { } problem)
        {
            var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, YamlSpan.StartOf(firstFile),
                problem.Property, problem.Value, problem.Expected);
            return new DatasetResult(null, new[] { diagnostic }.ToEquatableArray());
        }

        try
        {
            var (model, diagnostics) = DatasetValidator.Validate(files, references, symbols, texts, options.Namespace, options.ContainerClass, cancellationToken);
            if (model is null)
            {
                return new DatasetResult(null, diagnostics);
            }

            model = model with { NamedMembers = options.NamedMembers };
            // Only "auto" leaves members out on its own; "none" is the project's explicit choice.
            var omitted = EntityKind.All
                .Select(kind => (Kind: kind, Count: kind.OwnCount(model)))
                .Where(table => options.NamedMembers == GeneratorOptions.AutoNamedMembers && !Model.NamedMembers.Wanted(options.NamedMembers, table.Count))
                .Select(table => DiagnosticInfo.Create(DiagnosticDescriptors.NamedMembersOmitted, YamlSpan.StartOf(firstFile), table.Kind.ClassName,
                    table.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                    GeneratorOptions.NamedMembersLimit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
            return new DatasetResult(model, diagnostics.Concat(omitted).ToEquatableArray());
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            var diagnostic = DiagnosticInfo.Internal(YamlSpan.StartOf(firstFile), "checking the dataset", exception);
            return new DatasetResult(null, new[] { diagnostic }.ToEquatableArray());
        }
    }
}

/// <summary>A table's generated file (hint name and text), or the internal failure that stopped it.</summary>
internal sealed record EncodedTable(string? HintName, string? Source, DiagnosticInfo? Failure);

/// <summary>The validated model (null when there are errors or no data) and every diagnostic.</summary>
internal sealed record DatasetResult(DatasetModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
