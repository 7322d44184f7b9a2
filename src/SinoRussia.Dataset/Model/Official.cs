using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

// A record read from compiled data has its required members from its table, read when first asked for:
// the compiler cannot see that (CS8618 on the constructor marked SetsRequiredMembers).
#pragma warning disable CS8618

namespace SinoRussia.Dataset;

/// <summary>A person who takes part in the meetings, with the posts held over time.</summary>
public sealed class Official
{
    private StoredRecord<Details> _stored;

    /// <summary>Creates an official: set its properties in an object initializer.</summary>
    public Official() => _stored = StoredRecord<Details>.BuiltByHand();

    [SetsRequiredMembers] // its required members are read from the table when first asked for (hence no CS8618 here)
    internal Official(IStoredTable table, int idReference, int offset) => _stored = new(table, idReference, offset);

    /// <summary>The stable id, such as <c>wang-yi</c>.</summary>
    public required string Id { get => _stored.Id; init => _stored.SetId(value); }

    /// <summary>The canonical English name.</summary>
    public required string Name { get => D.Name; init => _stored.Building.Name = value; }

    /// <summary>Every spelling the documents use (<c>Sergei Shoigu</c>, <c>Sergey Shoigu</c>).</summary>
    public IReadOnlyList<string> Aliases { get => D.Aliases; init => _stored.Building.Aliases = ReadOnly.Wrap(value); }

    /// <summary>The ISO 3166-1 alpha-2 country code, such as <c>CN</c> or <c>RU</c>.</summary>
    public required string Country { get => D.Country; init => _stored.Building.Country = value; }

    /// <summary>The posts held, in the order recorded.</summary>
    public required IReadOnlyList<Position> Positions { get => D.Positions; init => _stored.Building.Positions = ReadOnly.Wrap(value); }

    /// <summary>The meetings this official took part in, ordered by date, in the dataset the official belongs to (empty for an official built by hand).</summary>
    public IReadOnlyList<Meeting> Meetings => _stored.Table?.Links.MeetingsOf(this) ?? Array.Empty<Meeting>();

    /// <summary>The quotes of this official, in the dataset the official belongs to (empty for an official built by hand).</summary>
    public IReadOnlyList<Quote> Quotes => _stored.Table?.Links.QuotesBy(this) ?? Array.Empty<Quote>();

    /// <summary>Every post held on <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The posts, in the order recorded.</returns>
    public IReadOnlyList<Position> PostsOn(DateOnly date)
    {
        var posts = new List<Position>();
        foreach (var position in Positions)
        {
            if (position.IsHeldOn(date))
            {
                posts.Add(position);
            }
        }

        return posts;
    }

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

    /// <summary>
    /// The values of the schema's added fields this official gives, by YAML key, spelled as in the YAML: fields
    /// declared with <c>Field.Added</c> that have no member of their own yet. Empty when it gives none.
    /// </summary>
    public IReadOnlyDictionary<string, string> AdditionalFields { get => D.AdditionalFields; init => _stored.Building.AdditionalFields = ReadOnly.Wrap(value); }

    /// <inheritdoc />
    public override string ToString() => Name;

    private Details D => _stored.Read(static (table, offset, _) => table.ReadOfficial(offset), 0);

    /// <summary>Everything but the id, read on first use.</summary>
    internal sealed class Details : RecordDetails
    {
        public string Name { get; set; } = string.Empty;

        public IReadOnlyList<string> Aliases { get; set; } = Array.Empty<string>();

        public string Country { get; set; } = string.Empty;

        public IReadOnlyList<Position> Positions { get; set; } = Array.Empty<Position>();
    }
}
