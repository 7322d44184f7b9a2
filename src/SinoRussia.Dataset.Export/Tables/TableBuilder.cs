using System;
using System.Collections.Generic;

namespace SinoRussia.Dataset.Export;

/// <summary>Declares a table's columns once, each with the function that reads its value from a row
/// source, and builds the <see cref="ExportTable"/>.</summary>
/// <typeparam name="T">What one row is made from.</typeparam>
internal sealed class TableBuilder<T>
{
    private readonly string _name;
    private readonly string _description;
    private readonly List<ExportColumn> _columns = new();
    private readonly List<Func<T, object?>> _values = new();
    private readonly List<ForeignKey> _foreignKeys = new();
    private string[] _primaryKey = Array.Empty<string>();

    public TableBuilder(string name, string description)
    {
        _name = name;
        _description = description;
    }

    public TableBuilder<T> Text(string name, bool required, string description, Func<T, string?> value, IReadOnlyList<string>? allowed = null)
        => Add(new ExportColumn(name, ColumnType.String, required, description, allowed), value);

    public TableBuilder<T> Integer(string name, string description, Func<T, int> value)
        => Add(new ExportColumn(name, ColumnType.Integer, true, description, null), t => value(t));

    public TableBuilder<T> Date(string name, bool required, string description, Func<T, DateOnly?> value)
        => Add(new ExportColumn(name, ColumnType.Date, required, description, null), t => value(t));

    /// <summary>
    /// A text column for every added field of <paramref name="shape"/> (<c>Field.IsAdded</c>), named by its
    /// key in snake_case (<c>titleInSource</c> → <c>title_in_source</c>), with its description and, for a
    /// vocabulary, its spellings: what the YAML gives, as it spells it.
    /// </summary>
    public TableBuilder<T> Added(Shape shape, Func<T, IReadOnlyDictionary<string, string>> values)
    {
        foreach (var field in shape.AddedFields)
        {
            var key = field.Key;
            Text(ExportColumn.NameFor(key), false, field.Description ?? key, t => values(t).TryGetValue(key, out var value) ? value : null, field.Vocabulary?.Codes);
        }

        return this;
    }

    public TableBuilder<T> Key(params string[] columns)
    {
        _primaryKey = columns;
        return this;
    }

    public TableBuilder<T> References(string column, string table, string referencedColumn = "id")
    {
        _foreignKeys.Add(new ForeignKey(new[] { column }, table, new[] { referencedColumn }));
        return this;
    }

    public ExportTable Build(IEnumerable<T> items)
    {
        var rows = new List<object?[]>();
        foreach (var item in items)
        {
            var row = new object?[_values.Count];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = _values[i](item);
                if (row[i] is null && _columns[i].Required)
                {
                    throw new InvalidOperationException($"Table {_name}: the required column {_columns[i].Name} has no value in row {rows.Count + 1}.");
                }
            }

            rows.Add(row);
        }

        return new ExportTable(_name, _description, _columns.ToArray(), _primaryKey, _foreignKeys.ToArray(), rows);
    }

    private TableBuilder<T> Add(ExportColumn column, Func<T, object?> value)
    {
        _columns.Add(column);
        _values.Add(value);
        return this;
    }
}
