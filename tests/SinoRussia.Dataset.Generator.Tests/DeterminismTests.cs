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
