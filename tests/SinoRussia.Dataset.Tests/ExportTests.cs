using System.Data.Common;
using System.Text.Json;
using DuckDB.NET.Data;
using SinoRussia.Dataset.Export;

namespace SinoRussia.Dataset.Tests;

/// <summary>
/// The CSV and Parquet exports loaded back by a real engine, DuckDB: row counts, keys, every declared
/// foreign key, verbatim text, and a join (quotes → speakers → posts held on the meeting date) checked
/// against the C# collections. The CSV is read with the column types its datapackage.json declares.
/// </summary>
public sealed class ExportTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "srd-export-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void Csv_loads_into_duckdb_with_the_declared_types_keys_and_references()
    {
        DatasetExport.WriteCsv(SinoRussiaDataset.Shipped, _directory);
        using var db = Open();
        var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(_directory, "datapackage.json"))).RootElement;
        var resources = package.GetProperty("resources").EnumerateArray().ToList();
        resources.Select(r => r.GetProperty("name").GetString()).ShouldBe(DatasetTables.Build(SinoRussiaDataset.Shipped).Select(t => t.Name));
        foreach (var resource in resources)
        {
            var name = resource.GetProperty("name").GetString()!;
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray()
                .Select(f => $"'{f.GetProperty("name").GetString()}': '{DuckType(f.GetProperty("type").GetString()!)}'");
            var path = Path.Combine(_directory, resource.GetProperty("path").GetString()!);
            Execute(db, $"CREATE TABLE {name} AS SELECT * FROM read_csv('{path}', header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"', columns = {{{string.Join(", ", fields)}}})");
        }

        CheckTables(db);
    }

    [Fact]
    public async Task Parquet_loads_into_duckdb_with_keys_references_and_typed_dates()
    {
        await DatasetExport.WriteParquetAsync(SinoRussiaDataset.Shipped, _directory);
        using var db = Open();
        foreach (var table in DatasetTables.Build(SinoRussiaDataset.Shipped))
        {
            Execute(db, $"CREATE TABLE {table.Name} AS SELECT * FROM read_parquet('{Path.Combine(_directory, table.Name + ".parquet")}')");
        }

        Scalar(db, "SELECT typeof(date_start) FROM meetings LIMIT 1").ShouldBe("DATE");
        Scalar(db, "SELECT typeof(position_index) FROM positions LIMIT 1").ShouldBe("INTEGER");
        CheckTables(db);
    }

    [Fact]
    public void Datapackage_describes_every_csv_file_exactly()
    {
        var written = DatasetExport.WriteCsv(SinoRussiaDataset.Shipped, _directory);
        var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(_directory, "datapackage.json"))).RootElement;
        package.GetProperty("profile").GetString().ShouldBe("tabular-data-package");
        package.GetProperty("version").GetString().ShouldBe(SinoRussiaDataset.Shipped.Info.DataVersion);
        var resources = package.GetProperty("resources").EnumerateArray().ToList();
        written.Count.ShouldBe(resources.Count + 1);
        foreach (var resource in resources)
        {
            var header = File.ReadLines(Path.Combine(_directory, resource.GetProperty("path").GetString()!)).First();
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList();
            header.ShouldBe(string.Join(",", fields));
            var schema = resource.GetProperty("schema");
            foreach (var key in schema.GetProperty("primaryKey").EnumerateArray())
            {
                fields.ShouldContain(key.GetString());
            }

            foreach (var foreignKey in schema.GetProperty("foreignKeys").EnumerateArray())
            {
                var target = foreignKey.GetProperty("reference").GetProperty("resource").GetString();
                resources.ShouldContain(r => r.GetProperty("name").GetString() == target, $"{resource.GetProperty("name")} refers to {target}");
            }
        }
    }

    private static void CheckTables(DuckDBConnection db)
    {
        var dataset = SinoRussiaDataset.Shipped;
        var expectedCounts = new Dictionary<string, long>
        {
            ["sources"] = dataset.Sources.Count,
            ["organisations"] = dataset.Organisations.Count,
            ["mechanisms"] = dataset.Mechanisms.Count,
            ["topics"] = Enum.GetValues<Topic>().Length,
            ["officials"] = dataset.Officials.Count,
            ["official_aliases"] = dataset.Officials.Sum(o => o.Aliases.Distinct().Count()),
            ["positions"] = dataset.Officials.Sum(o => o.Positions.Count),
            ["meetings"] = dataset.Meetings.Count,
            ["participants"] = dataset.Meetings.Sum(m => m.Participants.Count),
            ["meeting_sources"] = dataset.Meetings.Sum(m => m.Sources.Count),
            ["meeting_topics"] = dataset.Meetings.Sum(m => m.Topics.Count),
            ["meeting_outcomes"] = dataset.Meetings.Sum(m => m.Outcomes.Count),
            ["quotes"] = dataset.Quotes.Count,
            ["quote_topics"] = dataset.Quotes.Sum(q => q.Topics.Count),
            ["events"] = dataset.Meetings.Sum(m => m.Participants.Sum(a => m.Participants.Count(b => a.Official.Country != b.Official.Country))),
        };
        foreach (var table in DatasetTables.Build(dataset))
        {
            Convert.ToInt64(Scalar(db, $"SELECT count(*) FROM {table.Name}")).ShouldBe(expectedCounts[table.Name], table.Name);
            var key = string.Join(", ", table.PrimaryKey);
            Convert.ToInt64(Scalar(db, $"SELECT count(*) FROM (SELECT DISTINCT {key} FROM {table.Name})")).ShouldBe(expectedCounts[table.Name], $"{table.Name} key ({key}) is unique");
            foreach (var foreignKey in table.ForeignKeys)
            {
                var on = string.Join(" AND ", foreignKey.Fields.Zip(foreignKey.ReferencedFields, (f, r) => $"t.{f} = r.{r}"));
                var notNull = string.Join(" AND ", foreignKey.Fields.Select(f => $"t.{f} IS NOT NULL"));
                Convert.ToInt64(Scalar(db, $"SELECT count(*) FROM {table.Name} t WHERE {notNull} AND NOT EXISTS (SELECT 1 FROM {foreignKey.Table} r WHERE {on})"))
                    .ShouldBe(0L, $"{table.Name}.{string.Join(",", foreignKey.Fields)} → {foreignKey.Table}");
            }
        }

        // Verbatim: every quote's text comes back exactly (commas, quotation marks, curly quotes, line breaks).
        var texts = Rows(db, "SELECT id, text FROM quotes").ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
        foreach (var quote in dataset.Quotes)
        {
            texts[quote.Id].ShouldBe(quote.Text);
        }

        // The join analysts run: who said what, holding which post on the day of the meeting.
        var joined = Rows(db, """
            SELECT q.id, p.title, p.organisation_id
            FROM quotes q
            JOIN meetings m ON m.id = q.meeting_id
            JOIN officials o ON o.id = q.speaker_id
            JOIN positions p ON p.official_id = o.id AND p.start_date <= m.date_start AND (p.end_date IS NULL OR m.date_start < p.end_date)
            """).Select(r => $"{r[0]} | {r[1]} | {r[2]}").Order(StringComparer.Ordinal).ToList();
        var expected = dataset.Quotes
            .SelectMany(q => q.Speaker.PostsOn(q.Meeting.Date.Earliest).Select(p => $"{q.Id} | {p.Title} | {p.Organisation.Id}"))
            .Order(StringComparer.Ordinal).ToList();
        expected.Count.ShouldBeGreaterThan(dataset.Quotes.Count / 2);
        joined.ShouldBe(expected);

        // Meetings by year in SQL and in LINQ.
        var byYear = Rows(db, "SELECT year(date_start) AS y, count(*) FROM meetings GROUP BY y ORDER BY y").Select(r => $"{r[0]}:{r[1]}");
        byYear.ShouldBe(dataset.Meetings.GroupBy(m => m.Date.Year).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}"));
    }

    private static string DuckType(string frictionlessType) => frictionlessType switch
    {
        "string" => "VARCHAR",
        "integer" => "INTEGER",
        "date" => "DATE",
        _ => throw new ArgumentOutOfRangeException(nameof(frictionlessType), frictionlessType, "not a type the export declares"),
    };

    private static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    private static void Execute(DbConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(DbConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static List<object?[]> Rows(DbConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
