using System.Reflection;
using YamlDotNet.RepresentationModel;

namespace SinoRussia.Dataset.Tests;

/// <summary>Every record of every data file appears in the compiled collections, counted per file.</summary>
public class NothingLostTests
{
    public static TheoryData<string> DataFiles()
        => new(Directory.GetFiles(Path.Combine(SourceTexts.Root, "data"), "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    private static readonly IReadOnlyDictionary<string, Func<IEnumerable<string>>> Compiled = new Dictionary<string, Func<IEnumerable<string>>>
    {
        ["sources"] = () => Sources.All.Select(s => s.Id),
        ["organisations"] = () => Organisations.All.Select(o => o.Id),
        ["mechanisms"] = () => Mechanisms.All.Select(m => m.Id),
        ["topics"] = () => Topics.All.Select(Topics.IdOf),
        ["officials"] = () => Officials.All.Select(o => o.Id),
        ["meetings"] = () => Meetings.All.Select(m => m.Id),
        ["quotes"] = () => Quotes.All.Select(q => q.Id),
    };

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void Every_record_of_the_file_is_compiled_in(string fileName)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(SourceTexts.Root, "data", fileName)))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents.Single().RootNode;
        var records = 0;
        foreach (var (key, value) in root.Children)
        {
            var section = ((YamlScalarNode)key).Value!;
            Compiled.ContainsKey(section).ShouldBeTrue(section);
            var ids = ((YamlSequenceNode)value).Children.Cast<YamlMappingNode>()
                .Select(r => ((YamlScalarNode)r.Children[new YamlScalarNode("id")]).Value!).ToList();
            var compiled = Compiled[section]().ToHashSet(StringComparer.Ordinal);
            ids.ShouldAllBe(id => compiled.Contains(id), $"{fileName}: {section}");
            records += ids.Count;
        }

        records.ShouldBeGreaterThan(0, fileName);
    }

    [Fact]
    public void The_collections_hold_exactly_the_records_of_the_files()
    {
        var counts = new Dictionary<string, int>();
        foreach (var file in Directory.GetFiles(Path.Combine(SourceTexts.Root, "data"), "*.yaml"))
        {
            var stream = new YamlStream();
            using var reader = new StreamReader(file);
            stream.Load(reader);
            foreach (var (key, value) in ((YamlMappingNode)stream.Documents.Single().RootNode).Children)
            {
                var section = ((YamlScalarNode)key).Value!;
                counts[section] = counts.GetValueOrDefault(section) + ((YamlSequenceNode)value).Children.Count;
            }
        }

        foreach (var (section, ids) in Compiled)
        {
            ids().Count().ShouldBe(counts.GetValueOrDefault(section), section);
        }
    }
}
