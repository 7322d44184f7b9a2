using Microsoft.CodeAnalysis;
using SinoRussia.Dataset.Generator.Hosting;
using SinoRussia.Dataset.Generator.Tests.Infrastructure;

namespace SinoRussia.Dataset.Generator.Tests;

/// <summary>
/// <see cref="DatasetCheck"/>, the generator package's public way to check or load data outside a
/// build: it must be the build's generator with the build's settings, roles and messages.
/// </summary>
public class HostingTests
{
    private static IEnumerable<DatasetInput> Curated()
        => Repository.CuratedFiles().Select(f => new DatasetInput(f.Path, f.Text!, f.Role == "data" ? DatasetInputRole.Data : DatasetInputRole.Source));

    [Fact]
    public void The_curated_data_checks_clean_and_generates_the_tables()
    {
        var result = DatasetCheck.Run(Curated());
        result.Diagnostics.ShouldBeEmpty();
        result.HasErrors.ShouldBeFalse();
        result.Output.SyntaxTrees.Select(t => Path.GetFileName(t.FilePath)).ShouldContain(name => name.Contains("Meetings", StringComparison.Ordinal));
    }

    [Fact]
    public void A_mistake_is_the_same_diagnostic_at_the_same_place_as_in_a_build()
    {
        var inputs = Curated().Select(i => i.Path.EndsWith("meetings.yaml", StringComparison.Ordinal)
            ? new DatasetInput(i.Path, i.Text.Replace("format: in-person", "format: face-to-face", StringComparison.Ordinal), i.Role)
            : i).ToList();
        var hosted = DatasetCheck.Run(inputs);
        var built = GeneratorHarness.Run(inputs.Select(i => new DatasetFile(i.Path, i.Text, i.Role == DatasetInputRole.Data ? "data" : "source")));

        hosted.HasErrors.ShouldBeTrue();
        hosted.Diagnostics.Select(DatasetCheck.Format).ShouldBe(built.Diagnostics.Select(DatasetCheck.Format));
        DatasetCheck.Format(hosted.Diagnostics[0]).ShouldMatch(@"meetings\.yaml\(\d+,\d+\): error SRD0005: .*\(https://.*#srd0005\)$");
    }

    [Fact]
    public void A_driver_runs_again_after_an_edit_with_the_files_roles_and_redoes_only_the_edited_file()
    {
        var inputs = Curated().ToList();
        var driver = DatasetCheck.CreateDriver(inputs, out var texts, trackSteps: true);
        texts.Select(t => t.Path).ShouldBe(inputs.Select(i => i.Path));
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Edited");
        driver = driver.RunGenerators(compilation);
        driver.GetRunResult().Diagnostics.ShouldBeEmpty();

        var at = inputs.FindIndex(i => i.Path.EndsWith("meetings.yaml", StringComparison.Ordinal));
        var broken = inputs[at].Text.Replace("country: RU", "country: UK", StringComparison.Ordinal);
        broken.ShouldNotBe(inputs[at].Text);
        var result = driver.ReplaceAdditionalText(texts[at], DatasetCheck.Text(inputs[at].Path, broken)).RunGenerators(compilation).GetRunResult();

        result.Diagnostics.Select(d => d.Id).Distinct().ShouldBe(new[] { "SRD0005" }, "the edited text is read, as data (its role kept)");
        result.Diagnostics.ShouldAllBe(d => d.Location.GetLineSpan().Path == inputs[at].Path);
        var parsed = result.Results.Single().TrackedSteps[Pipeline.DatasetGenerator.TrackingNames.InputFiles].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        parsed.Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(1, "only the edited file is parsed again");
    }

    [Fact]
    public void The_role_makes_a_file_a_source_text()
    {
        // The same files, the texts given the data role: they are not source texts, so every source's
        // document is missing (SRD0010), and read as YAML they are no dataset either.
        var inputs = Curated().Select(i => i.Role == DatasetInputRole.Source ? new DatasetInput(i.Path, i.Text, DatasetInputRole.Data) : i).ToList();
        var ids = DatasetCheck.Run(inputs).Diagnostics.Select(d => d.Id).Distinct().ToList();
        ids.ShouldContain("SRD0010");
        ids.ShouldNotContain("SRD0022");
        DatasetCheck.Run(Curated()).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void The_settings_reach_the_generator_as_the_msbuild_properties_do()
    {
        var bad = DatasetCheck.Run(Curated(), new DatasetCheckOptions { NamedMembers = "some" });
        bad.Diagnostics.ShouldHaveSingleItem().GetMessage().ShouldContain("'SinoRussiaDatasetNamedMembers' has the invalid value 'some'");

        var own = new DatasetInput("/consumer/own.yaml", File.ReadAllText(Path.Combine(Repository.Root, "samples", "SinoRussia.Dataset.Sample", "SinoRussiaData", "extra-meetings.yaml")), DatasetInputRole.Data);
        var shipped = Curated().Where(i => i.Role == DatasetInputRole.Data).Select(i => new DatasetInput(i.Path, i.Text, DatasetInputRole.Shipped));
        var extension = DatasetCheck.Run(shipped.Append(own), new DatasetCheckOptions { Namespace = "My.Data", ClassName = "Merged" });
        extension.Diagnostics.ShouldBeEmpty();
        extension.Output.SyntaxTrees.Select(t => t.ToString()).ShouldContain(text => text.Contains("namespace My.Data", StringComparison.Ordinal) && text.Contains("class Merged", StringComparison.Ordinal));
    }

    [Fact]
    public void A_generator_that_fails_to_run_is_an_error_here_though_the_compiler_only_warns()
    {
        var warning = Diagnostic.Create(new DiagnosticDescriptor("CS8785", "t", "m", "c", DiagnosticSeverity.Warning, true), Location.None);
        DatasetCheckResult.IsError(warning).ShouldBeTrue();
        var other = Diagnostic.Create(new DiagnosticDescriptor("SRD0011", "t", "m", "c", DiagnosticSeverity.Warning, true), Location.None);
        DatasetCheckResult.IsError(other).ShouldBeFalse();
    }
}
