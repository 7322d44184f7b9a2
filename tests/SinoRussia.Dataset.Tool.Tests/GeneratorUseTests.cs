using System.Text.RegularExpressions;

namespace SinoRussia.Dataset.Tool.Tests;

/// <summary>
/// The tool uses the generator package as any other program could: through its public
/// <c>DatasetCheck</c>, not its internals, and reaches the compiled data through a compiled reference,
/// not by looking up generated names.
/// </summary>
public sealed class GeneratorUseTests : TempFolderTest
{
    private static readonly string ToolSources = Path.Combine(CheckTests.RepositoryRoot, "src", "SinoRussia.Dataset.Tool");

    [Fact]
    public void The_generator_grants_the_tool_no_access_to_its_internals()
    {
        var project = File.ReadAllText(Path.Combine(CheckTests.RepositoryRoot, "generator", "SinoRussia.Dataset.Generator.csproj"));
        project.ShouldNotContain("InternalsVisibleTo Include=\"SinoRussia.Dataset.Tool\"");
    }

    [Fact]
    public void The_tool_uses_only_the_generators_public_hosting_namespace()
    {
        var used = Directory.GetFiles(ToolSources, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(p => Regex.Matches(File.ReadAllText(p), @"SinoRussia\.Dataset\.Generator\.(\w+)").Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();
        used.ShouldBe(new[] { "Hosting" });
    }

    [Fact]
    public void The_tool_looks_up_no_type_or_member_by_name()
    {
        var lookups = Directory.GetFiles(ToolSources, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(p => File.ReadLines(p).Select(l => (File: Path.GetFileName(p), Line: l)))
            .Where(x => Regex.IsMatch(x.Line, @"\.(GetType|GetProperty|GetMethod|GetField|InvokeMember)\(\s*[""$A-Za-z]"))
            .Select(x => $"{x.File}: {x.Line.Trim()}")
            .ToList();
        lookups.ShouldBeEmpty();
    }

    [Fact]
    public void A_folder_loads_as_its_merged_view_through_the_tools_entry_class()
    {
        File.WriteAllText(Path.Combine(Folder, "meetings.yaml"), CheckTests.GoodMeeting);
        var loaded = Exporting.FolderDataset.Load(Folder);
        loaded.Errors.ShouldBeEmpty();
        loaded.Dataset.ShouldNotBeNull();
        loaded.Dataset.Meetings.Count.ShouldBe(SinoRussiaDataset.Shipped.Meetings.Count + 1);
        loaded.Dataset.Meetings.ShouldContain(m => m.Id == "putin-wang-yi-2023-02-22");
    }
}
