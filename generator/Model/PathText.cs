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
}
