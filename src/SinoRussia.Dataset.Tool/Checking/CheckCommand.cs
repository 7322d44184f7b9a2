using System;
using System.IO;
using System.Linq;
using SinoRussia.Dataset.Generator.Hosting;

namespace SinoRussia.Dataset.Tool.Checking;

/// <summary><c>check DIR [--standalone]</c>: every diagnostic of the generator over a folder, in the
/// compiler's format; the exit code is 1 when there is an error. The folder is checked as a project's
/// extension of the shipped data, or with <c>--standalone</c> as a whole dataset of its own (the
/// repository's <c>data/</c>), as the library's own build checks it. The generator runs through its
/// package's public <see cref="DatasetCheck"/>: the rules and messages are the compiler's.</summary>
internal static class CheckCommand
{
    public static int Run(string directory, TextWriter output, bool standalone = false)
    {
        var files = DataFolder.Read(directory, withShipped: !standalone);
        if (!files.Any(f => f.Role == DatasetInputRole.Data))
        {
            output.WriteLine($"{Path.GetFullPath(directory)}: warning: no *.yaml or *.yml file to check");
            return 0;
        }

        var result = DatasetCheck.Run(files);
        foreach (var diagnostic in result.Diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
                     .ThenBy(d => d.Location.GetLineSpan().StartLinePosition.Line)
                     .ThenBy(d => d.Location.GetLineSpan().StartLinePosition.Character)
                     .ThenBy(d => d.Id, StringComparer.Ordinal))
        {
            output.WriteLine(DatasetCheck.Format(diagnostic));
        }

        // CS8784/CS8785 (the generator itself failed) count as errors here, though the compiler makes
        // them warnings: a crash must not pass as a clean check.
        var errors = result.Diagnostics.Count(DatasetCheckResult.IsError);
        var warnings = result.Diagnostics.Count(d => !DatasetCheckResult.IsError(d) && d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        output.WriteLine($"{files.Count(f => f.Role == DatasetInputRole.Data)} data file(s), {files.Count(f => f.Role == DatasetInputRole.Source)} source text(s): {errors} error(s), {warnings} warning(s)");
        return errors > 0 ? 1 : 0;
    }
}
