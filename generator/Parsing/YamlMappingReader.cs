using System;
using System.Collections.Generic;
using System.Linq;
using SinoRussia.Dataset.Generator.Diagnostics;
using SinoRussia.Dataset.Generator.Model;

namespace SinoRussia.Dataset.Generator.Parsing;

/// <summary>
/// Reads the fields of one YAML mapping with schema checks: unknown keys, missing required fields and
/// wrong node kinds become diagnostics at the offending node. Every scalar is read as a string; YAML
/// 1.1 coercions (<c>no</c>, <c>on</c>, <c>0123</c>) never apply.
/// </summary>
internal sealed class YamlMappingReader
{
    private readonly TreeMapping _node;
    private readonly ParseContext _context;
    // A mapping of the schema has a dozen keys at most: a list scanned in order beats a dictionary
    // per mapping (half a million of them at 100,000 meetings).
    private readonly List<KeyValuePair<string, TreeNode>> _entries;

    public YamlMappingReader(TreeMapping node, string path, ParseContext context, params string[] knownKeys)
    {
        _node = node;
        _context = context;
        _entries = new List<KeyValuePair<string, TreeNode>>(node.Children.Count);
        Path = path;
        foreach (var entry in node.Children)
        {
            if (entry.Key is not TreeScalar key)
            {
                context.Report(DiagnosticDescriptors.UnexpectedNodeType, entry.Key, $"{path} key", "a plain string", ParseContext.Describe(entry.Key));
                continue;
            }

            if (Array.IndexOf(knownKeys, key.Value) < 0)
            {
                context.Report(DiagnosticDescriptors.UnknownKey, key, path.Length == 0 ? "(document)" : path, key.Value,
                    Suggestions.DidYouMean(key.Value, knownKeys), string.Join(", ", knownKeys));
                continue;
            }

            if (Has(key.Value))
            {
                context.Report(DiagnosticDescriptors.YamlSyntaxError, key, context.FilePath, $"the key '{key.Value}' appears twice in {(path.Length == 0 ? "the document" : path)}");
                continue;
            }

            _entries.Add(new KeyValuePair<string, TreeNode>(key.Value, entry.Value));
        }
    }

    /// <summary>The YAML path of this mapping, e.g. <c>meetings[3].participants[1]</c>.</summary>
    public string Path { get; }

    public YamlSpan Span => _context.SpanOf(_node);

    /// <summary>This mapping's place in the file's span table (a new entry each time it is asked for).</summary>
    public ValueRef Locate() => _context.Locate(Span);

    private string Child(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public bool Has(string key) => TryGet(key, out _);

    private bool TryGet(string key, out TreeNode value)
    {
        foreach (var entry in _entries)
        {
            if (string.Equals(entry.Key, key, StringComparison.Ordinal))
            {
                value = entry.Value;
                return true;
            }
        }

        value = null!;
        return false;
    }

    /// <summary>A required scalar; null (and a diagnostic) when it is missing or not a scalar.</summary>
    public Located? Required(string key)
    {
        if (!Has(key))
        {
            _context.Report(DiagnosticDescriptors.MissingRequiredField, _node, Path, key);
            return null;
        }

        return Optional(key);
    }

    /// <summary>An optional scalar; null when it is absent or not a scalar (with a diagnostic).</summary>
    public Located? Optional(string key)
    {
        if (!TryGet(key, out var entry))
        {
            return null;
        }

        return _context.ReadScalar(entry, new YamlPath(Path, key));
    }

    /// <summary>A required nested mapping.</summary>
    public YamlMappingReader? RequiredMapping(string key, params string[] knownKeys)
    {
        if (!Has(key))
        {
            _context.Report(DiagnosticDescriptors.MissingRequiredField, _node, Path, key);
            return null;
        }

        return OptionalMapping(key, knownKeys);
    }

    /// <summary>An optional nested mapping.</summary>
    public YamlMappingReader? OptionalMapping(string key, params string[] knownKeys)
    {
        if (!TryGet(key, out var entry))
        {
            return null;
        }

        return Of(entry, Child(key), _context, knownKeys);
    }

    /// <summary>A reader of <paramref name="node"/> when it is a mapping; else null and a diagnostic at it.</summary>
    public static YamlMappingReader? Of(TreeNode node, string path, ParseContext context, params string[] knownKeys)
    {
        if (node is TreeMapping mapping)
        {
            return new YamlMappingReader(mapping, path, context, knownKeys);
        }

        context.Report(DiagnosticDescriptors.UnexpectedNodeType, node, path, "a mapping", ParseContext.Describe(node));
        return null;
    }

    /// <summary>The items of a list of mappings; each with its YAML path.</summary>
    public IEnumerable<YamlMappingReader> MappingList(string key, bool required, params string[] knownKeys)
    {
        var path = Child(key);
        foreach (var (item, index) in Sequence(key, required))
        {
            if (Of(item, $"{path}[{index}]", _context, knownKeys) is { } reader)
            {
                yield return reader;
            }
        }
    }

    /// <summary>A list of scalars (ids, aliases, excerpts).</summary>
    public EquatableArray<Located> ScalarList(string key, bool required = false)
    {
        var values = new List<Located>();
        foreach (var (item, index) in Sequence(key, required))
        {
            if (_context.ReadScalar(item, new YamlPath(Path, key, index)) is { } value)
            {
                values.Add(value);
            }
        }

        return values.ToEquatableArray();
    }

    private IEnumerable<(TreeNode Item, int Index)> Sequence(string key, bool required)
    {
        if (!TryGet(key, out var entry))
        {
            if (required)
            {
                _context.Report(DiagnosticDescriptors.MissingRequiredField, _node, Path, key);
            }

            return Enumerable.Empty<(TreeNode, int)>();
        }

        if (entry is TreeSequence sequence)
        {
            return sequence.Children.Select((item, index) => (item, index));
        }

        _context.Report(DiagnosticDescriptors.UnexpectedNodeType, entry, Child(key), "a list", ParseContext.Describe(entry));
        return Enumerable.Empty<(TreeNode, int)>();
    }
}
