using System.Text;
using SinoRussia.Dataset.Export;
using static SinoRussia.Dataset.Tests.DataDictionaryMarkdown;

namespace SinoRussia.Dataset.Tests;

/// <summary>Writes the dictionary's last section: each table of <see cref="DatasetTables"/>, with its keys and columns.</summary>
internal static class DataDictionaryExportTables
{
    public static void Write(StringBuilder w)
    {
        void Line(string text = "") => w.Append(text).Append('\n');

        Line();
        Line("## Export tables");
        Line();
        Line("The tables of `DatasetTables.Build(SinoRussiaDataset.Shipped)`, in dependency order (a table comes after the tables it refers to): "
            + "the one definition of every exported table and column, from which the CSV files, `datapackage.json` and the Parquet "
            + "files are written. A list inside a record is a table of its own, with a foreign key to the record.");
        foreach (var table in DatasetTables.Build(SinoRussiaDataset.Shipped))
        {
            Line();
            Line($"### `{table.Name}`");
            Line();
            Line(Escape(table.Description));
            Line();
            var foreignKeys = table.ForeignKeys.Count == 0
                ? "none"
                : string.Join("; ", table.ForeignKeys.Select(k => $"{CodeList(k.Fields)} → `{k.Table}` ({CodeList(k.ReferencedFields)})"));
            Line($"Primary key: {(table.PrimaryKey.Count == 0 ? "none" : CodeList(table.PrimaryKey))}. Foreign keys: {foreignKeys}.");
            Line();
            Line("| Column | Type | Required | Allowed values | Description |");
            Line("|---|---|---|---|---|");
            foreach (var column in table.Columns)
            {
                Row(
                    Line,
                    Code(column.Name),
                    column.Type.ToString(),
                    column.Required ? "yes" : "no",
                    column.AllowedValues is { Count: > 0 } allowed ? string.Join(", ", allowed.Select(Code)) : None,
                    column.Description);
            }
        }

        static string CodeList(IEnumerable<string> names) => string.Join(", ", names.Select(Code));
    }
}
