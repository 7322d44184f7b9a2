using System.Text.RegularExpressions;

namespace SinoRussia.Dataset.Tests;

/// <summary>
/// The runtime's records depend on no storage code and decode nothing themselves: they ask their table
/// (<c>IStoredTable</c>, declared in Model and implemented in Storage), and the one reader of a record's
/// bytes is <c>Storage/RecordReader</c>.
/// </summary>
public class RuntimeDependencyTests
{
    private static readonly string Runtime = Path.Combine(SourceTexts.Root, "src", "SinoRussia.Dataset");

    private static readonly Regex StorageUse = new(@"\bStorage\b|\b(TableData|TableSegment|BlobReader|BlobSource|RecordDecoder|RecordReader|RecordList|DataStore|StringTable)\b|\.ReadInt\(|\.ReadDate\(|\.ReadBool\(");

    [Fact]
    public void The_model_uses_no_storage_code_and_reads_no_bytes()
    {
        var uses = Directory.GetFiles(Path.Combine(Runtime, "Model"), "*.cs")
            .SelectMany(p => File.ReadLines(p).Select((line, i) => (File: Path.GetFileName(p), Number: i + 1, Line: line)))
            .Where(x => !x.Line.TrimStart().StartsWith("//", StringComparison.Ordinal) && StorageUse.IsMatch(x.Line))
            .Select(x => $"{x.File}:{x.Number}: {x.Line.Trim()}")
            .ToList();
        uses.ShouldBeEmpty();
    }

    [Fact]
    public void Only_the_record_reader_and_the_table_index_read_a_records_fields()
    {
        // Every field of a record's details is read in RecordReader, the mirror of the generator's
        // RecordEncoder; besides it, the index pass (RecordDecoder) reads a segment's version and count and
        // the records' ids, dates and lengths, TableData the order stream (version and runs) and StringTable
        // the string lengths.
        var readers = Directory.GetFiles(Runtime, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(p => Regex.IsMatch(File.ReadAllText(p), @"\w+\.Read(Int|Date|Bool)\("))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .ToList();
        readers.ShouldBe(new[] { "RecordDecoder.cs", "RecordReader.cs", "StringTable.cs", "TableData.cs" });
    }
}
