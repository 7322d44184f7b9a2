using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SinoRussia.Dataset.Generator.Diagnostics;
using SinoRussia.Dataset.Generator.Emission;
using SinoRussia.Dataset.Generator.Model;
using SinoRussia.Dataset.Generator.Parsing;
using SinoRussia.Dataset.Generator.Validation;
using TrackingNames = SinoRussia.Dataset.Generator.Pipeline.DatasetGenerator.TrackingNames;

namespace SinoRussia.Dataset.Generator.Pipeline;

/// <summary>
/// The work of the pipeline's steps (<see cref="DatasetGenerator"/> wires them), each guarded: a bug in
/// one becomes SRD0022 carried by its result, never an exception thrown into the compiler.
/// </summary>
internal static class PipelineSteps
{
    /// <summary>Reads and parses an input file; a failure fails that file's records with SRD0022.</summary>
    public static InputFile? Read(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
        => GuardedStep.Run(TrackingNames.InputFiles, file.Path, "reading " + PathText.FileName(file.Path),
            () => InputFile.Read(file, options, cancellationToken),
            failure => new InputFile(file.Path, InputFile.DataRole, FileChunks.Of(ParsedFile.Failed(file.Path, shipped: false, failure)), null));

    /// <summary>Reads a piece of a file; a failure (a bug, not bad input) fails the file with SRD0022.</summary>
    public static ParsedChunk ParseChunk(ChunkText chunk, CancellationToken cancellationToken)
        => GuardedStep.Run(TrackingNames.ParsedChunks, chunk.Path, "reading " + PathText.FileName(chunk.Path) + " from item " + chunk.FirstIndex.ToString(System.Globalization.CultureInfo.InvariantCulture) + " of " + chunk.Key,
            () => ChunkParser.Parse(chunk, cancellationToken), ParsedChunk.Failed);

    /// <summary>Every data file put together from its pieces, the first of each path; a failure fails every file with SRD0022.</summary>
    public static ImmutableArray<AssembledFile> AssembleFiles(ImmutableArray<FileChunks> files, ImmutableArray<ParsedChunk> chunks, CancellationToken cancellationToken)
        => GuardedStep.Run(TrackingNames.AssembledFiles, FirstPath(files.Select(f => f.Path)), "putting the files together from their pieces",
            () => ChunkAssembler.Assemble(files, chunks, cancellationToken),
            failure => PathText.FirstOfEachPath(files, f => f.Path).Select(f => new AssembledFile(f.Whole ?? ParsedFile.Failed(f.Path, f.Shipped, failure), null)).ToImmutableArray());

    /// <summary>A data file as parsed (read whole when a piece did not read on its own); a failure fails the file with SRD0022.</summary>
    public static ParsedFile Parsed(AssembledFile file, CancellationToken cancellationToken)
        => file.Parsed ?? GuardedStep.Run(TrackingNames.ParsedFiles, file.ReadWhole!.Path, "reading " + PathText.FileName(file.ReadWhole.Path),
            () => ChunkAssembler.Parsed(file, cancellationToken), failure => ParsedFile.Failed(file.ReadWhole.Path, file.ReadWhole.Shipped, failure));

    /// <summary>The sources' texts; a failure leaves no text to check against, and SRD0022.</summary>
    public static SourceTextIndex IndexTexts(ImmutableArray<FileSources> files, ImmutableArray<SourceDocument> documents, CancellationToken cancellationToken)
        => GuardedStep.Run(TrackingNames.SourceTexts, FirstPath(files.Select(f => f.Path)), "reading the source documents",
            () => SourceTextIndex.Build(files, documents, cancellationToken),
            failure => SourceTextIndex.Empty with { Problems = new[] { failure }.ToEquatableArray() });

    /// <summary>One file's own checks; a failure becomes SRD0022 at the file, whose records then go no further.</summary>
    public static CheckedFile Check(ParsedFile file, SourceTextIndex texts, CancellationToken cancellationToken)
        => GuardedStep.Run(TrackingNames.CheckedFiles, file.Path, "checking " + PathText.FileName(file.Path),
            () => RecordChecker.Check(file, texts, cancellationToken),
            failure => RecordChecker.Check(ParsedFile.Failed(file.Path, file.Shipped, failure), SourceTextIndex.Empty, cancellationToken));

    /// <summary>The symbol table; a failure leaves an empty table whose one diagnostic is SRD0022.</summary>
    public static SymbolTable Tabulate(ImmutableArray<FileSymbols> files, CancellationToken cancellationToken)
        => GuardedStep.Run(TrackingNames.SymbolTable, FirstPath(files.Select(f => f.Path)), "collecting the ids",
            () => SymbolTable.Build(files, cancellationToken), SymbolTable.Failed);

    /// <summary>One file's references; a failure becomes SRD0022 at the file.</summary>
    public static FileReferences CheckReferences(CheckedFile file, SymbolTable symbols, CancellationToken cancellationToken)
        => GuardedStep.Run(TrackingNames.FileReferences, file.Path, "checking the references of " + PathText.FileName(file.Path),
            () => new FileReferences(file.Path, file.Shipped, ReferenceChecker.Check(file, symbols, cancellationToken)),
            failure => new FileReferences(file.Path, file.Shipped, new[] { failure }.ToEquatableArray()));

    /// <summary>Gathers every finding and assembles the model (null with errors or no data of the project's own).</summary>
    public static DatasetResult Validate(CheckInputs input, GeneratorOptions options, CancellationToken cancellationToken)
    {
        if (options.Failure is { } optionsFailure)
        {
            return new DatasetResult(null, new[] { optionsFailure }.ToEquatableArray());
        }

        var files = input.Files;
        if (!files.Any(f => !f.Shipped))
        {
            return new DatasetResult(null, EquatableArray<DiagnosticInfo>.Empty); // no data of the project's own: a no-op
        }

        var firstFile = FirstPath(files.Where(f => !f.Shipped).Select(f => f.Path));
        if (options.Problem is { } problem)
        {
            var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, YamlSpan.StartOf(firstFile),
                problem.Property, problem.Value, problem.Expected);
            return new DatasetResult(null, new[] { diagnostic }.ToEquatableArray());
        }

        return GuardedStep.Run(TrackingNames.Dataset, firstFile, "checking the dataset", () =>
        {
            var (model, diagnostics) = DatasetValidator.Validate(files, input.References, input.Symbols, input.Texts, options.Namespace, options.ContainerClass, cancellationToken);
            if (model is null)
            {
                return new DatasetResult(null, diagnostics);
            }

            model = model with { NamedMembers = options.NamedMembers };
            // Only "auto" leaves members out on its own; "none" is the project's explicit choice.
            var read = DatasetOrder.Of(files, f => f.Path, f => f.Shipped).ToList(); // the first of each path
            var omitted = EntityKind.All
                .Select(kind => (Kind: kind, Count: kind.OwnCount(read)))
                .Where(table => options.NamedMembers == GeneratorOptions.AutoNamedMembers && !NamedMembers.Wanted(options.NamedMembers, table.Count))
                .Select(table => DiagnosticInfo.Create(DiagnosticDescriptors.NamedMembersOmitted, YamlSpan.StartOf(firstFile), table.Kind.ClassName,
                    table.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                    GeneratorOptions.NamedMembersLimit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
            return new DatasetResult(model, diagnostics.Concat(omitted).ToEquatableArray());
        }, failure => new DatasetResult(null, new[] { failure }.ToEquatableArray()));
    }

    /// <summary>
    /// The diagnostics with their spans (and the places their messages name) looked up in the files'
    /// span tables. A failure reports them where they were found (the start of their file) and SRD0022.
    /// </summary>
    public static EquatableArray<DiagnosticInfo> Place(EquatableArray<DiagnosticInfo> diagnostics, ImmutableArray<SpanTable> tables)
        => GuardedStep.Run(TrackingNames.Diagnostics, string.Empty, "placing the diagnostics", () =>
        {
            if (diagnostics.All(d => d.At is null && d.Mentioned is null))
            {
                return diagnostics;
            }

            var byPath = SpanTable.ByPath(tables);
            return diagnostics.Select(d => d.Place(byPath)).ToEquatableArray();
        }, failure => diagnostics.Select(d => d with { At = null, Mentioned = null }).Append(failure).ToEquatableArray());

    /// <summary>One file's records of one table, encoded as a segment; a failure becomes SRD0022 and the table is not written.</summary>
    public static EncodedSegment EncodeSegment(EntityKind kind, NumberedRecords numbered, TableScope scope, CancellationToken cancellationToken)
        => numbered.Records is { Failure: { } failed } file
            ? EncodedSegment.Failed(file.Path, failed)
            : GuardedStep.Run(TrackingNames.Segments(kind.ClassName), numbered.Records.Path, "encoding the " + kind.ClassName + " of " + PathText.FileName(numbered.Records.Path),
                () => SegmentEncoder.Encode(kind, numbered.Records.Path, numbered.Records.Records, numbered.Number, scope, cancellationToken),
                failure => EncodedSegment.Failed(numbered.Records.Path, failure));

    /// <summary>
    /// Puts a table together from its segments and writes its file (the accessor class and the order; each
    /// segment's data is a file of its own, written by its step, so the data is held once). A failure (or one in a segment, the
    /// first by path of the files read, reported even when the data has errors) becomes SRD0022 and no
    /// source is written. Null when there is nothing to write (errors in the data, or no data of the
    /// project's own).
    /// </summary>
    public static EncodedTable? Assemble(EntityKind kind, ImmutableArray<EncodedSegment> segments, TableSettings? settings, CancellationToken cancellationToken)
        => PathText.FirstOfEachPath(segments, s => s.Path).OrderBy(s => s.Path, StringComparer.Ordinal).Select(s => s.Failure).FirstOrDefault(f => f is not null) is { } failed
            ? new EncodedTable(null, null, failed)
            : settings is null
            ? null
            : GuardedStep.Run(TrackingNames.Table(kind.ClassName), string.Empty, "writing the " + kind.ClassName + " table", () =>
            {
                var table = TableAssembler.Assemble(kind, segments, settings, cancellationToken);
                return new EncodedTable(TableEmitter.HintName(table), TableEmitter.Emit(table), null);
            }, failure => new EncodedTable(null, null, failure));

    /// <summary>Adds a generated file; a failure becomes SRD0022, never an exception thrown into the compiler.</summary>
    public static void Write(SourceProductionContext output, string hintName, Func<string> source)
    {
        var failure = GuardedStep.Run<DiagnosticInfo?>(Writing, string.Empty, "writing " + hintName, () =>
        {
            output.AddSource(hintName, source());
            return null;
        }, failure => failure);
        if (failure is not null)
        {
            output.ReportDiagnostic(failure.ToDiagnostic());
        }
    }

    /// <summary>The fault-injection name of the output steps.</summary>
    public const string Writing = "writing";

    private static string FirstPath(System.Collections.Generic.IEnumerable<string> paths)
        => paths.OrderBy(p => p, StringComparer.Ordinal).FirstOrDefault() ?? string.Empty;
}

/// <summary>What the last step of the checks gathers: every file's own and reference findings, the symbol table and the sources' texts.</summary>
internal sealed record CheckInputs(ImmutableArray<CheckedFile> Files, ImmutableArray<FileReferences> References, SymbolTable Symbols, SourceTextIndex Texts);

/// <summary>A table's generated file (hint name and text), or the internal failure that stopped it.</summary>
internal sealed record EncodedTable(string? HintName, string? Source, DiagnosticInfo? Failure);

/// <summary>The validated model (null when there are errors or no data) and every diagnostic.</summary>
internal sealed record DatasetResult(DatasetModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
