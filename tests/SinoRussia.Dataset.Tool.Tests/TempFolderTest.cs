namespace SinoRussia.Dataset.Tool.Tests;

/// <summary>A test class that works in a fresh temporary folder of its own, deleted afterwards.</summary>
public abstract class TempFolderTest : IDisposable
{
    protected TempFolderTest() => Directory.CreateDirectory(Folder);

    /// <summary>The folder.</summary>
    protected string Folder { get; } = Path.Combine(Path.GetTempPath(), "srd-tool-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
