using System.Reflection;
using SinoRussia.Dataset.Tool.Checking;
using SinoRussia.Dataset.Tool.Exporting;

namespace SinoRussia.Dataset.Tool.Tests;

/// <summary><c>check</c> and <c>export</c> over folders written for the tests, in-process.</summary>
public sealed class CheckTests : TempFolderTest
{

    internal static string RepositoryRoot { get; } = typeof(CheckTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>A valid meeting of a project's own, referring to shipped officials and a shipped source.</summary>
    internal const string GoodMeeting = """
        meetings:
          - id: putin-wang-yi-2023-02-22
            title: Vladimir Putin meets Wang Yi at the Kremlin
            date: { value: "2023-02-22", precision: day, basis: inferred, note: From the Kremlin's readout. }
            format: in-person
            participants:
              - { official: wang-yi, role: guest }
              - { official: vladimir-putin, role: host }
            sources: [azernews-2023-02-22]
        """;

    [Fact]
    public void A_validFolder_checks_clean_against_the_shipped_data()
    {
        File.WriteAllText(Path.Combine(Folder, "meetings.yaml"), GoodMeeting);
        var output = new StringWriter();
        CheckCommand.Run(Folder, output).ShouldBe(0, output.ToString());
        output.ToString().ShouldNotContain(": error ");
        output.ToString().ShouldContain("1 data file(s), 0 source text(s): 0 error(s), 0 warning(s)");
    }

    [Fact]
    public void Errors_are_printed_in_the_compilers_format_at_their_yaml_line_and_column_and_fail()
    {
        var path = Path.Combine(Folder, "bad.yaml");
        var yaml = GoodMeeting.Replace("official: wang-yi,", "official: wang-yii,").Replace("format: in-person", "format: zoom");
        File.WriteAllText(path, yaml);
        var output = new StringWriter();
        CheckCommand.Run(Folder, output).ShouldBe(1);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.ShouldContain(l => l.StartsWith($"{path}({Position(yaml, "zoom")}): error SRD0005:", StringComparison.Ordinal) && l.Contains("'zoom'"), output.ToString());
        lines.ShouldContain(l => l.StartsWith($"{path}({Position(yaml, "wang-yii")}): error SRD0008:", StringComparison.Ordinal) && l.Contains("wang-yii"), output.ToString());
        lines.Last().ShouldBe("1 data file(s), 0 source text(s): 2 error(s), 0 warning(s)");
    }

    /// <summary>"line,column" (1-based) of the first occurrence of <paramref name="value"/> in <paramref name="text"/>.</summary>
    private static string Position(string text, string value)
    {
        var index = text.IndexOf(value, StringComparison.Ordinal);
        var before = text[..index];
        var line = before.Count(c => c == '\n') + 1;
        var column = index - (before.LastIndexOf('\n') + 1) + 1;
        return $"{line},{column}";
    }

    [Fact]
    public void The_repositorys_own_data_checks_clean_standalone_and_not_as_an_extension_of_itself()
    {
        var data = Path.Combine(RepositoryRoot, "data");
        var standalone = new StringWriter();
        CheckCommand.Run(data, standalone, standalone: true).ShouldBe(0, standalone.ToString());
        standalone.ToString().ShouldContain(": 0 error(s)");

        // As an extension, every record repeats a shipped one: the mode matters.
        var extension = new StringWriter();
        CheckCommand.Run(data, extension).ShouldBe(1);
        extension.ToString().ShouldContain("error SRD0007");
    }

    [Fact]
    public void An_id_that_repeats_a_shipped_one_is_reported_as_a_consumer_build_reports_it()
    {
        File.WriteAllText(Path.Combine(Folder, "dup.yaml"), GoodMeeting.Replace("putin-wang-yi-2023-02-22", "wang-yi-patrushev-2023-02-21"));
        var output = new StringWriter();
        CheckCommand.Run(Folder, output).ShouldBe(1);
        output.ToString().ShouldContain("error SRD0007");
    }

    [Fact]
    public void Export_merges_theFolder_with_the_shipped_data()
    {
        File.WriteAllText(Path.Combine(Folder, "meetings.yaml"), GoodMeeting);
        var loaded = FolderDataset.Load(Folder);
        loaded.Errors.ShouldBeEmpty();
        var dataset = loaded.Dataset!;
        dataset.Meetings.Count.ShouldBe(Meetings.All.Count + 1);
        var own = dataset.Meetings.Single(m => m.Id == "putin-wang-yi-2023-02-22");
        own.Participants.Select(p => p.Official).ShouldBe(new[] { Officials.WangYi, Officials.VladimirPutin });
        own.Date.ToString().ShouldBe("2023-02-22");
    }

    [Fact]
    public async Task Export_writes_the_chosen_format_and_refuses_invalid_data()
    {
        File.WriteAllText(Path.Combine(Folder, "meetings.yaml"), GoodMeeting);
        var output = new StringWriter();
        var target = Path.Combine(Folder, "out");
        (await ExportCommand.RunAsync(Folder, "csv", target, output, TextWriter.Null)).ShouldBe(0);
        File.ReadLines(Path.Combine(target, "meetings.csv")).Count().ShouldBe(Meetings.All.Count + 2);
        File.Exists(Path.Combine(target, "datapackage.json")).ShouldBeTrue();

        File.WriteAllText(Path.Combine(Folder, "meetings.yaml"), GoodMeeting.Replace("official: wang-yi,", "official: nobody,"));
        var error = new StringWriter();
        (await ExportCommand.RunAsync(Folder, "json", Path.Combine(Folder, "out2"), TextWriter.Null, error)).ShouldBe(1);
        error.ToString().ShouldContain("SRD0008");
        Directory.Exists(Path.Combine(Folder, "out2")).ShouldBeFalse("nothing is written from invalid data");
    }

    [Fact]
    public void Draft_with_a_data_folder_matches_the_folders_own_officials()
    {
        var data = Path.Combine(Folder, "data");
        Directory.CreateDirectory(data);
        File.WriteAllText(Path.Combine(data, "officials.yaml"), """
            officials:
              - id: ivan-petrov
                name: Ivan Petrov
                aliases: [Ivan Petrov]
                country: RU
                positions:
                  - { title: Deputy Foreign Minister, organisation: russia-mfa, start: { value: "2024-01", precision: month } }
            """);
        var article = Path.Combine(Folder, "article.txt");
        File.WriteAllText(article, "MOSCOW, March 3. /TASS/. \"Our countries will keep talking,\" Ivan Petrov said.\n");

        var withData = new StringWriter();
        Drafting.DraftCommand.Run(article, null, data, withData, TextWriter.Null).ShouldBe(0);
        withData.ToString().ShouldContain("speaker: \"ivan-petrov\"");
        withData.ToString().ShouldContain("officials: []", customMessage: "a known official is not proposed again");

        // Without the folder the name is unknown: proposed as a new official, with TODOs.
        var withoutData = new StringWriter();
        Drafting.DraftCommand.Run(article, null, null, withoutData, TextWriter.Null).ShouldBe(0);
        withoutData.ToString().ShouldContain("officials:\n  - id: \"ivan-petrov\"");
        withoutData.ToString().ShouldContain("# TODO: the speaker is a new official proposed under officials: check the name");

        File.WriteAllText(Path.Combine(data, "officials.yaml"), "officials:\n  - id: broken\n");
        var error = new StringWriter();
        Drafting.DraftCommand.Run(article, null, data, TextWriter.Null, error).ShouldBe(1);
        error.ToString().ShouldContain("SRD0003");
    }

    [Fact]
    public void A_draft_goes_next_to_its_article_unless_told_otherwise()
    {
        var article = Path.Combine(Folder, "article.txt");
        Drafting.DraftCommand.OutputPath(article, null).ShouldBe(Path.Combine(Folder, "article.draft.yaml"));
        Drafting.DraftCommand.OutputPath(article, "-").ShouldBeNull("standard output");
        Drafting.DraftCommand.OutputPath(article, Path.Combine(Folder, "x.yaml")).ShouldBe(Path.Combine(Folder, "x.yaml"));
    }
}
