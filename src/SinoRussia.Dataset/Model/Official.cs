using System;
using System.Collections.Generic;
using System.Linq;

namespace SinoRussia.Dataset;

/// <summary>A person who takes part in the meetings, with the posts held over time.</summary>
public sealed class Official
{
    /// <summary>Creates an official.</summary>
    /// <param name="id">The stable kebab-case id.</param>
    /// <param name="name">The canonical English name.</param>
    /// <param name="aliases">Every spelling the documents use.</param>
    /// <param name="country">The ISO 3166-1 alpha-2 country code.</param>
    /// <param name="positions">The posts held, in the order recorded.</param>
    public Official(string id, string name, IReadOnlyList<string> aliases, string country, IReadOnlyList<Position> positions)
    {
        Id = id;
        Name = name;
        Aliases = ReadOnly.Wrap(aliases);
        Country = country;
        Positions = ReadOnly.Wrap(positions);
    }

    /// <summary>The stable id, such as <c>wang-yi</c>.</summary>
    public string Id { get; }

    /// <summary>The canonical English name.</summary>
    public string Name { get; }

    /// <summary>Every spelling the documents use (<c>Sergei Shoigu</c>, <c>Sergey Shoigu</c>).</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The ISO 3166-1 alpha-2 country code, such as <c>CN</c> or <c>RU</c>.</summary>
    public string Country { get; }

    /// <summary>The posts held, in the order recorded.</summary>
    public IReadOnlyList<Position> Positions { get; }

    /// <summary>Every post held on <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The posts, in the order recorded.</returns>
    public IReadOnlyList<Position> PostsOn(DateOnly date) => Positions.Where(p => p.IsHeldOn(date)).ToList();

    /// <summary>
    /// The post held on <paramref name="date"/>: of those held that day, the one taken up most recently
    /// (for Wang Yi in 2025, Minister of Foreign Affairs rather than the earlier Politburo seat).
    /// </summary>
    /// <param name="date">The day.</param>
    /// <returns>The post, or null when none is recorded for that day.</returns>
    public Position? PostOn(DateOnly date)
    {
        Position? latest = null;
        foreach (var position in Positions)
        {
            if (position.IsHeldOn(date) && (latest is null || position.Start.Earliest >= latest.Start.Earliest))
            {
                latest = position;
            }
        }

        return latest;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
