namespace SinoRussia.Dataset.Generator.Model;

/// <summary>File-name handling on path strings, for paths from any OS (no file-system access).</summary>
internal static class PathText
{
    /// <summary>The part after the last '/' or '\'.</summary>
    public static string FileName(string path)
    {
        var slash = System.Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash >= 0 ? path.Substring(slash + 1) : path;
    }

    /// <summary>
    /// The items in their order, the first of each path only: a path given twice (an item listed twice) is
    /// one file, read once. The parsed files and their span tables both go through here, so they agree.
    /// </summary>
    public static System.Collections.Generic.IEnumerable<T> FirstOfEachPath<T>(System.Collections.Generic.IEnumerable<T> items, System.Func<T, string> path)
    {
        var seen = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (seen.Add(path(item)))
            {
                yield return item;
            }
        }
    }
}
