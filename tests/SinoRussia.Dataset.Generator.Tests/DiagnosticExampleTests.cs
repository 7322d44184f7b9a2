using System.Text;
using System.Text.RegularExpressions;
using SinoRussia.Dataset.Generator.Diagnostics;
using SinoRussia.Dataset.Generator.Tests.Infrastructure;

namespace SinoRussia.Dataset.Generator.Tests;

/// <summary>
/// Every bad and fixed example in docs/diagnostics.md is built: the bad one reports its diagnostic, the
/// fixed one does not. The examples are read from the page, so an example that stops being true (a
/// renamed id, a changed rule) fails here. Most are fragments of the curated data: the fixed text is
/// found in data/*.yaml (whole lines; the first place, in file order) and replaced by the bad text.
/// A few are built another way (<see cref="Ways"/>), and two have no example, for the reasons in
/// <see cref="WithoutExample"/>.
/// </summary>
public class DiagnosticExampleTests
{
    /// <summary>How an example is built, where it is not a patch of the curated data.</summary>
    private enum Way
    {
        /// <summary>The fixed lines are found in the curated YAML and replaced by the bad lines.</summary>
        PatchCurated,

        /// <summary>The block is a whole file of its own beside the curated data.</summary>
        FileBesideCurated,

        /// <summary>A patch of the sample's YAML, built as a project that extends the shipped dataset.</summary>
        PatchSampleExtension,

        /// <summary>The bad block is a whole file beside the sample's in a project that extends the shipped dataset; the fixed one adds the document texts its comment names.</summary>
        OwnFileExtension,

        /// <summary>A curated YAML file the compiler could not read (no text).</summary>
        UnreadableCuratedFile,

        /// <summary>A curated YAML file as the compiler decodes it when it is saved as Latin-1.</summary>
        CuratedFileSavedAsLatin1,

        /// <summary>MSBuild properties (<c>&lt;Name&gt;value&lt;/Name&gt;</c>) set on the curated build.</summary>
        MsBuildProperties,
    }

    private static readonly Dictionary<string, Way> Ways = new()
    {
        ["SRD0014"] = Way.UnreadableCuratedFile,
        ["SRD0015"] = Way.FileBesideCurated,
        ["SRD0016"] = Way.CuratedFileSavedAsLatin1,
        ["SRD0019"] = Way.PatchSampleExtension,
        ["SRD0023"] = Way.OwnFileExtension,
    };

    /// <summary>The diagnostics that have no bad and fixed example, and where each is built instead.</summary>
    private static readonly Dictionary<string, string> WithoutExample = new()
    {
        ["SRD0021"] = "information, not a mistake (nothing to fix); built at 10,001 records by DiagnosticTests." + nameof(DiagnosticTests.SRD0021_a_table_over_the_named_member_limit_gets_none_and_says_so),
        ["SRD0022"] = "a bug in the generator, not in any input; built for every pipeline step by FaultInjectionTests." + nameof(FaultInjectionTests.A_failing_step_is_SRD0022_with_no_exception_into_the_compiler_and_no_output),
    };

    private static readonly string SampleData = Path.Combine(Repository.Root, "samples", "SinoRussia.Dataset.Sample", "SinoRussiaData");

    private static readonly Lazy<GeneratorRun> s_curated = new(() => GeneratorHarness.Run(Repository.CuratedFiles()));

    private static readonly Lazy<GeneratorRun> s_sample = new(() => GeneratorHarness.RunExtension(SampleFiles()));

