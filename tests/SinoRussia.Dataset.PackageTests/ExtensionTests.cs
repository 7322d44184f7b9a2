using System.Text.RegularExpressions;

namespace SinoRussia.Dataset.PackageTests;

/// <summary>
/// Projects that extend the shipped dataset with YAML of their own, consuming the packed package from
/// a local feed: the merged view, compile-time errors at their YAML lines, a library and an app that
/// references it, an F# consumer, and a second analyzer that ships another YamlDotNet.
/// </summary>
[Collection(PackageCollection.Name)]
public class ExtensionTests(PackedPackage package)
{
    /// <summary>A meeting the shipped data leaves out, referencing shipped officials and a shipped source.</summary>
    internal const string ExtraMeeting = """
        meetings:
          - id: putin-wang-yi-2023-02-22
            title: Vladimir Putin meets Wang Yi at the Kremlin
            date: { value: "2023-02-22", precision: day, basis: inferred, note: From public record of Wang Yi's visit to Moscow. }
            place: { city: Moscow, country: RU, venue: Kremlin, basis: inferred, note: From public record. }
            format: in-person
            participants:
              - { official: wang-yi, role: guest }
              - { official: vladimir-putin, role: host }
            topics: [bilateral-relations]
            sources: [azernews-2023-02-22]
        officials:
          - id: analyst-example
            name: An Example Official
            country: RU
            positions:
              - { title: Ambassador, organisation: russia-mfa, start: { value: "2020", precision: year } }
        """;

    [Fact]
    public void An_app_with_its_own_yaml_and_source_documents_queries_shipped_and_own_records_together()
    {
        var folder = package.CSharpProject("ExtendingApp", """
            using SinoRussia.Dataset;
            using ExtendingApp;

            Console.WriteLine("MERGED " + ExtendedDataset.Meetings.All.Count);
            Console.WriteLine("SHIPPED " + Meetings.All.Count);
            Console.WriteLine("OWN " + ExtendedDataset.Meetings.PutinWangYi2023_02_22.Id);
            Console.WriteLine("SAME " + ReferenceEquals(ExtendedDataset.Meetings.PutinWangYi2023_02_22.Participants[1].Official, Officials.VladimirPutin));
            Console.WriteLine("PUTIN " + string.Join(",", ExtendedDataset.Meetings.Of(Officials.VladimirPutin).Select(m => m.Id)));
            Console.WriteLine("OFFICIAL " + ExtendedDataset.Officials.AnalystExample.Name + "|" + ExtendedDataset.Officials.ById("wang-yi").Name);
            Console.WriteLine("JSON " + ExtendedDataset.Current.ToJson().Contains("putin-wang-yi-2023-02-22"));
            Console.WriteLine("QUOTE " + (ExtendedDataset.Quotes.MyNotesD1.Speaker == Officials.VladimirPutin) + " " + ExtendedDataset.Quotes.MyNotesD1.Source.Id);
            Console.WriteLine("PUTIN_QUOTES " + ExtendedDataset.Quotes.By(Officials.VladimirPutin).Count() + " " + Quotes.By(Officials.VladimirPutin).Count());
            """);
        PackedPackage.Write(folder, "SinoRussiaData/extra.yaml",
            ExtraMeeting.Replace("sources: [azernews-2023-02-22]", "sources: [azernews-2023-02-22, my-notes]"));

        // A source document of the project's own, and a quote checked verbatim against it.
        PackedPackage.Write(folder, "SinoRussiaData/my-notes.txt", "He said: \"A sentence from my own notes,\" and left.\n");
        PackedPackage.Write(folder, "SinoRussiaData/quotes.yaml", """
            sources:
              - { id: my-notes, file: my-notes.txt }
            quotes:
              - id: my-notes-d1
                kind: direct
                speaker: vladimir-putin
                meeting: putin-wang-yi-2023-02-22
                source: my-notes
                text: A sentence from my own notes
            """);

        var run = DotNet.Run(folder, package.ConsumerEnvironment, "run", "-p:EmitCompilerGeneratedFiles=true").ShouldSucceed();

        var shipped = YamlOracle.Records("meetings").Count;
        ProgramOutput.Line(run.Output, "SHIPPED").ShouldBe(shipped.ToString());
        ProgramOutput.Line(run.Output, "MERGED").ShouldBe((shipped + 1).ToString());
        ProgramOutput.Line(run.Output, "OWN").ShouldBe("putin-wang-yi-2023-02-22");
        ProgramOutput.Line(run.Output, "SAME").ShouldBe("True");
        var expected = YamlOracle.MeetingsOf("vladimir-putin").Append("putin-wang-yi-2023-02-22")
            .OrderBy(id => Regex.Match(id, @"\d{4}-\d{2}-\d{2}$").Value, StringComparer.Ordinal).ThenBy(id => id, StringComparer.Ordinal);
        ProgramOutput.Line(run.Output, "PUTIN").ShouldBe(string.Join(",", expected));
        ProgramOutput.Line(run.Output, "OFFICIAL").ShouldBe("An Example Official|Wang Yi");
        ProgramOutput.Line(run.Output, "JSON").ShouldBe("True");
        ProgramOutput.Line(run.Output, "QUOTE").ShouldBe("True my-notes");
        var putinQuotes = YamlOracle.Records("quotes").Count(q => YamlOracle.Scalar(q, "speaker") == "vladimir-putin");
        ProgramOutput.Line(run.Output, "PUTIN_QUOTES").ShouldBe($"{putinQuotes + 1} {putinQuotes}");
        Directory.GetDirectories(folder, "SinoRussia.Dataset.Generator", SearchOption.AllDirectories).ShouldNotBeEmpty();
    }

