using YamlDotNet.RepresentationModel;

namespace SinoRussia.Dataset.Tests;

/// <summary>Reads data/*.yaml for the dictionary: each section's records and files, and the example shown for each key.</summary>
internal static class DataDictionaryExamples
{
    /// <summary>The longest example shown, in characters, "…" included.</summary>
    public const int ExampleLength = 60;

    /// <summary>The records of a section in data/*.yaml, and the files that hold them.</summary>
    public sealed record DataSection(List<string> Files, List<YamlMappingNode> Records);

    public static Dictionary<string, DataSection> ReadData(string root)
    {
        var sections = new Dictionary<string, DataSection>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(Path.Combine(root, "data"), "*.yaml").Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            using (var reader = new StringReader(File.ReadAllText(path)))
            {
                stream.Load(reader);
            }

            var file = Path.GetFileName(path);
            foreach (var document in stream.Documents)
            {
                if (document.RootNode is not YamlMappingNode top)
                {
                    continue;
                }

                foreach (var (key, value) in top.Children)
                {
                    if (key is not YamlScalarNode { Value: { } name } || value is not YamlSequenceNode list)
                    {
                        continue;
                    }

                    if (!sections.TryGetValue(name, out var section))
                    {
                        section = new DataSection([], []);
                        sections.Add(name, section);
                    }

                    if (!section.Files.Contains(file))
                    {
                        section.Files.Add(file);
                    }

                    section.Records.AddRange(list.Children.OfType<YamlMappingNode>());
                }
            }
        }

        return sections;
    }

    /// <summary>The value of the key in the first record that has a non-empty one, on one line and shortened.</summary>
    public static string? ExampleOf(IReadOnlyList<YamlMappingNode> records, string path)
    {
        var steps = path[(path.IndexOf("[].", StringComparison.Ordinal) + 3)..].Split('.');
        foreach (var record in records)
        {
            foreach (var node in Find(record, steps, 0))
            {
                var text = Flow(node);
                if (text.Length > 0)
                {
                    return Shorten(text);
                }
            }
        }

        return null;
    }

    /// <summary>The nodes at a path below a node; a step <c>key[]</c> goes into each item of the list.</summary>
    private static IEnumerable<YamlNode> Find(YamlNode node, string[] steps, int index)
    {
        if (index == steps.Length)
        {
            yield return node;
            yield break;
        }

        if (node is not YamlMappingNode mapping)
        {
            yield break;
        }

        var each = steps[index].EndsWith("[]", StringComparison.Ordinal);
        var key = each ? steps[index][..^2] : steps[index];
        foreach (var (name, value) in mapping.Children)
        {
            if (name is not YamlScalarNode { Value: { } text } || !string.Equals(text, key, StringComparison.Ordinal))
            {
                continue;
            }

            IEnumerable<YamlNode> children = [value];
            if (each)
            {
                children = value is YamlSequenceNode sequence ? sequence.Children : Array.Empty<YamlNode>();
            }

            foreach (var child in children)
            {
                foreach (var found in Find(child, steps, index + 1))
                {
                    yield return found;
                }
            }
        }
    }

    /// <summary>A node in YAML's flow style: <c>[a, b]</c>, <c>{ value: 2025, precision: year }</c>.</summary>
    private static string Flow(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value ?? string.Empty,
        YamlSequenceNode sequence => "[" + string.Join(", ", sequence.Children.Select(Flow)) + "]",
        YamlMappingNode mapping => "{ " + string.Join(", ", mapping.Children.Select(c => Flow(c.Key) + ": " + Flow(c.Value))) + " }",
        _ => string.Empty,
    };

    /// <summary>Line breaks written as <c>\n</c>; longer than <see cref="ExampleLength"/>, cut and ended with "…".</summary>
    private static string Shorten(string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace("\n", "\\n", StringComparison.Ordinal);
        if (text.Length <= ExampleLength)
        {
            return text;
        }

        var cut = ExampleLength - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut].TrimEnd() + "…";
    }
}
