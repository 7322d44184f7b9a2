using System.Reflection;
using SinoRussia.Dataset.Export;

namespace SinoRussia.Dataset.Site.Tests;

/// <summary>
/// The site of the shipped data, with the repository's source texts, written once per test run into
/// artifacts/site/ (replaced each run), which every test reads; and where the screenshots go.
/// </summary>
internal static class ShippedSite
{
    private static readonly Lazy<string> Written = new(Write);

    public static string RepositoryRoot { get; } = typeof(ShippedSite).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>The folder holding the site.</summary>
    public static string Folder => Written.Value;

    /// <summary>artifacts/site-screenshots/ under the repository (git-ignored), kept for a person to look at.</summary>
    public static string Screenshots { get; } = Path.Combine(RepositoryRoot, "artifacts", "site-screenshots");

    public static string PathOf(string siteUrl) => Path.Combine(Folder, siteUrl.Split('#')[0].Replace('/', Path.DirectorySeparatorChar));

    public static string Read(string siteUrl) => File.ReadAllText(PathOf(siteUrl));

    /// <summary>The page's file:// URL.</summary>
    public static string Url(string siteUrl) => new Uri(PathOf(siteUrl)).AbsoluteUri + (siteUrl.Contains('#') ? "#" + siteUrl.Split('#')[1] : string.Empty);

    private static string Write()
    {
        // Under artifacts/ (git-ignored) rather than a temporary folder: the site the tests checked stays to be opened.
        var folder = Path.Combine(RepositoryRoot, "artifacts", "site");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        StaticSite.WriteAsync(SinoRussiaDataset.Shipped, folder, Path.Combine(RepositoryRoot, "data", "sources")).GetAwaiter().GetResult();
        return folder;
    }
}