    /// <summary>One bad and fixed pair of docs/diagnostics.md: the marker lines (<c># bad: why</c>) and the lines under each.</summary>
    public sealed record Example(string Id, int Number, string Language, string BadMarker, string Bad, string FixedMarker, string Fixed)
    {
        public override string ToString() => $"{Id} #{Number}";
    }

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var example in ReadExamples())
        {
            data.Add(example.Id, example.Number);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_bad_example_reports_the_diagnostic_and_the_fixed_one_does_not(string id, int number)
    {
        var example = ReadExamples().Single(e => e.Id == id && e.Number == number);
        var (bad, @fixed) = Build(example);

        bad.Exception.ShouldBeNull();
        @fixed.Exception.ShouldBeNull();
        bad.Diagnostics.ShouldContain(d => d.Id == id, $"the bad example of {example} does not report {id}; it reports: {Describe(bad)}");
        @fixed.Diagnostics.ShouldNotContain(d => d.Id == id, $"the fixed example of {example} still reports {id}: {Describe(@fixed)}");

        // A fixed example is a clean build, and neither is the generator's own failure.
        @fixed.Diagnostics.ShouldBeEmpty(Describe(@fixed));
        bad.Diagnostics.ShouldNotContain(d => d.Id == "SRD0022", Describe(bad));
    }

    [Fact]
    public void Every_diagnostic_has_an_example_or_a_stated_reason_why_not()
    {
        var withExamples = ReadExamples().Select(e => e.Id).ToHashSet();
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            var id = descriptor.Id;
            (withExamples.Contains(id) ^ WithoutExample.ContainsKey(id)).ShouldBeTrue(
                $"{id} must have a bad and fixed example in docs/diagnostics.md or a reason in {nameof(WithoutExample)}, not both or neither");
        }

        Ways.Keys.Concat(WithoutExample.Keys).ShouldBeSubsetOf(DiagnosticDescriptors.All.Select(d => d.Id));
    }

    [Fact]
    public void The_examples_are_read_from_the_page()
    {
        // The reader must find the sections' examples, not silently none: one for nearly every
        // diagnostic, and the SRD0009 one with both of its texts.
        var examples = ReadExamples();
        examples.Select(e => e.Id).Distinct().Count().ShouldBe(DiagnosticDescriptors.All.Count - WithoutExample.Count);
        var verbatim = examples.Single(e => e.Id == "SRD0009");
        verbatim.Bad.ShouldContain("each other's");
        verbatim.Fixed.ShouldContain("each other’s");
    }

    private static (GeneratorRun Bad, GeneratorRun Fixed) Build(Example example)
    {
        if (example.Language == "xml")
        {
            return (GeneratorHarness.Run(Repository.CuratedFiles(), Properties(example.Bad)),
                    GeneratorHarness.Run(Repository.CuratedFiles(), Properties(example.Fixed)));
        }

        var curated = Repository.CuratedFiles();
        switch (Ways.GetValueOrDefault(example.Id, Way.PatchCurated))
        {
            case Way.PatchCurated:
                return (GeneratorHarness.Run(Patch(curated, example)), s_curated.Value);
            case Way.FileBesideCurated:
                return (GeneratorHarness.Run(curated.Append(DatasetFile.Data("/data/example.yaml", example.Bad))),
                        GeneratorHarness.Run(curated.Append(DatasetFile.Data("/data/example.yaml", example.Fixed))));
            case Way.PatchSampleExtension:
                return (GeneratorHarness.RunExtension(Patch(SampleFiles(), example)), s_sample.Value);
            case Way.OwnFileExtension:
                var own = DatasetFile.Data("/consumer/SinoRussiaData/own.yaml", example.Bad + example.Fixed);
                var texts = Regex.Matches(example.FixedMarker, @"SinoRussiaData/(\S+?\.txt)").Select(m => m.Groups[1].Value).ToList();
                texts.ShouldNotBeEmpty($"the fixed example of {example} names no document text to add");
                var added = texts.Select(t => DatasetFile.Source("/consumer/SinoRussiaData/" + t, File.ReadAllText(Path.Combine(Repository.DataDirectory, "sources", t))));
                return (GeneratorHarness.RunExtension(SampleFiles().Append(own)), GeneratorHarness.RunExtension(SampleFiles().Append(own).Concat(added)));
            case Way.UnreadableCuratedFile or Way.CuratedFileSavedAsLatin1:
                // These blocks name the cause in words (no YAML can show it); the test builds that cause.
                (example.Bad + example.Fixed).Split('\n').ShouldAllBe(l => l.Trim().Length == 0 || l.TrimStart().StartsWith('#'), $"{example} is built from its cause, not from YAML: its block should hold none");
                return Ways[example.Id] == Way.UnreadableCuratedFile
                    ? (GeneratorHarness.Run(WithFirstYaml(curated, f => f with { Text = null })), s_curated.Value)
                    : (GeneratorHarness.Run(WithFirstYaml(curated, f => f with { Encoding = Encoding.Latin1 })), s_curated.Value);
            default:
                throw new InvalidOperationException(example.ToString());
        }
    }

    /// <summary>The files with the example's fixed lines (whole lines, the first place in path order) replaced by its bad lines.</summary>
    private static IReadOnlyList<DatasetFile> Patch(IReadOnlyList<DatasetFile> files, Example example)
    {
        example.Fixed.ShouldNotBeNullOrWhiteSpace($"the fixed example of {example} is empty");
        var target = files.Where(f => f.Role == "data" && f.Text is not null).OrderBy(f => f.Path, StringComparer.Ordinal)
            .FirstOrDefault(f => Lines(f.Text!).Contains(Lines(example.Fixed), StringComparison.Ordinal));
        target.ShouldNotBeNull($"the fixed text of {example} is not whole lines of the data:\n{example.Fixed}");
        var text = Lines(target.Text!);
        var at = text.IndexOf(Lines(example.Fixed), StringComparison.Ordinal);
        var patched = text[..at] + Lines(example.Bad) + text[(at + Lines(example.Fixed).Length)..];
        return files.Select(f => ReferenceEquals(f, target) ? f with { Text = patched.Trim('\n') + "\n" } : f).ToList();
    }

    /// <summary>The text with a line break before and after, so that a search for it finds whole lines.</summary>
    private static string Lines(string text) => "\n" + text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n') + "\n";

    private static IReadOnlyList<DatasetFile> WithFirstYaml(IReadOnlyList<DatasetFile> files, Func<DatasetFile, DatasetFile> change)
    {
        var first = files.Where(f => f.Role == "data").OrderBy(f => f.Path, StringComparer.Ordinal).First();
        return files.Select(f => ReferenceEquals(f, first) ? change(f) : f).ToList();
    }

    private static IReadOnlyList<DatasetFile> SampleFiles()
        => Directory.GetFiles(SampleData, "*.yaml").OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => DatasetFile.Data("/consumer/SinoRussiaData/" + Path.GetFileName(p), File.ReadAllText(p)))
            .ToList();

    private static Dictionary<string, string> Properties(string xml)
    {
        var properties = Regex.Matches(xml, @"<(\w+)>([^<]*)</\1>").ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        properties.ShouldNotBeEmpty($"no MSBuild property in:\n{xml}");
        return properties;
    }

    private static string Describe(GeneratorRun run)
        => run.Diagnostics.Count == 0 ? "(nothing)" : string.Join("\n", run.Diagnostics.Select(d => d.ToString()));

    /// <summary>
    /// The examples of docs/diagnostics.md: in each section's code blocks, the lines after a
    /// <c># bad</c> (or <c>&lt;!-- bad</c>) line up to a <c># fixed</c> line are the bad example, the
    /// lines after that the fixed one. A block without the two markers is not an example.
    /// </summary>
    private static IReadOnlyList<Example> ReadExamples()
    {
        var page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "diagnostics.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var sections = Regex.Split(page, @"^## (SRD\d{4})\n", RegexOptions.Multiline);
        var examples = new List<Example>();
        for (var i = 1; i + 1 < sections.Length; i += 2)
        {
            var id = sections[i];
            var number = 0;
            foreach (Match block in Regex.Matches(sections[i + 1], @"^```(\w*)\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline))
            {
                var lines = block.Groups[2].Value.TrimEnd('\n').Split('\n');
                var badAt = Array.FindIndex(lines, l => IsMarker(l, "bad"));
                var fixedAt = Array.FindIndex(lines, l => IsMarker(l, "fixed"));
                if (badAt < 0 && fixedAt < 0)
                {
                    continue;
                }

                (badAt >= 0 && fixedAt > badAt).ShouldBeTrue($"a code block of {id} has a bad or a fixed marker without the other, or in the wrong order");
                examples.Add(new Example(
                    id,
                    ++number,
                    block.Groups[1].Value,
                    lines[badAt],
                    string.Join("\n", lines[(badAt + 1)..fixedAt]) + "\n",
                    lines[fixedAt],
                    string.Join("\n", lines[(fixedAt + 1)..]) + "\n"));
            }
        }

        return examples;
    }

    private static bool IsMarker(string line, string word)
    {
        var trimmed = line.TrimStart();
        return Regex.IsMatch(trimmed, @"^(#|<!--) " + word + @"\b");
    }
}
