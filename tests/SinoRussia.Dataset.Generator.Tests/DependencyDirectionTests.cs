using System.Text.RegularExpressions;
using SinoRussia.Dataset.Generator.Tests.Infrastructure;

namespace SinoRussia.Dataset.Generator.Tests;

/// <summary>
/// The generator's folders follow the data's path and depend one way: the shared schema, then Model
/// and Diagnostics (the values every stage passes on), then Parsing, Validation, Emission and last the
/// Pipeline that wires them, and the public Hosting that runs it outside a build. A folder may use only
/// what lies before it.
/// </summary>
public class DependencyDirectionTests
{
    private static readonly string[] Order = { "Schema", "Model", "Diagnostics", "Parsing", "Validation", "Emission", "Pipeline", "Hosting" };

    // Model and Diagnostics are one layer: a diagnostic has a YAML span; a parsed file carries its diagnostics.
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Schema"] = [],
        ["Model"] = ["Schema", "Diagnostics"],
        ["Diagnostics"] = ["Schema", "Model"],
        ["Parsing"] = ["Schema", "Model", "Diagnostics"],
        ["Validation"] = ["Schema", "Model", "Diagnostics", "Parsing"],
        ["Emission"] = ["Schema", "Model", "Diagnostics", "Parsing", "Validation"],
        ["Pipeline"] = ["Schema", "Model", "Diagnostics", "Parsing", "Validation", "Emission"],
        ["Hosting"] = ["Schema", "Model", "Diagnostics", "Parsing", "Validation", "Emission", "Pipeline"],
    };

    private static readonly Regex Reference = new(@"SinoRussia\.Dataset\.Generator\.(\w+)|(?<![\w.])(Parsing|Validation|Emission|Pipeline|Hosting)\.[A-Z]");

    public static TheoryData<string> Folders() => new(Order.Skip(1));

    [Theory]
    [MemberData(nameof(Folders))]
    public void A_folder_uses_only_what_lies_before_it(string folder)
    {
        var files = Directory.GetFiles(Path.Combine(Repository.Root, "generator", folder), "*.cs");
        files.ShouldNotBeEmpty();
        var wrong = new List<string>();
        foreach (var file in files)
        {
            foreach (var (line, number) in File.ReadLines(file).Select((l, i) => (l, i + 1)))
            {
                if (line.TrimStart().StartsWith("//", StringComparison.Ordinal) || line.StartsWith("namespace ", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (Match match in Reference.Matches(line))
                {
                    var used = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
                    if (used != folder && Order.Contains(used) && !Allowed[folder].Contains(used))
                    {
                        wrong.Add($"{Path.GetFileName(file)}:{number} uses {used}: {line.Trim()}");
                    }
                }
            }
        }

        wrong.ShouldBeEmpty();
    }

    [Fact]
    public void The_shared_schema_uses_no_generator_folder()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "schema"), "*.cs"))
        {
            File.ReadAllText(file).ShouldNotContain("SinoRussia.Dataset.Generator.Model", customMessage: file);
            Regex.IsMatch(File.ReadAllText(file), @"using SinoRussia\.").ShouldBeFalse(file);
        }
    }
}