    [Fact]
    public void A_country_ISO_3166_1_does_not_assign_fails_the_build_at_its_line_and_the_assigned_code_exports()
    {
        // Before the one country table, UK compiled and DatasetExport threw at run time (CameoActor had no alpha-3 for it).
        var folder = package.CSharpProject("CountryExtension", """
            using SinoRussia.Dataset.Export;
            using CountryExtension;

            var output = Path.Combine(AppContext.BaseDirectory, "export-out");
            var files = await DatasetExport.WriteAllAsync(ExtendedDataset.Current, output);
            Console.WriteLine("FILES " + files.Count);
            Console.WriteLine("ACTOR " + SinoRussia.Dataset.CameoActor.Of(ExtendedDataset.Officials.BritishExample));
            Console.WriteLine("EVENTS " + files.Any(f => f.EndsWith(".csv", StringComparison.Ordinal) && Path.GetFileName(f).Contains("events") && File.ReadAllText(f).Contains("GBRGOV")));
            """, $"""<ItemGroup><PackageReference Include="SinoRussia.Dataset.Export" Version="{package.Version}" /></ItemGroup>""");
        string Yaml(string country) => string.Join("\n",
            "officials:",                                   // 1
            "  - id: british-example",                      // 2
            "    name: A British Example",                  // 3
            $"    country: {country}",                      // 4
            "    positions:",                               // 5
            "      - { title: Envoy, organisation: china-mfa, start: { value: \"2020\", precision: year } }",
            "meetings:",                                    // 7
            "  - id: wang-yi-british-example-2024-10-30",   // 8
            "    title: Wang Yi meets a British example",   // 9
            "    date: { value: \"2024-10-30\", precision: day, basis: inferred, note: An example. }",
            "    format: phone",                            // 11
            "    participants:",                            // 12
            "      - { official: wang-yi, role: participant }",
            "      - { official: british-example, role: participant }",
            "    sources: [china-daily-2024-10-31]",        // 15
            "");
        PackedPackage.Write(folder, "SinoRussiaData/mine.yaml", Yaml("UK"));

        var build = DotNet.Run(folder, package.ConsumerEnvironment, "build");

        build.ExitCode.ShouldNotBe(0);
        build.Output.ShouldMatch(@"SinoRussiaData/mine\.yaml\(4,14\): error SRD0005: 'officials\[0\]\.country' has the invalid value 'UK'; expected an officially assigned ISO 3166-1 alpha-2 country code for the official, such as CN or RU; did you mean GB \(United Kingdom\)\?");

        PackedPackage.Write(folder, "SinoRussiaData/mine.yaml", Yaml("GB"));
        var run = DotNet.Run(folder, package.ConsumerEnvironment, "run").ShouldSucceed();
        int.Parse(ProgramOutput.Line(run.Output, "FILES")).ShouldBeGreaterThan(0);
        ProgramOutput.Line(run.Output, "ACTOR").ShouldBe("GBRGOV");
        ProgramOutput.Line(run.Output, "EVENTS").ShouldBe("True");
    }

