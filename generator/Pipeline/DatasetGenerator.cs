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
/// The incremental pipeline: classify AdditionalFiles, read each YAML file in pieces of its lists' items
/// (each piece cached) and put the files together again, check them (per file, then across files) with the
/// source texts, then emit. No step holds Roslyn symbols,
/// syntax or texts; every step has a tracking name for caching tests.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class DatasetGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => GuardedStep.Run(TrackingNames.Options, string.Empty, "reading the build options",
                () => GeneratorOptions.From(provider.GlobalOptions), GeneratorOptions.Failed))
            .WithTrackingName(TrackingNames.Options);

        // A YAML file is cut into pieces of its top-level lists' items in the step that reads it; each piece
        // is read in a step of its own, cached, so that an edit reads again only the piece it is in. The
        // pieces hold the file's text (docs/performance.md). A file that cannot be cut is parsed in the
        // step that reads it, so that no step keeps its text. The cost: a change of the options provider
        // (an .editorconfig or a project property edited in the IDE) re-runs that step, and so re-reads
        // every file.
        var inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select((pair, cancellationToken) => PipelineSteps.Read(pair.Left, pair.Right.GetOptions(pair.Left), cancellationToken))
            .WithTrackingName(TrackingNames.InputFiles)
            .Where(file => file is not null);

        var dataFiles = inputs
            .Where(file => file!.Data is not null)
            .Select((file, _) => file!.Data!)
            .WithTrackingName(TrackingNames.DataFiles);
        var parsedChunks = dataFiles
            .SelectMany((file, _) => file.Chunks)
            .WithTrackingName(TrackingNames.Chunks)
            .Select((chunk, cancellationToken) => PipelineSteps.ParseChunk(chunk, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedChunks);

        // The files put together again in their order (the pieces come in the same order); a file whose
        // pieces are all cached is made of the same records, so it compares equal at the cost of comparing
        // references, and the steps after it do not run for it. A file with a piece that does not read on its
        // own is read whole in a step of its own (equal, and cached, while the file is). The price of putting
        // the files together from one collected value: entries are matched by position, so a data file added
        // or removed before others makes the steps after this one run again for those (their pieces are not
        // read again).
        var parsed = dataFiles.Collect()
            .Combine(parsedChunks.Collect())
            .SelectMany((input, cancellationToken) => PipelineSteps.AssembleFiles(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.AssembledFiles)
            .Select((file, cancellationToken) => PipelineSteps.Parsed(file, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedFiles);

        var documents = inputs
            .Where(file => file!.Document is not null)
            .Select((file, _) => file!.Document!)
            .WithTrackingName(TrackingNames.SourceDocuments);

        // The checks read the records without positions, so an edit that only moves values (a comment
        // or blank lines anywhere in a file) leaves their input equal and they do not run again; the
        // diagnostics are then placed again from the new span tables.
        var records = parsed
            .Select((file, _) => GuardedStep.Run(TrackingNames.FileRecords, file.Path, "taking the records of " + PathText.FileName(file.Path),
                file.WithoutSpans, failure => ParsedFile.Failed(file.Path, file.Shipped, failure)))
            .WithTrackingName(TrackingNames.FileRecords);
        var spanTables = parsed
            .Select((file, _) => file.SpanTable)
            .WithTrackingName(TrackingNames.SpanTables);

        // The checks split as the data does: what one record needs runs per file (cached per file, so an
        // edit re-checks its own file), the cross-file references on the collected results. Quotes and
        // outcomes are checked verbatim per file against the sources' texts, which an edit of a meeting
        // or quote leaves equal.
        var sourceTexts = records
            .Select((file, _) => GuardedStep.Run(TrackingNames.FileSources, file.Path, "taking the sources of " + PathText.FileName(file.Path),
                () => FileSources.Of(file), failure => new FileSources(file.Path, file.Shipped, EquatableArray<RawSource>.Empty) { Failure = failure }))
            .WithTrackingName(TrackingNames.FileSources)
            .Collect()
            .Combine(documents.Collect())
            .Select((input, cancellationToken) => PipelineSteps.IndexTexts(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.SourceTexts);

        var checkedFiles = records
            .Combine(sourceTexts)
            .Select((input, cancellationToken) => PipelineSteps.Check(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.CheckedFiles);

        // The checks across files: the ids of every file collected into a symbol table (its own checks:
        // duplicates, member names), then each file's references checked against it, per file. An edit
        // that changes no id, post, participant or source leaves the table equal: only the edited
        // file's references are checked again.
        var symbolTable = checkedFiles
            .Select((file, _) => GuardedStep.Run(TrackingNames.FileSymbols, file.Path, "taking the ids of " + PathText.FileName(file.Path),
                () => FileSymbols.Of(file), failure => FileSymbols.Failed(file.Path, file.Shipped, failure)))
            .WithTrackingName(TrackingNames.FileSymbols)
            .Collect()
            .Select((files, cancellationToken) => PipelineSteps.Tabulate(files, cancellationToken))
            .WithTrackingName(TrackingNames.SymbolTable);

        var references = checkedFiles
            .Combine(symbolTable)
            .Select((input, cancellationToken) => PipelineSteps.CheckReferences(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.FileReferences);

        var dataset = checkedFiles.Collect()
            .Combine(references.Collect())
            .Combine(symbolTable.Combine(sourceTexts))
            .Combine(options)
            .Select((input, cancellationToken) => PipelineSteps.Validate(
                new CheckInputs(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right.Left, input.Left.Right.Right), input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Dataset);

        // Diagnostics on their own output, sources from the model only (as the System.Text.Json generator
        // does): a change that alters one does not re-run the other.
        var diagnostics = dataset
            .Select((result, _) => result.Diagnostics)
            .Combine(spanTables.Collect())
            .Select((pair, _) => PipelineSteps.Place(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (output, found) =>
        {
            foreach (var diagnostic in found)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        var model = dataset.Select((result, _) => result.Model).WithTrackingName(TrackingNames.Model);

        // A file per table and a file per segment, encoded file by file: each file's records of the table are
        // taken (compared by value: an edit of a meeting leaves the file's quotes equal) and encoded as a
        // segment, written as a file of its own, in a step of that file (an edit re-encodes and re-writes the
        // edited file's changed tables only); the table's file (accessor class, named members, order) is put
        // together from the segments' keys and members. The segments are numbered by the files that give the
        // table records, and stand where the scope says; both stay equal after an ordinary edit.
        var settings = model
            .Select((m, _) => m is null ? null : new TableSettings(m.Namespace, m.ContainerClass, m.NamedMembers))
            .WithTrackingName(TrackingNames.TableSettings);
        var scope = symbolTable
            .Combine(options)
            .Select((input, _) => TableScope.Of(input.Right.Namespace, input.Right.ContainerClass, input.Left.Extension))
            .WithTrackingName(TrackingNames.TableScope);
        var tables = EntityKind.All.Select(kind =>
        {
            var fileRecords = checkedFiles
                .Select((file, _) => GuardedStep.Run(TrackingNames.FileTable(kind.ClassName), file.Path, "taking the " + kind.ClassName + " of " + PathText.FileName(file.Path),
                    () => new FileTableRecords(file.Path, kind.OwnRecordsOf(file).ToEquatableArray()),
                    failure => new FileTableRecords(file.Path, EquatableArray<EntityModel>.Empty) { Failure = failure }))
                .WithTrackingName(TrackingNames.FileTable(kind.ClassName));
            var numbers = fileRecords
                .Select((records, _) => (records.Path, records.Records.Count))
                .Collect()
                .Select((files, _) => SegmentNumbers.Of(files))
                .WithTrackingName(TrackingNames.SegmentNumbers(kind.ClassName));
            // Each file is given its own number only, so that a change of the numbering re-encodes only the
            // files whose number changed.
            var segments = fileRecords
                .Combine(numbers)
                .Select((input, _) => new NumberedRecords(input.Left, input.Right.Of(input.Left.Path)))
                .WithTrackingName(TrackingNames.NumberedFileTable(kind.ClassName))
                .Combine(scope)
                .Select((input, cancellationToken) => PipelineSteps.EncodeSegment(kind, input.Left, input.Right, cancellationToken))
                .WithTrackingName(TrackingNames.Segments(kind.ClassName));
            var table = segments
                .Collect()
                .Combine(settings)
                .Select((input, cancellationToken) => PipelineSteps.Assemble(kind, input.Left, input.Right, cancellationToken))
                .WithTrackingName(TrackingNames.Table(kind.ClassName));
            return (Segments: segments, Table: table);
        }).ToList();

        // All or nothing: while any step failed (SRD0022 among the diagnostics, or a table that could not be
        // encoded), no source is written at all. The flag is a bool: it changes only when that does, so it
        // leaves every output cached after an ordinary edit.
        var failed = tables.Aggregate(
                diagnostics.Select((found, _) => found.Any(d => d.Id == DiagnosticDescriptors.InternalFailure.Id)),
                (any, table) => any.Combine(table.Table).Select((pair, _) => pair.Left || pair.Right?.Failure is not null))
            .WithTrackingName(TrackingNames.Failed);

        var storage = model.Select((m, _) => m is null ? null : new StorageModel(m.Namespace, m.ContainerClass)).WithTrackingName(TrackingNames.Storage);
        context.RegisterSourceOutput(storage.Combine(failed), static (output, pair) =>
        {
            if (pair.Left is { } settings && !pair.Right)
            {
                PipelineSteps.Write(output, StorageEmitter.HintName, () => StorageEmitter.Emit(settings));
            }
        });

        var topics = model.Select((m, _) => m is null || m.ContainerClass is not null ? null : new TopicsModel(m.Namespace, m.Topics)).WithTrackingName(TrackingNames.Topics);
        context.RegisterSourceOutput(topics.Combine(failed), static (output, pair) =>
        {
            if (pair.Left is { } vocabulary && !pair.Right)
            {
                PipelineSteps.Write(output, TopicsEmitter.HintName, () => TopicsEmitter.Emit(vocabulary));
            }
        });

        foreach (var (segments, table) in tables)
        {
            context.RegisterSourceOutput(table.Combine(failed), static (output, pair) =>
            {
                if (pair.Left?.Failure is { } failure)
                {
                    output.ReportDiagnostic(failure.ToDiagnostic());
                }
                else if (pair.Left is { HintName: { } hintName, Source: { } source } && !pair.Right)
                {
                    PipelineSteps.Write(output, hintName, () => source);
                }
            });

            // The segments' files go with their table's: written when the table is, with nothing failed, in the
            // order of their numbers whatever the order of the files (the compiler emits the data class's
            // attributes in the order of its files, so the assembly's bytes would follow the files' order).
            var written = table.Select((t, _) => t is { Source: not null });
            context.RegisterSourceOutput(segments.Collect().Combine(written.Combine(failed)), static (output, input) =>
            {
                if (input.Right.Left && !input.Right.Right)
                {
                    foreach (var segment in input.Left.Where(s => s.HintName is not null && s.Source is not null).OrderBy(s => s.Number))
                    {
                        PipelineSteps.Write(output, segment.HintName!, () => segment.Source!);
                    }
                }
            });
        }
    }
}
