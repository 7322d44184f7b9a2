using System.Text.RegularExpressions;

namespace SinoRussia.Dataset.PackageTests;

/// <summary>
/// The curation tool as a user gets it: installed with <c>dotnet tool install</c> from the local feed,
/// then <c>check</c>, <c>draft</c>, <c>export</c> and <c>site</c> run end to end. <c>check</c> prints the diagnostics
/// a consumer project's build prints for the same files, at the same lines and columns.
/// </summary>
[Collection(PackageCollection.Name)]
public class ToolTests(PackedPackage package)
{
    private const string BadData = """
        meetings:
          - id: putin-wang-yi-2023-02-22
            title: Vladimir Putin meets Wang Yi at the Kremlin
            date: { value: "2023-02-30", precision: day, basis: inferred, note: From the Kremlin's readout. }
            format: zoom
            participants:
              - { official: wang-yii, role: guest }
              - { official: vladimir-putin, role: host }
            sources: [azernews-2023-02-22]
        """;

    private string InstallTool()
    {
        var toolPath = Path.Combine(package.Root, "tool-" + Guid.NewGuid().ToString("N")[..8]);
        DotNet.Run(package.Root, package.ConsumerEnvironment, "tool", "install", "SinoRussia.Dataset.Tool", "--version", package.Version,
            "--tool-path", toolPath, "--add-source", package.Feed).ShouldSucceed();
        return Path.Combine(toolPath, OperatingSystem.IsWindows() ? "sinorussia-dataset.exe" : "sinorussia-dataset");
    }

    [Fact]
    public void Check_prints_what_a_consumer_build_prints_for_the_same_files()
    {
        var project = package.CSharpProject("CheckedByBuild", "Console.WriteLine();");
        var data = Path.Combine(project, "SinoRussiaData");
        PackedPackage.Write(project, "SinoRussiaData/bad.yaml", BadData);

        var build = DotNet.Run(project, package.ConsumerEnvironment, "build", "-nologo");
        build.ExitCode.ShouldNotBe(0);
        var fromBuild = SrdLines(build.Output);
        fromBuild.Count.ShouldBeGreaterThanOrEqualTo(3, build.Output);

        var tool = InstallTool();
        var check = Run(tool, "check", data);
        check.ExitCode.ShouldBe(1, check.Output);
        SrdLines(check.Output).ShouldBe(fromBuild, check.Output);
    }

    [Fact]
    public void Draft_export_and_site_run_end_to_end()
    {
        var tool = InstallTool();
        var folder = Path.Combine(package.Root, "tool-run-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var article = Path.Combine(folder, "article.txt");
        File.Copy(Path.Combine(PackedPackage.RepositoryRoot, "data", "sources", "000_802e0ca11a64a967.txt"), article);

        // Left without --output, the draft is written next to the article.
        var draftPath = Path.Combine(folder, "article.draft.yaml");
        var draft = Run(tool, "draft", article);
        draft.ExitCode.ShouldBe(0, draft.Output);
        var yaml = File.ReadAllText(draftPath);
        yaml.ShouldContain("quotes:");
        yaml.ShouldContain("We are working together on the implementation of strategic security agreements reached at the highest level.");

        var data = Path.Combine(folder, "data");
        Directory.CreateDirectory(data);
        File.WriteAllText(Path.Combine(data, "meetings.yaml"), BadData.Replace("2023-02-30", "2023-02-22").Replace("zoom", "in-person").Replace("wang-yii", "wang-yi"));
        var export = Run(tool, "export", data, "--format", "csv", "--output", Path.Combine(folder, "csv"));
        export.ExitCode.ShouldBe(0, export.Output);
        File.ReadAllText(Path.Combine(folder, "csv", "meetings.csv")).ShouldContain("putin-wang-yi-2023-02-22");
        File.Exists(Path.Combine(folder, "csv", "datapackage.json")).ShouldBeTrue();

        var site = Run(tool, "site", Path.Combine(folder, "site"), "--data", data, "--sources", Path.Combine(PackedPackage.RepositoryRoot, "data", "sources"));
        site.ExitCode.ShouldBe(0, site.Output);
        File.ReadAllText(Path.Combine(folder, "site", "meetings", "putin-wang-yi-2023-02-22.html")).ShouldContain("<h1>");
        File.ReadAllText(Path.Combine(folder, "site", "sources", "tass-2025-12-02.html")).ShouldContain("<mark");
    }

    /// <summary>The SRD diagnostics of an output, as <c>path(line,col): severity SRDnnnn: message</c>, without
    /// MSBuild's trailing <c>[project]</c>, de-duplicated (MSBuild repeats errors in its summary) and sorted.</summary>
    private static List<string> SrdLines(string output)
        => output.Split('\n')
            .Select(l => Regex.Replace(l.Trim(), @"\s+\[[^\]]+\]$", string.Empty))
            .Where(l => Regex.IsMatch(l, @"^\S.*\(\d+,\d+\): (error|warning|info) SRD\d{4}: "))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string DotNetRoot()
    {
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                var target = new FileInfo(candidate).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? candidate;
                return Path.GetDirectoryName(target)!;
            }
        }

        throw new InvalidOperationException("dotnet is not on PATH.");
    }

    private static (int ExitCode, string Output) Run(string tool, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        // The tool's launcher finds the runtime through DOTNET_ROOT: the installation of the dotnet on PATH.
        start.Environment["DOTNET_ROOT"] = DotNetRoot();
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