    [Fact]
    public void A_typo_a_reused_shipped_id_and_a_misquote_fail_the_build_at_their_yaml_lines()
    {
        var folder = package.CSharpProject("BrokenExtension", "Console.WriteLine();");
        PackedPackage.Write(folder, "SinoRussiaData/mine.yaml", string.Join("\n",
            "officials:",                                   // 1
            "  - id: wang-yi",                              // 2: a shipped id
            "    name: Wang Yi again",                      // 3
            "    country: CN",                              // 4
            "    positions:",                               // 5
            "      - { title: Minister, organisation: china-mfa, start: { value: \"2023-07-25\", precision: day } }",
            "meetings:",                                    // 7
            "  - id: a-call",                               // 8
            "    title: A call",                            // 9
            "    date: { value: \"2025-01-01\", precision: day, basis: stated }",
            "    format: phone",                            // 11
            "    participants:",                            // 12
            "      - { official: wang-yii, role: participant }", // 13: a typo
            "    sources: [china-daily-2024-10-31]",        // 14
            "sources:",                                     // 15
            "  - { id: my-notes, file: my-notes.txt }",    // 16
            "quotes:",                                      // 17
            "  - id: my-notes-d1",                          // 18
            "    kind: direct",                             // 19
            "    speaker: wang-yi",                         // 20
            "    meeting: a-call",                          // 21
            "    source: my-notes",                         // 22
            "    text: Words that are not in the notes",    // 23: not verbatim
            ""));
        PackedPackage.Write(folder, "SinoRussiaData/my-notes.txt", "Words that are in the notes.\n");

        var build = DotNet.Run(folder, package.ConsumerEnvironment, "build");

        build.ExitCode.ShouldNotBe(0);
        build.Output.ShouldMatch(@"SinoRussiaData/mine\.yaml\(13,21\): error SRD0008: 'meetings\[0\]\.participants\[0\]\.official' refers to the unknown official 'wang-yii'; did you mean 'wang-yi'\?");
        build.Output.ShouldMatch(@"SinoRussiaData/mine\.yaml\(2,9\): error SRD0007: 'officials\[0\]\.id': the official id 'wang-yi' is already used at officials\.yaml\(\d+,\d+\) in the shipped dataset");
        build.Output.ShouldMatch(@"SinoRussiaData/mine\.yaml\(23,11\): error SRD0009: 'quotes\[0\]\.text': the direct quote does not occur verbatim in source 'my-notes' \(my-notes\.txt\); closest passage: ""Words that are ");
        build.Output.ShouldNotContain("error CS");
    }

    [Fact]
    public void A_library_extends_the_data_and_an_app_referencing_it_builds_without_duplicate_types()
    {
        var library = package.CSharpProject("DataLibrary", """
            namespace DataLibrary;

            /// <summary>Exposes the extended data.</summary>
            public static class Exposed
            {
                /// <summary>How many meetings the library's merged view holds.</summary>
                public static int MeetingCount => ExtendedDataset.Meetings.All.Count;
            }
            """, outputType: "Library");
        PackedPackage.Write(library, "SinoRussiaData/extra.yaml", ExtraMeeting);

        var app = package.CSharpProject("ConsumingApp", """
            using SinoRussia.Dataset;

            Console.WriteLine("LIB " + DataLibrary.Exposed.MeetingCount + " " + DataLibrary.ExtendedDataset.Meetings.PutinWangYi2023_02_22.Id);
            Console.WriteLine("APP " + ConsumingApp.ExtendedDataset.Meetings.All.Count + " " + ConsumingApp.ExtendedDataset.Officials.AppOfficial.Name);
            Console.WriteLine("SHIPPED " + Meetings.All.Count);
            """, $"""
            <ItemGroup>
              <ProjectReference Include="{Path.Combine(library, "DataLibrary.csproj")}" />
            </ItemGroup>
            """);
        PackedPackage.Write(app, "SinoRussiaData/app.yaml", """
            officials:
              - id: app-official
                name: An Official of the App
                country: CN
                positions:
                  - { title: Envoy, organisation: china-mfa, start: { value: "2021", precision: year } }
            """);

        var run = DotNet.Run(app, package.ConsumerEnvironment, "run").ShouldSucceed();

        var shipped = YamlOracle.Records("meetings").Count;
        ProgramOutput.Line(run.Output, "LIB").ShouldBe($"{shipped + 1} putin-wang-yi-2023-02-22");
        ProgramOutput.Line(run.Output, "APP").ShouldBe($"{shipped} An Official of the App");
        ProgramOutput.Line(run.Output, "SHIPPED").ShouldBe(shipped.ToString());
        run.Output.ShouldNotContain("CS0436");
    }

