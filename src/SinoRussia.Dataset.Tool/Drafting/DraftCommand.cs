using System.IO;
using System.Linq;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary><c>draft ARTICLE.txt [--output FILE]</c>: the draft YAML of an article, against the shipped officials.</summary>
internal static class DraftCommand
{
    public static int Run(string articlePath, string? outputPath, TextWriter output)
    {
        var officials = Officials.All.Select(o => new KnownOfficial(o.Id, o.Name, o.Aliases, o.Country)).ToList();
        var draft = ArticleDrafter.Draft(File.ReadAllText(articlePath), Path.GetFileName(articlePath), officials);
        var yaml = draft.ToYaml();
        if (outputPath is null)
        {
            output.Write(yaml);
        }
        else
        {
            File.WriteAllText(outputPath, yaml);
            output.WriteLine($"{outputPath}: {draft.Quotes.Count} quote(s), {draft.Meetings.Count} meeting(s), {draft.Todos.Count} TODO(s)");
        }

        return 0;
    }
}
