namespace SinoRussia.Dataset.Generator.Model;

/// <summary>
/// Where a value stands, without its position: its file, the piece of the file it was read in
/// (<see cref="SpanTable"/>'s chunk: 0 for a file read whole) and its number among the values read from
/// that piece. The position itself is in the file's <see cref="SpanTable"/>, so that an edit which only
/// moves values (a comment or blank lines in the middle of a file) leaves the records equal, and
/// only the diagnostics are placed again.
/// </summary>
internal readonly record struct ValueRef(string FilePath, int Chunk, int Index);
