using System.Text;

namespace SinoRussia.Dataset.Tests;

/// <summary>
/// A committed document generated from the data (the timeline, the data dictionary, README's meetings
/// table): the check that it is current, and its regeneration when the tests run with
/// <see cref="UpdateVariable"/>=1.
/// </summary>
internal static class GeneratedDocument
{
    public const string UpdateVariable = "SINORUSSIA_UPDATE_DOCS";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>
    /// Fails unless the file at <paramref name="relativePath"/> holds exactly <paramref name="rendered"/>
    /// (with <paramref name="normaliseLineEndings"/>, a CRLF checkout counts as current). Under
    /// <see cref="UpdateVariable"/>=1 it writes the file (UTF-8, no BOM) and still fails, so the change is reviewed.
    /// </summary>
    public static void ShouldBeCurrent(string relativePath, string rendered, string regenerate, bool normaliseLineEndings)
    {
        var path = Path.Combine(SourceTexts.Root, relativePath);
        var committed = File.Exists(path) ? new UTF8Encoding(false, true).GetString(File.ReadAllBytes(path)) : null;
        if (normaliseLineEndings)
        {
            committed = committed?.Replace("\r\n", "\n", StringComparison.Ordinal);
        }

        if (committed == rendered)
        {
            return;
        }

        var problem = committed is null ? $"{relativePath} is missing" : $"{relativePath} is stale: " + FirstDifference(committed, rendered);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, new UTF8Encoding(false).GetBytes(rendered));
            Assert.Fail($"{problem}\nUpdated {path} ({UpdateVariable}=1): review and commit it, then run the tests again without {UpdateVariable}.");
        }

        Assert.Fail($"{problem}\nRegenerate it with `{regenerate}`, then review and commit it.");
    }

    /// <summary>The first line where the two texts differ, for the failure message.</summary>
    public static string FirstDifference(string committed, string rendered)
    {
        var crlf = committed.Contains('\r') ? " (the committed text has CR characters: check core.autocrlf and .gitattributes)" : string.Empty;
        var before = committed.Split('\n');
        var after = rendered.Split('\n');
        for (var i = 0; i < Math.Max(before.Length, after.Length); i++)
        {
            var was = i < before.Length ? before[i] : "(end of text)";
            var now = i < after.Length ? after[i] : "(end of text)";
            if (!string.Equals(was, now, StringComparison.Ordinal))
            {
                return $"line {i + 1} differs{crlf}\n  committed: {was}\n  rendered:  {now}";
            }
        }

        return "the texts differ";
    }
}