    [Fact]
    public void An_fsharp_project_reads_the_shipped_data()
    {
        var folder = package.NewConsumer("FSharpConsumer");
        File.WriteAllText(Path.Combine(folder, "FSharpConsumer.fsproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <Compile Include="Program.fs" />
              </ItemGroup>
              <ItemGroup>
                <PackageReference Include="SinoRussia.Dataset" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.fs"), """
            open SinoRussia.Dataset

            let ids =
                Meetings.All
                |> Seq.filter (fun m -> m.Involves(Officials.WangYi))
                |> Seq.map (fun m -> m.Id)
                |> String.concat ","
            printfn "MEETINGS %s" ids
            printfn "POST %s" (Officials.SergeiShoigu.PostOn(System.DateOnly(2025, 2, 28)).Title)
            """);

        var run = DotNet.Run(folder, package.ConsumerEnvironment, "run").ShouldSucceed();

        ProgramOutput.Line(run.Output, "MEETINGS").ShouldBe(string.Join(",", YamlOracle.MeetingsOf("wang-yi")));
        ProgramOutput.Line(run.Output, "POST").ShouldBe("Secretary of the Security Council");
    }

    [Fact]
    public void The_generator_loads_beside_another_analyzer_that_ships_a_different_yamldotnet()
    {
        // Another package whose source generator bundles YamlDotNet 13.7.1 (ours bundles 16.3.0).
        var other = package.NewConsumer("OtherYamlGenerator");
        File.WriteAllText(Path.Combine(other, "OtherYamlGenerator.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <LangVersion>latest</LangVersion>
                <IncludeBuildOutput>false</IncludeBuildOutput>
                <PackageId>OtherYamlGenerator</PackageId>
                <Version>{package.Version}</Version>
                <EnforceExtendedAnalyzerRules>true</EnforceExtendedAnalyzerRules>
                <NoWarn>$(NoWarn);RS2008;NU5128</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.CodeAnalysis.CSharp" Version="4.8.0" PrivateAssets="all" />
                <PackageReference Include="YamlDotNet" Version="13.7.1" PrivateAssets="all" GeneratePathProperty="true" />
                <None Include="$(OutputPath)/$(AssemblyName).dll" Pack="true" PackagePath="analyzers/dotnet/cs" Visible="false" />
                <None Include="$(PkgYamlDotNet)/lib/netstandard2.0/YamlDotNet.dll" Pack="true" PackagePath="analyzers/dotnet/cs" Visible="false" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(other, "OtherGenerator.cs"), """
            using Microsoft.CodeAnalysis;
            using YamlDotNet.RepresentationModel;

            [Generator]
            public sealed class OtherGenerator : IIncrementalGenerator
            {
                public void Initialize(IncrementalGeneratorInitializationContext context)
                {
                    context.RegisterPostInitializationOutput(output =>
                    {
                        var stream = new YamlStream();
                        stream.Load(new System.IO.StringReader("answer: 42"));
                        var root = (YamlMappingNode)stream.Documents[0].RootNode;
                        var answer = ((YamlScalarNode)root.Children[new YamlScalarNode("answer")]).Value;
                        var version = typeof(YamlStream).Assembly.GetName().Version!.Major;
                        output.AddSource("Other.g.cs", $"public static class OtherGenerated {{ public const string Answer = \"{answer}\"; public const int YamlMajor = {version}; }}");
                    });
                }
            }
            """);
        DotNet.Run(other, package.ConsumerEnvironment, "pack", "-c", "Release", "-o", package.Feed).ShouldSucceed();

        var app = package.CSharpProject("TwoYamlDotNets", """
            using TwoYamlDotNets;
            Console.WriteLine("OTHER " + OtherGenerated.Answer + " " + OtherGenerated.YamlMajor);
            Console.WriteLine("OURS " + ExtendedDataset.Meetings.PutinWangYi2023_02_22.Id);
            """, $"""
            <ItemGroup>
              <PackageReference Include="OtherYamlGenerator" Version="{package.Version}" />
            </ItemGroup>
            """);
        PackedPackage.Write(app, "SinoRussiaData/extra.yaml", ExtraMeeting);

        var run = DotNet.Run(app, package.ConsumerEnvironment, "run").ShouldSucceed();

        // Both generators load and run, each on the YamlDotNet it shipped. (Before ours was internalised,
        // the .NET 10 SDK's compiler loaded one YamlDotNet, ours, 16, for both: the other generator ran on a
        // library it was not built against.)
        var otherOutput = ProgramOutput.Line(run.Output, "OTHER").Split(' ');
        otherOutput[0].ShouldBe("42");
        otherOutput[1].ShouldBe("13", "the other generator runs on its own YamlDotNet 13.7.1");
        ProgramOutput.Line(run.Output, "OURS").ShouldBe("putin-wang-yi-2023-02-22");
        run.Output.ShouldNotContain("CS8784");
        run.Output.ShouldNotContain("CS8785");
    }

    [Fact]
    public void The_generator_can_only_load_its_own_internalised_yamldotnet()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(package.Nupkg);
        byte[] Read(string entry)
        {
            using var stream = zip.GetEntry(entry)!.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }

        // The generator refers to the YamlDotNet copy by our assembly name only: the loader cannot hand it another analyzer's YamlDotNet.
        using var generator = new System.Reflection.PortableExecutable.PEReader(new MemoryStream(Read("analyzers/dotnet/cs/SinoRussia.Dataset.Generator.dll")));
        var generatorMetadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(generator);
        var references = generatorMetadata.AssemblyReferences.Select(h => generatorMetadata.GetString(generatorMetadata.GetAssemblyReference(h).Name)).ToList();
        references.ShouldContain("SinoRussia.Dataset.Generator.YamlDotNet");
        references.ShouldNotContain("YamlDotNet");

        // The copy has our name, no strong name, no public type, and lets only the generator see its internals.
        using var yaml = new System.Reflection.PortableExecutable.PEReader(new MemoryStream(Read("analyzers/dotnet/cs/SinoRussia.Dataset.Generator.YamlDotNet.dll")));
        var yamlMetadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(yaml);
        var definition = yamlMetadata.GetAssemblyDefinition();
        yamlMetadata.GetString(definition.Name).ShouldBe("SinoRussia.Dataset.Generator.YamlDotNet");
        definition.PublicKey.IsNil.ShouldBeTrue("not strong-named");
        definition.Version.Major.ShouldBe(16);
        var types = yamlMetadata.TypeDefinitions.Select(yamlMetadata.GetTypeDefinition).ToList();
        types.Count.ShouldBeGreaterThan(100);
        types.Count(t => (t.Attributes & System.Reflection.TypeAttributes.VisibilityMask) is System.Reflection.TypeAttributes.Public or System.Reflection.TypeAttributes.NestedPublic)
            .ShouldBe(0, "every type, nested ones too, is internal");
    }

    [Fact]
    public void Files_the_compiler_cannot_read_or_decode_fail_the_build_instead_of_vanishing()
    {
        var folder = package.CSharpProject("UnreadableDataConsumer", "Console.WriteLine();", """
            <ItemGroup>
              <AdditionalFiles Include="missing.yaml" SinoRussiaDataset="data" />
            </ItemGroup>
            """);
        // "Café" saved as Latin-1: the byte E9 is not valid UTF-8.
        Directory.CreateDirectory(Path.Combine(folder, "SinoRussiaData"));
        File.WriteAllBytes(Path.Combine(folder, "SinoRussiaData", "latin1.yaml"),
            System.Text.Encoding.Latin1.GetBytes("organisations:\n  - { id: a, name: \"Caf\u00e9\" }\n"));

        var build = DotNet.Run(folder, package.ConsumerEnvironment, "build");

        build.ExitCode.ShouldNotBe(0);
        build.Output.ShouldMatch(@"latin1\.yaml\(2,24\): error SRD0016");
        build.Output.ShouldMatch(@"missing\.yaml\(1,1\): error SRD0014");
    }
}
