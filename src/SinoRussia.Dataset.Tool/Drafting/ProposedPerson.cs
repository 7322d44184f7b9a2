namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>A person the text names who is no known official.</summary>
internal sealed class ProposedPerson
{
    /// <summary>Creates a proposed person.</summary>
    /// <param name="id">The proposed id.</param>
    /// <param name="name">The name as spelled.</param>
    /// <param name="position">Where the text first names them.</param>
    public ProposedPerson(string id, string name, int position)
    {
        Id = id;
        Name = name;
        Position = position;
    }

    /// <summary>The proposed id.</summary>
    public string Id { get; }

    /// <summary>The name as spelled.</summary>
    public string Name { get; }

    /// <summary>Where the text first names them.</summary>
    public int Position { get; }

    /// <summary>CN or RU when the text says Chinese or Russian; otherwise null.</summary>
    public string? Country { get; set; }

    /// <summary>The person as an official to match and resolve names against: their name is their one alias, an unknown country empty.</summary>
    /// <returns>The official.</returns>
    public KnownOfficial AsOfficial() => new(Id, Name, new[] { Name }, Country ?? string.Empty);
}
