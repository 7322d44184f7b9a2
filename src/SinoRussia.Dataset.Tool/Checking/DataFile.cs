namespace SinoRussia.Dataset.Tool.Checking;

/// <summary>One file the generator reads, with the role a consumer build gives it (<c>data</c>,
/// <c>source</c> or <c>shipped</c>, as the <c>SinoRussiaDataset</c> item metadata).</summary>
/// <param name="Path">The path the diagnostics name.</param>
/// <param name="Role">The role.</param>
/// <param name="Text">The text.</param>
internal sealed record DataFile(string Path, string Role, string Text);
