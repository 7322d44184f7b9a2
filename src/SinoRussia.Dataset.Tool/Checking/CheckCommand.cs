using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SinoRussia.Dataset.Tool.Checking;

/// <summary><c>check DIR [--standalone]</c>: every diagnostic of the generator over a folder, in the
/// compiler's format; the exit code is 1 when there is an error. The folder is checked as a project's
/// extension of the shipped data, or with <c>--standalone</c> as a whole dataset of its own (the
/// repository's <c>data/</c>), as the library's own build checks it.</summary>
internal static class CheckCommand
{
    public static int Run(string directory, TextWriter output, bool standalone = false)
    {
        var files = DataFolder.Read(directory, withShipped: !standalone);
        if (!files.Any(f => f.Role == "data"))
        {
            output.WriteLine($"{Path.GetFullPath(directory)}: warning: no *.yaml or *.yml file to check");
            return 0;
        }

        var (diagnostics, _) = GeneratorRunner.Run(files, CSharpCompilation.Create("Check"));
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
                     .ThenBy(d => d.Location.GetLineSpan().StartLinePosition.Line)
                     .ThenBy(d => d.Location.GetLineSpan().StartLinePosition.Character)
                     .ThenBy(d => d.Id, StringComparer.Ordinal))
        {
            output.WriteLine(GeneratorRunner.Format(diagnostic));
        }

        // CS8784/CS8785: the generator itself failed. The compiler makes that a warning; here it is an
        // error, or a crash would pass as a clean check.
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error || GeneratorFailed(d));
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        output.WriteLine($"{files.Count(f => f.Role == "data")} data file(s), {files.Count(f => f.Role == "source")} source text(s): {errors} error(s), {warnings} warning(s)");
        return errors > 0 ? 1 : 0;
    }

    public static bool GeneratorFailed(Diagnostic diagnostic) => diagnostic.Id is "CS8784" or "CS8785";
}
