namespace SinoRussia.Dataset.Generator.Model;

/// <summary>
/// A value's YAML path (<c>meetings[3].date.value</c>, <c>meetings[3].topics[0]</c>) kept as the path of
/// the mapping it stands in and its key (and, in a list, its index). The parts are shared by every value
/// of the mapping; the text is made only when a diagnostic shows it, never for the millions of values
/// that pass their checks (docs/performance.md).
/// </summary>
internal readonly record struct YamlPath(string Parent, string Key, int Index = -1)
{
    /// <summary>The path of the mapping the value stands in (<c>meetings[3]</c>).</summary>
    public string Parent { get; } = Parent;

    /// <inheritdoc />
    public override string ToString()
    {
        var keyed = Parent.Length == 0 ? Key : Parent + "." + Key;
        return Index < 0 ? keyed : keyed + "[" + Index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
    }
}
