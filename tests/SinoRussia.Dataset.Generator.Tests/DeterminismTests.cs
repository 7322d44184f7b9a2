using System.Globalization;
using SinoRussia.Dataset.Generator.Tests.Infrastructure;

namespace SinoRussia.Dataset.Generator.Tests;

/// <summary>The same data gives byte-identical output whatever the file order, line endings, byte order mark or culture.</summary>
public class DeterminismTests
{
    private static string Output(IEnumerable<DatasetFile> files)
    {
        var run = GeneratorHarness.Run(files);
        run.Diagnostics.ShouldBeEmpty();
        return string.Join("\n---\n", run.Sources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.SourceText));
    }

    [Fact]
    public void The_segments_files_come_in_the_same_order_whatever_the_order_of_the_data_files()
    {
        // The compiler emits the data class's attributes in the order of its files: were the segments' files
        // added in the order of the data files, the assembly's bytes would follow that order.
        var files = Repository.CuratedFiles().SelectMany(f => f.Role == "data" && (f.Path.EndsWith("meetings.yaml", StringComparison.Ordinal) || f.Path.EndsWith("quotes.yaml", StringComparison.Ordinal))
            ? Halves(f) : new[] { f }).ToList();
        var forward = GeneratorHarness.Run(files);
        forward.Diagnostics.ShouldBeEmpty();
        forward.Sources.Select(s => s.HintName).ShouldContain("Meetings.1.g.cs", "the test needs a table of two segments");
        var order = forward.Result.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).ToList();
        GeneratorHarness.Run(Enumerable.Reverse(files)).Result.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).ShouldBe(order);
    }

    /// <summary>A data file's list cut in two files at its middle item.</summary>
    private static IEnumerable<DatasetFile> Halves(DatasetFile file)
    {
        var text = file.Text!;
        var items = new List<int>();
        for (var at = text.IndexOf("\n  - ", StringComparison.Ordinal); at >= 0; at = text.IndexOf("\n  - ", at + 1, StringComparison.Ordinal))
        {
            items.Add(at + 1);
        }

        var middle = items[items.Count / 2];
        var key = Path.GetFileNameWithoutExtension(file.Path) + ":\n"; // meetings.yaml holds meetings, quotes.yaml quotes
        text.ShouldContain("\n" + key);
        yield return file with { Text = text.Substring(0, middle) };
        yield return file with { Path = file.Path.Replace(".yaml", "-2.yaml", StringComparison.Ordinal), Text = key + text.Substring(middle) };
    }

    [Fact]
    public void Output_does_not_depend_on_file_order_line_endings_or_culture()
    {
        var files = Repository.CuratedFiles();
        var expected = Output(files);

        Output(files.Reverse()).ShouldBe(expected);
        for (var seed = 0; seed < 5; seed++)
        {
            var random = new Random(seed);
            Output(files.OrderBy(_ => random.Next())).ShouldBe(expected, $"shuffle {seed}");
        }

        Output(files.Select(f => f with { Text = f.Text!.Replace("\n", "\r\n") })).ShouldBe(expected);
        Output(files.Select(f => f with { Text = "\uFEFF" + f.Text })).ShouldBe(expected);
        Output(files.Reverse().Select(f => f with { Text = "\uFEFF" + f.Text!.Replace("\n", "\r\n") })).ShouldBe(expected);

        var original = CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "tr-TR", "de-DE", "ar-SA", "ja-JP" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
                Output(files).ShouldBe(expected, culture);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = original;
        }
    }
}
