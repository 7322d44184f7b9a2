namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>
/// A decision the draft leaves to a person: the YAML key it concerns (<see cref="Keys"/>; null when it
/// concerns the record as a whole) and what to decide. The writer puts a TODO about a key next to that
/// key, by <see cref="Field"/>, not by reading the text.
/// </summary>
/// <param name="Field">The key it concerns, or null.</param>
/// <param name="Text">What to decide, as written into the draft.</param>
internal sealed record DraftTodo(string? Field, string Text)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}
