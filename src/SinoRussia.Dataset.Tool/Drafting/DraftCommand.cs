using System.Collections.Generic;
using System.IO;
using System.Linq;
using SinoRussia.Dataset.Tool.Exporting;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary><c>draft ARTICLE.txt [--data DIR] [--output FILE|-]</c>: the draft YAML of an article, written
/// next to it (<c>ARTICLE.draft.yaml</c>), to a file, or to standard output. Names are
/// matched against the shipped officials and, with <c>--data</c>, the officials of a data folder too.</summary>
internal static class DraftCommand
{
    /// <summary>Where the draft goes: <c>ARTICLE.draft.yaml</c> next to the article when no output is given,
    /// standard output (null) for <c>-</c>, else the given file.</summary>
    public static string? OutputPath(string articlePath, string? output) => output switch
    {
        null => Path.ChangeExtension(articlePath, ".draft.yaml"),
        "-" => null,
        _ => Path.GetFullPath(output),
    };

    public static int Run(string articlePath, string? outputPath, string? dataDirectory, TextWriter output, TextWriter error)
    {
        IEnumerable<Official> known = Officials.All;
        if (dataDirectory is not null)
        {
            var loaded = FolderDataset.Load(dataDirectory);
            if (loaded.Dataset is not { } dataset)
            {
                error.WriteLine($"{dataDirectory}: the data folder does not check clean, so its officials cannot be used:");
                foreach (var line in loaded.Errors)
                {
                    error.WriteLine(line);
                }

                return 1;
            }

            known = dataset.Officials;
        }

        var officials = known.Select(o => new KnownOfficial(o.Id, o.Name, o.Aliases, o.Country)).ToList();
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
