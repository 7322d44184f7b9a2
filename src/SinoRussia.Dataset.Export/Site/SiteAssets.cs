using System.IO;

namespace SinoRussia.Dataset.Export;

/// <summary>The site's stylesheet and script, embedded in the assembly from Site/Assets/.</summary>
internal static class SiteAssets
{
    public static string Read(string name)
    {
        using var stream = typeof(SiteAssets).Assembly.GetManifestResourceStream("site/" + name)
            ?? throw new FileNotFoundException("The site asset is not embedded.", name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
