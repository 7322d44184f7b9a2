namespace SinoRussia.Dataset.Generator.Model;

/// <summary>
/// Where a value stands, without its position: its file and its number among the values read from
/// that file. The position itself is in the file's <see cref="SpanTable"/>, so that an edit which only
/// moves values (a comment or blank lines in the middle of a file) leaves the records equal, and
/// only the diagnostics are placed again.
/// </summary>
internal readonly record struct ValueRef(string FilePath, int Index);
