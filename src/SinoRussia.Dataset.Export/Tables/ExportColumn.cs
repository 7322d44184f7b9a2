using System.Collections.Generic;

namespace SinoRussia.Dataset.Export;

/// <summary>One column of an exported table: the single description of a field that the CSV, Parquet,
/// <c>datapackage.json</c> and the data dictionary are all written from.</summary>
public sealed class ExportColumn
{
    internal ExportColumn(string name, ColumnType type, bool required, string description, IReadOnlyList<string>? allowedValues)
    {
        Name = name;
        Type = type;
        Required = required;
        Description = description;
        AllowedValues = allowedValues;
    }

    /// <summary>A YAML key as a column name: camelCase to snake_case (<c>titleInSource</c>: <c>title_in_source</c>).</summary>
    internal static string NameFor(string key)
    {
        var name = new System.Text.StringBuilder(key.Length + 4);
        foreach (var c in key)
        {
            if (char.IsUpper(c))
            {
                name.Append('_').Append(char.ToLowerInvariant(c));
            }
            else
            {
                name.Append(c);
            }
        }

        return name.ToString();
    }

    /// <summary>The column name (snake_case).</summary>
    public string Name { get; }

    /// <summary>The column type.</summary>
    public ColumnType Type { get; }

    /// <summary>Whether every row has a value.</summary>
    public bool Required { get; }

    /// <summary>What the column holds.</summary>
    public string Description { get; }

    /// <summary>The closed vocabulary of the column, or null when any value of its type is allowed.</summary>
    public IReadOnlyList<string>? AllowedValues { get; }
}
