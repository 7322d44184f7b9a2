namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>A person the text names who is not a known official: proposed as a new one.</summary>
/// <param name="Id">The id drafted from the name.</param>
/// <param name="Name">The name as spelled.</param>
/// <param name="Position">Where the name first stands.</param>
/// <param name="Country">The country their title or apposition names, where one does.</param>
internal sealed record ProposedPerson(string Id, string Name, int Position, string? Country = null)
{
    /// <summary>The person as an official to match names against ("Petrov said").</summary>
    public KnownOfficial AsOfficial() => new(Id, Name, new[] { Name }, Country ?? string.Empty);
}
