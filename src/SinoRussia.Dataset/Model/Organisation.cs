namespace SinoRussia.Dataset;

/// <summary>A body in which an official holds a post.</summary>
public sealed class Organisation
{
    /// <summary>Creates an organisation.</summary>
    /// <param name="id">The stable id.</param>
    /// <param name="name">The English name.</param>
    /// <param name="country">The ISO 3166-1 alpha-2 country code, where it belongs to one country.</param>
    public Organisation(string id, string name, string? country)
    {
        Id = id;
        Name = name;
        Country = country;
    }

    /// <summary>The stable id, such as <c>russia-security-council</c>.</summary>
    public string Id { get; }

    /// <summary>The English name.</summary>
    public string Name { get; }

    /// <summary>The ISO 3166-1 alpha-2 country code, where it belongs to one country.</summary>
    public string? Country { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
