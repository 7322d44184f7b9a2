using System.Collections.Generic;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// One exported table: its columns, keys and rows. Row values are <see cref="string"/>,
/// <see cref="int"/>, <see cref="System.DateOnly"/> or null, matching each column's <see cref="ColumnType"/>.
/// </summary>
public sealed class ExportTable
{
    internal ExportTable(string name, string description, IReadOnlyList<ExportColumn> columns, IReadOnlyList<string> primaryKey,
        IReadOnlyList<ForeignKey> foreignKeys, IReadOnlyList<object?[]> rows)
    {
        Name = name;
        Description = description;
        Columns = columns;
        PrimaryKey = primaryKey;
        ForeignKeys = foreignKeys;
        Rows = rows;
    }

    /// <summary>The table name, also the file name without extension (<c>meetings</c> → <c>meetings.csv</c>).</summary>
    public string Name { get; }

    /// <summary>What one row is.</summary>
    public string Description { get; }

    /// <summary>The columns, in file order.</summary>
    public IReadOnlyList<ExportColumn> Columns { get; }

    /// <summary>The columns that identify a row.</summary>
    public IReadOnlyList<string> PrimaryKey { get; }

    /// <summary>References to other tables.</summary>
    public IReadOnlyList<ForeignKey> ForeignKeys { get; }

    /// <summary>The rows; each has one value per column.</summary>
    public IReadOnlyList<object?[]> Rows { get; }
}
