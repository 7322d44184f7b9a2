using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SinoRussia.Dataset.Generator.Emission;
using SinoRussia.Dataset.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SinoRussia.Dataset.Generator.Tests;

/// <summary>
/// No YAML value can change the meaning of the generated code: 10,000 random and adversarial strings
/// go through the whole pipeline (YAML -> generator -> compiler -> runtime) and come back unchanged.
/// </summary>
public class EscapingTests(ITestOutputHelper output)
{
    private const int Strings = 10_000;
    private const int BatchSize = 1_000;

    private static readonly string[] Adversarial =
    {
        "", "\"", "\\", "\"\"\"", "\"\"\"\"\"\"", "*/", "/*", "//", "#if DEBUG", "#endif", "#error boom", "#region", "\\u0022", "\\\"", "\\\\\"",
        "\"; System.Environment.Exit(1); \"", "\" + \"", "{0}", "{{", "}}", "$\"{x}\"", "@\"", "'", "`", "</summary>", "<summary>", "<![CDATA[", "&amp;", "&#x22;",
        "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\v", "\f", "\0", "a\0b", "\u0001\u001F\u007F", "\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069",
        "\uFEFF", "\uFFFE\uFFFF", "😀", "👨‍👩‍👧‍👦", "王毅", "Шойгу", "مرحبا", "e\u0301", "\U0010FFFD", "\t\t", " leading and trailing ", "//\n#if false\n",
        "\u0022\u005C", "\\n", "\\u", "\\U0001F600", "'\\''", "///", "/// <summary>", "\n/// </summary>\npublic static int X => 1;\n//",
    };

    private static readonly string[] Pieces =
    {
        "\"", "\\", "*/", "/*", "#if", "\n", "\r", "\u2028", "\u2029", "\u0085", "\0", "\u202E", "\u2066", "</summary>", "&", "<", ">", "{", "}", "'", "@", "$", "😀", "王", "\uFEFF", "\t",
    };

    internal static IReadOnlyList<string> Corpus()
    {
        var random = new Random(20261122);
        var corpus = new List<string>(Adversarial);
        corpus.Add(new string('x', 100_000));
        corpus.Add(string.Concat(Enumerable.Repeat("\"\\*/\n", 25_000)));
        corpus.Add(string.Concat(Enumerable.Repeat("😀", 50_000)));
        while (corpus.Count < Strings)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 48);
            for (var i = 0; i < length; i++)
            {
                switch (random.Next(4))
                {
                    case 0:
                        builder.Append(Pieces[random.Next(Pieces.Length)]);
                        break;
                    case 1:
                        builder.Append((char)random.Next(0x20, 0x7F));
                        break;
                    case 2:
                        builder.Append(char.ConvertFromUtf32(RandomScalar(random)));
                        break;
                    default:
                        builder.Append((char)random.Next(0, 0x20));
                        break;
                }
            }

            corpus.Add(builder.ToString());
        }

        return corpus;
    }

    [Fact]
    public void Ten_thousand_adversarial_strings_compile_and_keep_their_exact_value_at_run_time()
    {
        var corpus = Corpus();
        corpus.Count.ShouldBe(Strings);
        var watch = Stopwatch.StartNew();
        for (var start = 0; start < corpus.Count; start += BatchSize)
        {
            var batch = corpus.Skip(start).Take(BatchSize).ToList();
            var yaml = new StringBuilder("organisations:\n");
            for (var i = 0; i < batch.Count; i++)
            {
                yaml.Append("  - id: org-").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\n    name: ").Append(YamlDoubleQuoted(batch[i])).Append('\n');
            }

            var run = GeneratorHarness.Run(new[] { DatasetFile.Data("/data/strings.yaml", yaml.ToString()) });
            run.Diagnostics.ShouldBeEmpty();
            run.GeneratedCodeDiagnostics.ShouldBeEmpty();

            var names = LoadNames(run.Output);
            names.Count.ShouldBe(batch.Count);
            for (var i = 0; i < batch.Count; i++)
            {
                // Organisations are ordered by id (ordinal), so look each one up by its id.
                names[$"org-{i}"].ShouldBe(batch[i], $"string {start + i}: {Visible(batch[i])}");
            }
        }

        watch.Stop();
        output.WriteLine($"escaping: {corpus.Count} strings round-tripped YAML -> C# -> run time unchanged in {watch.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void Lone_surrogates_which_yaml_cannot_carry_are_escaped_too()
    {
        foreach (var value in new[] { "\uD800", "\uDC00", "a\uD83Db", "\uDE00\uD83D" })
        {
            var literal = CSharpEmbedding.StringLiteral(value);
            literal.ShouldMatch("^\"[\\x20-\\x7E]*\"$");
            var parsed = (LiteralExpressionSyntax)SyntaxFactory.ParseExpression(literal);
            parsed.GetDiagnostics().ShouldBeEmpty();
            parsed.Token.ValueText.ShouldBe(value);
        }
    }

    [Fact]
    public void The_length_a_table_file_is_sized_by_is_the_length_of_the_literal_written()
    {
        foreach (var value in Adversarial.Concat(new[] { string.Empty, "plain", "\"\\", "\uD800x\u0416\u4E2D" }))
        {
            CSharpEmbedding.LiteralLength(value).ShouldBe(CSharpEmbedding.StringLiteral(value).Length, value);
        }
    }

    [Fact]
    public void Doc_comment_text_cannot_end_the_comment()
    {
        foreach (var value in Adversarial)
        {
            var doc = CSharpEmbedding.DocText(value);
            doc.ShouldNotContain("\n");
            doc.ShouldNotContain("\r");
            doc.ShouldNotContain("\u2028");
            doc.ShouldNotContain("<");
            var tree = CSharpSyntaxTree.ParseText($"/// <summary>{doc}</summary>\npublic class C {{ }}", GeneratorHarness.ParseOptions);
            tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Count().ShouldBe(1);
            tree.GetDiagnostics().ShouldBeEmpty();
        }
    }

    /// <summary>A YAML double-quoted scalar for any string of Unicode scalar values.</summary>
    internal static string YamlDoubleQuoted(string value)
    {
        var builder = new StringBuilder("\"");
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '"' || c == '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c >= 0x20 && c < 0x7F)
            {
                builder.Append(c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append("\\U").Append(char.ConvertToUtf32(c, value[++i]).ToString("X8", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.Append('"').ToString();
    }

    private static Dictionary<string, string> LoadNames(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        emit.Success.ShouldBeTrue(string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        stream.Position = 0;
        var context = new AssemblyLoadContext("escaping", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(stream);
            var all = (System.Collections.IEnumerable)assembly.GetType("SinoRussia.Dataset.Organisations")!
                .GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            var names = new Dictionary<string, string>();
            foreach (var organisation in all)
            {
                var type = organisation.GetType();
                names.Add((string)type.GetProperty("Id")!.GetValue(organisation)!, (string)type.GetProperty("Name")!.GetValue(organisation)!);
            }

            return names;
        }
        finally
        {
            context.Unload();
        }
    }

    private static int RandomScalar(Random random)
    {
        while (true)
        {
            var value = random.Next(0, 0x110000);
            if (value is < 0xD800 or > 0xDFFF)
            {
                return value;
            }
        }
    }

    private static string Visible(string value)
        => value.Length > 200 ? $"({value.Length} chars)" : string.Concat(value.Select(c => c is >= ' ' and < (char)0x7F ? c.ToString() : $"\\u{(int)c:X4}"));
}
