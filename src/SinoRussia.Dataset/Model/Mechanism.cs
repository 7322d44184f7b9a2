namespace SinoRussia.Dataset;

/// <summary>A standing mechanism a meeting belongs to, such as the strategic security consultation.</summary>
public sealed class Mechanism
{
    /// <summary>Creates a mechanism.</summary>
    /// <param name="id">The stable id.</param>
    /// <param name="name">The English name.</param>
    public Mechanism(string id, string name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>The stable id.</summary>
    public string Id { get; }

    /// <summary>The English name.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
