using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SinoRussia.Dataset.PackageTests;

/// <summary>The packed package, consumed from a local folder feed by fresh projects.</summary>
[Collection(PackageCollection.Name)]
public class PackageTests(PackedPackage package)
{
    private string ConsumerProject(string name, string program, string extraProjectContent = "")
        => package.CSharpProject(name, program, extraProjectContent);

    [Fact]
    public void The_package_has_the_library_the_generator_with_its_internalised_yamldotnet_the_readme_and_metadata()
    {
        File.Exists(package.Nupkg).ShouldBeTrue(package.PackOutput);
        using var zip = ZipFile.OpenRead(package.Nupkg);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        entries.ShouldContain("lib/net8.0/SinoRussia.Dataset.dll");
        entries.ShouldContain("lib/net8.0/SinoRussia.Dataset.xml");
        entries.ShouldContain("analyzers/dotnet/cs/SinoRussia.Dataset.Generator.dll");
        entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray().ShouldBe(new[]
        {
            "analyzers/dotnet/cs/SinoRussia.Dataset.Generator.YamlDotNet.dll",
            "analyzers/dotnet/cs/SinoRussia.Dataset.Generator.dll",
        }, customMessage: "the generator carries no third-party assembly under its own name");
        entries.ShouldContain("README.md");
        entries.ShouldNotContain(e => e.EndsWith(".txt", StringComparison.Ordinal), "the source texts are not packed");
        entries.Where(e => e.EndsWith(".yaml", StringComparison.Ordinal)).ShouldAllBe(e => e.StartsWith("buildTransitive/data/"),
            "the shipped YAML travels only as reference data for projects that extend the dataset");
        entries.Where(e => e.StartsWith("buildTransitive/data/", StringComparison.Ordinal)).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe(Directory.GetFiles(Path.Combine(PackedPackage.RepositoryRoot, "data"), "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal),
                "every YAML file under data/ goes into the package");
        entries.ShouldContain("buildTransitive/SinoRussia.Dataset.props");
        entries.ShouldContain("buildTransitive/SinoRussia.Dataset.targets");
        var schemaFolder = Path.Combine(PackedPackage.RepositoryRoot, "data", "schema");
        entries.Where(e => e.StartsWith("buildTransitive/schema/", StringComparison.Ordinal)).Select(e => e["buildTransitive/schema/".Length..]).Order(StringComparer.Ordinal)
            .ShouldBe(Directory.GetFiles(schemaFolder, "*.schema.json", SearchOption.AllDirectories)
                    .Select(f => Path.GetRelativePath(schemaFolder, f).Replace('\\', '/')).Order(StringComparer.Ordinal),
                "the JSON Schemas travel for users' editors: the YAML files' schemas, and the JSON export's under export/");
        entries.ShouldContain("icon.png");
        File.Exists(Path.ChangeExtension(package.Nupkg, ".snupkg")).ShouldBeTrue("a symbols package is made beside the package");
        Regex.Matches(package.PackOutput, @"\bwarning\b").ShouldBeEmpty("dotnet pack gives no warnings:\n" + package.PackOutput);

        using var nuspecStream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Element(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        Element("id").ShouldBe("SinoRussia.Dataset");
        Element("version").ShouldBe(package.Version);
        Element("license").ShouldBe("MIT AND CC-BY-4.0");
        entries.ShouldContain("THIRD-PARTY-NOTICES.md");
        entries.ShouldContain("LICENSE");
        Element("readme").ShouldBe("README.md");
        Element("icon").ShouldBe("icon.png");
        Element("tags").ShouldContain("dataset");
        metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("url")!.Value.ShouldStartWith("https://");
        metadata.Descendants().Where(e => e.Name.LocalName == "dependency").ShouldBeEmpty("the generator's dependencies must not flow to consumers");
    }

    [Fact]
    public void A_fresh_project_referencing_the_package_runs_a_linq_query()
    {
        var folder = ConsumerProject("LinqConsumer", """
            using SinoRussia.Dataset;

            var ids = Meetings.All.Where(m => m.Involves(Officials.WangYi)).Select(m => m.Id);
            Console.WriteLine("MEETINGS " + string.Join(",", ids));
            Console.WriteLine("SHOIGU " + Quotes.By(Officials.SergeiShoigu).Count());
            Console.WriteLine("POST " + Meetings.WangYiPatrushev2023_02_21.ParticipantFor(Officials.WangYi)!.Post!.Title);
            """);

        var run = DotNet.Run(folder, package.ConsumerEnvironment, "run", "-p:EmitCompilerGeneratedFiles=true", "--", "ignored").ShouldSucceed();

        // A project without YAML of its own gets nothing from the bundled generator (the extension
        // tests show that the same setting does write its files when there is YAML).
        Directory.GetDirectories(folder, "SinoRussia.Dataset.Generator", SearchOption.AllDirectories).ShouldBeEmpty();

        var expected = YamlOracle.MeetingsOf("wang-yi");
        expected.Count.ShouldBeGreaterThan(0);
        ProgramOutput.Line(run.Output, "MEETINGS").ShouldBe(string.Join(",", expected));
        ProgramOutput.Line(run.Output, "SHOIGU").ShouldBe(YamlOracle.Records("quotes").Count(q => YamlOracle.Scalar(q, "speaker") == "sergei-shoigu").ToString());
        ProgramOutput.Line(run.Output, "POST").ShouldBe("Director of the Office of the Central Foreign Affairs Commission");
    }

    [Fact]
    public void Sixty_four_threads_touching_the_static_collections_first_in_a_fresh_process_see_the_same_complete_data()
    {
        // Nothing touches the dataset before the threads race: the statics (Meetings.All, Officials.ById,
        // the indexes, the shipped dataset, and the project's generated merged view) are first used by 64
        // threads at once.
        var folder = ConsumerProject("RaceConsumer", """
            using SinoRussia.Dataset;
            using RaceConsumer;

            var results = new string[64];
            var identities = new object[64][];
            using var start = new ManualResetEventSlim();
            var threads = Enumerable.Range(0, 64).Select(i => new Thread(() =>
            {
                start.Wait();
                var wangYi = Officials.ById("wang-yi");
                var all = Meetings.All;
                var merged = ExtendedDataset.Meetings.All;
                identities[i] = new object[] { all, wangYi, Quotes.All, Meetings.Of(wangYi), Quotes.By(wangYi), SinoRussiaDataset.Shipped, all[0].Participants[0].Official,
                    merged, ExtendedDataset.Current, ExtendedDataset.Meetings.Of(wangYi), ExtendedDataset.Officials.ById("wang-yi") };
                results[i] = string.Join(";", merged.Select(m => m.Id)) + "#";
                results[i] += string.Join(";", all.Select(m => m.Id + "|" + m.Date + "|" + string.Join(",", m.Participants.Select(p => p.Official.Id)))) + "#"
                    + string.Join(";", Quotes.All.Select(q => q.Id + "|" + q.Speaker.Id + "|" + q.Text.Length)) + "#" + Meetings.Of(wangYi).Count;
            })).ToList();
            threads.ForEach(t => t.Start());
            start.Set();
            threads.ForEach(t => t.Join());
            var sameObjects = Enumerable.Range(0, identities[0].Length).All(c => identities.All(r => ReferenceEquals(r[c], identities[0][c])));
            Console.WriteLine("DISTINCT " + results.Distinct().Count());
            Console.WriteLine("SAME " + sameObjects);
            Console.WriteLine("MEETINGS " + Meetings.All.Count);
            Console.WriteLine("QUOTES " + Quotes.All.Count);
            Console.WriteLine("MERGED " + ExtendedDataset.Meetings.All.Count);
            """);
        // The project's own data: the generated merged view (ExtendedDataset) races too.
        PackedPackage.Write(folder, "SinoRussiaData/extra.yaml", """
            meetings:
              - id: putin-wang-yi-2023-02-22
                title: Vladimir Putin meets Wang Yi at the Kremlin
                date: { value: "2023-02-22", precision: day, basis: inferred, note: From public record. }
                format: in-person
                participants:
                  - { official: wang-yi, role: guest }
                  - { official: vladimir-putin, role: host }
                sources: [azernews-2023-02-22]
            """);

        var run = DotNet.Run(folder, package.ConsumerEnvironment, "run").ShouldSucceed();

        ProgramOutput.Line(run.Output, "DISTINCT").ShouldBe("1");
        ProgramOutput.Line(run.Output, "SAME").ShouldBe("True");
        ProgramOutput.Line(run.Output, "MEETINGS").ShouldBe(YamlOracle.Records("meetings").Count.ToString());
        ProgramOutput.Line(run.Output, "QUOTES").ShouldBe(YamlOracle.Records("quotes").Count.ToString());
        ProgramOutput.Line(run.Output, "MERGED").ShouldBe((YamlOracle.Records("meetings").Count + 1).ToString());
    }

    [Fact]
    public void A_typo_in_a_named_member_is_a_compile_error()
    {
        var folder = ConsumerProject("TypoConsumer", """
            using SinoRussia.Dataset;
            Console.WriteLine(Officials.WangYii.Name);
            """);

        var build = DotNet.Run(folder, package.ConsumerEnvironment, "build");

        build.ExitCode.ShouldNotBe(0);
        build.Output.ShouldContain("error CS0117");
        build.Output.ShouldContain("WangYii");
    }

    [Fact]
    public void The_sample_prints_every_meeting_official_and_quote_as_json()
    {
        var folder = package.NewConsumer("Sample");
        CopySample(folder);

        var run = DotNet.Run(folder, package.ConsumerEnvironment, "run", "-p:SinoRussiaDatasetPackageVersion=" + package.Version,
            "-p:SinoRussiaDatasetFeed=" + package.Feed, "--", "--json").ShouldSucceed();

        var json = run.Output.Substring(run.Output.IndexOf('{'));
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Ids(root, "meetings").ShouldBe(YamlOracle.Records("meetings").Select(m => YamlOracle.Scalar(m, "id")), ignoreOrder: true);
        Ids(root, "officials").ShouldBe(YamlOracle.Records("officials").Select(m => YamlOracle.Scalar(m, "id")), ignoreOrder: true);
        Ids(root, "sources").ShouldBe(YamlOracle.Records("sources").Select(m => YamlOracle.Scalar(m, "id")), ignoreOrder: true);
        var directInYaml = YamlOracle.Records("quotes").Where(q => YamlOracle.Scalar(q, "kind") == "direct").Select(q => YamlOracle.Scalar(q, "text"));
        var directInJson = root.GetProperty("quotes").EnumerateArray().Where(q => q.GetProperty("kind").GetString() == "direct").Select(q => q.GetProperty("text").GetString());
        directInJson.ShouldBe(directInYaml, ignoreOrder: true);
        foreach (var quote in root.GetProperty("quotes").EnumerateArray())
        {
            new[] { "speakerId", "meetingId", "sourceId" }.ShouldAllBe(name => quote.GetProperty(name).GetString() != null);
        }

        foreach (var meeting in root.GetProperty("meetings").EnumerateArray())
        {
            meeting.GetProperty("participants").GetArrayLength().ShouldBeGreaterThan(0);
            foreach (var participant in meeting.GetProperty("participants").EnumerateArray())
            {
                participant.GetProperty("officialId").GetString().ShouldNotBeNullOrEmpty();
            }
        }
    }

    [Fact]
    public void The_export_package_has_its_library_and_depends_on_the_dataset_csvhelper_and_parquet()
    {
        using var zip = ZipFile.OpenRead(package.ExportNupkg);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        entries.ShouldContain("lib/net8.0/SinoRussia.Dataset.Export.dll");
        entries.ShouldContain("lib/net8.0/SinoRussia.Dataset.Export.xml");
        entries.ShouldContain("README.md");
        entries.ShouldContain("icon.png");
        entries.ShouldNotContain(e => e.StartsWith("analyzers/", StringComparison.Ordinal), "the export package carries no generator");
        using var nuspecStream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var dependencies = XDocument.Load(nuspecStream).Descendants().Where(e => e.Name.LocalName == "dependency")
            .ToDictionary(e => e.Attribute("id")!.Value, e => e.Attribute("version")!.Value);
        dependencies.Keys.Order(StringComparer.Ordinal).ShouldBe(new[] { "CsvHelper", "Parquet.Net", "SinoRussia.Dataset" });
        dependencies["SinoRussia.Dataset"].ShouldBe(package.Version);
    }

    [Fact]
    public void The_tool_package_is_a_dotnet_tool_that_declares_the_datas_licence_and_carries_the_notices()
    {
        using var zip = ZipFile.OpenRead(package.ToolNupkg);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        entries.ShouldContain(e => e.StartsWith("tools/net8.0/any/", StringComparison.Ordinal) && e.EndsWith("SinoRussia.Dataset.Tool.dll", StringComparison.Ordinal));
        entries.ShouldContain(e => e.EndsWith("/SinoRussia.Dataset.Generator.YamlDotNet.dll", StringComparison.Ordinal), "the tool runs the generator, with its internalised YamlDotNet");
        entries.ShouldContain("THIRD-PARTY-NOTICES.md");
        using var nuspecStream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        metadata.Elements().Single(e => e.Name.LocalName == "license").Value.ShouldBe("MIT AND CC-BY-4.0", "the tool embeds the curated data");
        metadata.Descendants().Where(e => e.Name.LocalName == "packageType").Select(e => e.Attribute("name")!.Value).ShouldContain("DotnetTool");
    }

    [Fact]
    public void The_sample_writes_every_export_and_the_site_and_gets_the_schemas_for_its_editor()
    {
        var folder = package.NewConsumer("SampleExport");
        CopySample(folder);

        var exports = Path.Combine(folder, "exports");
        DotNet.Run(folder, package.ConsumerEnvironment, "run", "-p:SinoRussiaDatasetPackageVersion=" + package.Version,
            "-p:SinoRussiaDatasetFeed=" + package.Feed, "--", "--export", exports).ShouldSucceed();

        File.Exists(Path.Combine(exports, "dataset.json")).ShouldBeTrue();
        File.Exists(Path.Combine(exports, "csv", "datapackage.json")).ShouldBeTrue();
        var csv = Directory.GetFiles(Path.Combine(exports, "csv"), "*.csv").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        var parquet = Directory.GetFiles(Path.Combine(exports, "parquet"), "*.parquet").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        csv.ShouldContain("meetings");
        csv.ShouldContain("quotes");
        csv.ShouldContain("events");
        parquet.ShouldBe(csv);
        File.ReadLines(Path.Combine(exports, "csv", "meetings.csv")).Count().ShouldBe(YamlOracle.Records("meetings").Count() + 1, "a header and one row per shipped meeting");

        // --site: the static site of the shipped data and the sample's own meeting.
        var site = Path.Combine(folder, "site");
        DotNet.Run(folder, package.ConsumerEnvironment, "run", "-p:SinoRussiaDatasetPackageVersion=" + package.Version,
            "-p:SinoRussiaDatasetFeed=" + package.Feed, "--", "--site", site).ShouldSucceed();
        Directory.GetFiles(Path.Combine(site, "meetings"), "*.html").Length.ShouldBe(YamlOracle.Records("meetings").Count() + 1, "a page per shipped meeting and the sample's");
        File.Exists(Path.Combine(site, "meetings", "putin-wang-yi-2023-02-22.html")).ShouldBeTrue();
        File.Exists(Path.Combine(site, "index.html")).ShouldBeTrue();

        // The modeline the sample's YAML starts with resolves to the schema the package copied into obj/.
        var yaml = Path.Combine(folder, "SinoRussiaData", "extra-meetings.yaml");
        var modeline = File.ReadLines(yaml).First();
        modeline.ShouldStartWith("# yaml-language-server: $schema=");
        var schema = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(yaml)!, modeline.Split('=', 2)[1]));
        File.Exists(schema).ShouldBeTrue(schema);
        File.ReadAllText(schema).ShouldBe(File.ReadAllText(Path.Combine(PackedPackage.RepositoryRoot, "data", "schema", "meetings.schema.json")));
    }

    /// <summary>Copies the sample's project, program and YAML into a consumer folder.</summary>
    private static void CopySample(string folder)
    {
        var sample = Path.Combine(PackedPackage.RepositoryRoot, "samples", "SinoRussia.Dataset.Sample");
        foreach (var file in new[] { "SinoRussia.Dataset.Sample.csproj", "Program.cs", "SinoRussiaData/extra-meetings.yaml" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, file))!);
            File.Copy(Path.Combine(sample, file), Path.Combine(folder, file));
        }
    }

    private static IEnumerable<string> Ids(JsonElement root, string section)
        => root.GetProperty(section).EnumerateArray().Select(e => e.GetProperty("id").GetString()!);
}
