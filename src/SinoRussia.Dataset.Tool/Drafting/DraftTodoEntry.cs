namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>
/// A decision left to a person, where it stands: the article's line (0 when it concerns the whole
/// text), the record it belongs to ("meeting wang-yi-patrushev-2023-02-21", "official wang-yi"; null for
/// the draft's source record) and the TODO with the key it concerns.
/// </summary>
/// <param name="Line">The 1-based line of the article, or 0.</param>
/// <param name="Record">The record it belongs to, or null for the draft's source record.</param>
/// <param name="Todo">What to decide, and the key it concerns.</param>
internal sealed record DraftTodoEntry(int Line, string? Record, DraftTodo Todo)
{
    /// <summary>The TODO as the draft lists it: <c>line 5: meeting ID: text</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString()
        => (Line > 0 ? $"line {Line}: " : string.Empty) + (Record is null ? string.Empty : Record + ": ") + Todo.Text;
}
