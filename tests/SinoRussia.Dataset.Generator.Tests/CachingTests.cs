using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SinoRussia.Dataset.Generator.Pipeline;
using SinoRussia.Dataset.Generator.Tests.Infrastructure;

namespace SinoRussia.Dataset.Generator.Tests;

/// <summary>An unrelated C# edit re-runs nothing: every tracked step is Cached or Unchanged.</summary>
public class CachingTests
{
    private static readonly string[] TrackedSteps =
    {
        DatasetGenerator.TrackingNames.InputFiles,
        DatasetGenerator.TrackingNames.ParsedFiles,
        DatasetGenerator.TrackingNames.SourceDocuments,
        DatasetGenerator.TrackingNames.Options,
        DatasetGenerator.TrackingNames.Dataset,
    };

    [Fact]
    public void Unrelated_csharp_edit_reuses_every_step_and_parses_no_yaml()
    {
        var compilation = GeneratorHarness.Compilation("namespace User { public class A { } }");
        var driver = GeneratorHarness.Driver(Repository.CuratedFiles()).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        TrackedSteps.ShouldAllBe(name => first.TrackedSteps.ContainsKey(name));
        first.TrackedSteps[DatasetGenerator.TrackingNames.ParsedFiles].Length.ShouldBe(6);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace User { public class B { } }", GeneratorHarness.ParseOptions));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var name in TrackedSteps)
        {
            var reasons = second.TrackedSteps[name].SelectMany(step => step.Outputs).Select(o => o.Reason).ToList();
            reasons.ShouldNotBeEmpty(name);
            reasons.ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged, name);
        }

        // Parsing is the expensive step: it must not have run at all.
        second.TrackedSteps[DatasetGenerator.TrackingNames.ParsedFiles].SelectMany(s => s.Outputs)
            .ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached);
        second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Editing_one_yaml_file_reparses_only_that_file()
    {
        var files = Repository.CuratedFiles();
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(files, out var texts).RunGenerators(compilation);

        var topics = texts.Single(t => t.Path.EndsWith("topics.yaml", StringComparison.Ordinal));
        var edited = GeneratorHarness.Text(topics.Path, topics.GetText()!.ToString() + "\n# a comment\n");
        var result = driver.ReplaceAdditionalText(topics, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        var parsed = result.TrackedSteps[DatasetGenerator.TrackingNames.ParsedFiles].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        parsed.Count(r => r == IncrementalStepRunReason.Cached).ShouldBe(5);
        parsed.Count(r => r != IncrementalStepRunReason.Cached).ShouldBe(1);
    }
}
