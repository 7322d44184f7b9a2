using System.Text.RegularExpressions;

namespace SinoRussia.Dataset.PackageTests;

/// <summary>
/// README's C# snippets, compiled and run against the packed packages as a user would paste them:
/// the LINQ tour, the exports, and the extension example (in a project named MyApp with the YAML the
/// example assumes). A snippet that no longer compiles fails here, not in a reader's editor.
/// </summary>
[Collection(PackageCollection.Name)]
public class ReadmeSnippetTests(PackedPackage package)
{
    private static IReadOnlyList<string> Snippets()
        => Regex.Matches(File.ReadAllText(Path.Combine(PackedPackage.RepositoryRoot, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal), "```csharp\n(.*?)```", RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value).ToList();

    private string ExportReference => $"""<ItemGroup><PackageReference Include="SinoRussia.Dataset.Export" Version="{package.Version}" /></ItemGroup>""";

    [Fact]
    public void README_has_the_three_snippets_these_tests_run()
    {
        var snippets = Snippets();
        snippets.Count.ShouldBe(3, "a new C# snippet in README needs a test here");
        snippets[0].ShouldContain("Meetings.Of(Officials.WangYi)");
        snippets[1].ShouldContain("DatasetExport.WriteAllAsync");
        snippets[2].ShouldContain("ExtendedDataset");
    }

    [Fact]
    public void The_linq_tour_compiles_and_runs()
    {
        var folder = package.CSharpProject("ReadmeTour", Snippets()[0]);
        var run = DotNet.Run(folder, package.ConsumerEnvironment, "run").ShouldSucceed();
        run.Output.ShouldContain("Wang Yi");
    }

    [Fact]
    public void The_export_snippet_compiles_and_writes_its_files()
    {
        var folder = package.CSharpProject("ReadmeExport", Snippets()[1], ExportReference);
        DotNet.Run(folder, package.ConsumerEnvironment, "run").ShouldSucceed();
        File.Exists(Path.Combine(folder, "timeline.svg")).ShouldBeTrue();
        File.Exists(Path.Combine(folder, "out", "dataset.json")).ShouldBeTrue();
        Directory.GetFiles(Path.Combine(folder, "out", "csv"), "*.csv").ShouldNotBeEmpty();
    }

    [Fact]
    public void The_extension_snippet_compiles_and_runs_in_a_project_named_MyApp()
    {
        var folder = package.CSharpProject("MyApp", Snippets()[2] + "\nConsole.WriteLine(\"SAME \" + same + \" \" + mine.Id + \" \" + all.Count);\n");
        PackedPackage.Write(folder, "SinoRussiaData/extra.yaml", ExtensionTests.ExtraMeeting);
        var run = DotNet.Run(folder, package.ConsumerEnvironment, "run").ShouldSucceed();
        ProgramOutput.Line(run.Output, "SAME").ShouldStartWith("True putin-wang-yi-2023-02-22 ");
    }
}
