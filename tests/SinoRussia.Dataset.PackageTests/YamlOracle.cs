using YamlDotNet.RepresentationModel;

namespace SinoRussia.Dataset.PackageTests;

/// <summary>
/// Reads data/*.yaml directly (not through the generator) to say what a consumer of the package must
/// see: an independent oracle for the package tests.
/// </summary>
internal static class YamlOracle
{
    public static IReadOnlyList<YamlMappingNode> Records(string section)
    {
        var records = new List<YamlMappingNode>();
        foreach (var file in Directory.GetFiles(Path.Combine(PackedPackage.RepositoryRoot, "data"), "*.yaml").Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            using var reader = new StreamReader(file);
            stream.Load(reader);
            foreach (var document in stream.Documents)
            {
                if (document.RootNode is YamlMappingNode root && root.Children.TryGetValue(new YamlScalarNode(section), out var list))
                {
                    records.AddRange(((YamlSequenceNode)list).Children.Cast<YamlMappingNode>());
                }
            }
        }

        return records;
    }

    public static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;

    /// <summary>Ids of the meetings with <paramref name="officialId"/> among the participants, ordered by date then id.</summary>
    public static IReadOnlyList<string> MeetingsOf(string officialId)
        => Records("meetings")
            .Where(m => ((YamlSequenceNode)m.Children[new YamlScalarNode("participants")]).Children
                .Cast<YamlMappingNode>().Any(p => Scalar(p, "official") == officialId))
            .OrderBy(m => Scalar((YamlMappingNode)m.Children[new YamlScalarNode("date")], "value"), StringComparer.Ordinal)
            .ThenBy(m => Scalar(m, "id"), StringComparer.Ordinal)
            .Select(m => Scalar(m, "id"))
            .ToList();
}
