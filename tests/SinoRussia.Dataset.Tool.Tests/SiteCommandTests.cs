using SinoRussia.Dataset.Tool.Exporting;

namespace SinoRussia.Dataset.Tool.Tests;

/// <summary><c>site OUT [--data DIR] [--sources DIR]</c>: the shipped data's site, a folder's merged data's site, and no site from invalid data.</summary>
public class SiteCommandTests : TempFolderTest
{
    [Fact]
    public async Task Site_writes_the_shipped_data_and_with_data_the_merged_data()
    {
        var shipped = Path.Combine(Folder, "shipped");
        (await SiteCommand.RunAsync(shipped, null, null, TextWriter.Null, TextWriter.Null)).ShouldBe(0);
        Directory.GetFiles(Path.Combine(shipped, "meetings")).Length.ShouldBe(Meetings.All.Count);
        File.Exists(Path.Combine(shipped, "index.html")).ShouldBeTrue();

        var data = Path.Combine(Folder, "data");
        Directory.CreateDirectory(data);
        File.WriteAllText(Path.Combine(data, "meetings.yaml"), CheckTests.GoodMeeting);
        var merged = Path.Combine(Folder, "merged");
        var sources = Path.Combine(RepositoryRoot(), "data", "sources");
        (await SiteCommand.RunAsync(merged, data, sources, TextWriter.Null, TextWriter.Null)).ShouldBe(0);
        Directory.GetFiles(Path.Combine(merged, "meetings")).Length.ShouldBe(Meetings.All.Count + 1);
        File.ReadAllText(Path.Combine(merged, "meetings", "putin-wang-yi-2023-02-22.html")).ShouldContain("Vladimir Putin meets Wang Yi at the Kremlin");
        File.ReadAllText(Path.Combine(merged, "sources", Sources.Tass2025_12_02.Id + ".html")).ShouldContain("<div class=\"document\">");
    }

    [Fact]
    public async Task Site_refuses_invalid_data()
    {
        File.WriteAllText(Path.Combine(Folder, "meetings.yaml"), CheckTests.GoodMeeting.Replace("official: wang-yi,", "official: nobody,"));
        var error = new StringWriter();
        (await SiteCommand.RunAsync(Path.Combine(Folder, "out"), Folder, null, TextWriter.Null, error)).ShouldBe(1);
        error.ToString().ShouldContain("SRD0008");
        Directory.Exists(Path.Combine(Folder, "out")).ShouldBeFalse("nothing is written from invalid data");
    }

    private static string RepositoryRoot() => typeof(SiteCommandTests).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false).Cast<System.Reflection.AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;
}
