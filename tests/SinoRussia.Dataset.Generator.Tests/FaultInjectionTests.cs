using Microsoft.CodeAnalysis;
using SinoRussia.Dataset.Generator.Emission;
using SinoRussia.Dataset.Generator.Pipeline;
using SinoRussia.Dataset.Generator.Tests.Infrastructure;

namespace SinoRussia.Dataset.Generator.Tests;

/// <summary>
/// Each guarded pipeline step made to throw in turn (the internal, test-only <see cref="FaultInjection"/>
/// seam): the build gets SRD0022 naming the failure, the compiler sees no exception from the generator
/// (CS8784/CS8785), and no source at all is written, not even the tables whose own steps went well.
/// </summary>
public class FaultInjectionTests
{
    public static TheoryData<string> Steps()
    {
        var steps = new TheoryData<string>
        {
            DatasetGenerator.TrackingNames.Options,
            DatasetGenerator.TrackingNames.InputFiles,
            DatasetGenerator.TrackingNames.ParsedChunks,
            DatasetGenerator.TrackingNames.AssembledFiles,
            DatasetGenerator.TrackingNames.FileRecords,
            DatasetGenerator.TrackingNames.FileSources,
            DatasetGenerator.TrackingNames.SourceTexts,
            DatasetGenerator.TrackingNames.CheckedFiles,
            DatasetGenerator.TrackingNames.FileSymbols,
            DatasetGenerator.TrackingNames.SymbolTable,
            DatasetGenerator.TrackingNames.FileReferences,
            DatasetGenerator.TrackingNames.Dataset,
            DatasetGenerator.TrackingNames.Diagnostics,
            PipelineSteps.Writing,
        };
        foreach (var kind in EntityKind.All)
        {
            steps.Add(DatasetGenerator.TrackingNames.FileTable(kind.ClassName));
            steps.Add(DatasetGenerator.TrackingNames.Segments(kind.ClassName));
            steps.Add(DatasetGenerator.TrackingNames.Table(kind.ClassName));
        }

        return steps;
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void A_failing_step_is_SRD0022_with_no_exception_into_the_compiler_and_no_output(string step)
    {
        GeneratorRun run;
        using (FaultInjection.FailAt(step))
        {
            run = GeneratorHarness.Run(Repository.CuratedFiles());
        }

        run.Exception.ShouldBeNull(step);
        run.GeneratorDiagnostics.Select(d => d.Id).ShouldNotContain("CS8784", step);
        run.GeneratorDiagnostics.Select(d => d.Id).ShouldNotContain("CS8785", step);
        var internalFailures = run.Diagnostics.Where(d => d.Id == "SRD0022").ToList();
        internalFailures.ShouldNotBeEmpty(step + ": the failure is reported");
        internalFailures.ShouldAllBe(d => d.Severity == DiagnosticSeverity.Error);
        internalFailures.ShouldContain(d => d.GetMessage().Contains(nameof(FaultInjection) + "." + nameof(FaultInjection.At), StringComparison.Ordinal),
            step + ": the SRD0022 names the method that threw: " + string.Join(" | ", internalFailures.Select(d => d.GetMessage())));
        run.Sources.Select(s => s.HintName).ShouldBeEmpty(step + ": no partial output");
    }

    [Fact]
    public void Without_a_fault_the_same_run_writes_every_file_and_reports_no_internal_failure()
    {
        // The control for the theory above: the seam is scoped, and the curated data builds cleanly.
        using (FaultInjection.FailAt(DatasetGenerator.TrackingNames.Dataset))
        {
        }

        var run = GeneratorHarness.Run(Repository.CuratedFiles());
        run.Diagnostics.Where(d => d.Id == "SRD0022").ShouldBeEmpty();
        run.Sources.Count.ShouldBe((EntityKind.All.Count * 2) + 2, "a file per table and per segment (each curated table comes from one file), the storage and the topics");
    }
}
