using System.Text.RegularExpressions;

namespace SinoRussia.Dataset.PackageTests;

/// <summary>Reads the "NAME value" lines the consumer programs print.</summary>
internal static class ProgramOutput
{
    public static string Line(string output, string prefix)
    {
        var match = Regex.Match(output, "^" + prefix + " (.*)$", RegexOptions.Multiline);
        match.Success.ShouldBeTrue(output);
        return match.Groups[1].Value.TrimEnd('\r');
    }
}
