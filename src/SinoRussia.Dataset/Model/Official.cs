using System;
using System.Collections.Generic;
using System.Threading;
using SinoRussia.Dataset.Storage;

namespace SinoRussia.Dataset;

/// <summary>A person who takes part in the meetings, with the posts held over time.</summary>
public sealed class Official
{
    private readonly TableData? _data;
    private readonly int _idReference;
    private readonly int _offset;
    private string? _id;
    private Details? _details;

    /// <summary>Creates an official.</summary>
    /// <param name="id">The stable kebab-case id.</param>
    /// <param name="name">The canonical English name.</param>
    /// <param name="aliases">Every spelling the documents use.</param>
    /// <param name="country">The ISO 3166-1 alpha-2 country code.</param>
    /// <param name="positions">The posts held, in the order recorded.</param>
    public Official(string id, string name, IReadOnlyList<string> aliases, string country, IReadOnlyList<Position> positions)
    {
        _id = id;
        _details = new Details(name, ReadOnly.Wrap(aliases), country, ReadOnly.Wrap(positions));
    }

    internal Official(TableData data, int idReference, int offset)
    {
        _data = data;
        _idReference = idReference;
        _offset = offset;
    }

    /// <summary>The stable id, such as <c>wang-yi</c>.</summary>
    public string Id => _id ??= _data!.RequiredString(_idReference);

    /// <summary>The canonical English name.</summary>
    public string Name => D.Name;

    /// <summary>Every spelling the documents use (<c>Sergei Shoigu</c>, <c>Sergey Shoigu</c>).</summary>
    public IReadOnlyList<string> Aliases => D.Aliases;

    /// <summary>The ISO 3166-1 alpha-2 country code, such as <c>CN</c> or <c>RU</c>.</summary>
    public string Country => D.Country;

    /// <summary>The posts held, in the order recorded.</summary>
    public IReadOnlyList<Position> Positions => D.Positions;

    /// <summary>The meetings this official took part in, ordered by date, in the dataset the official belongs to (empty for an official built by hand).</summary>
    public IReadOnlyList<Meeting> Meetings => _data?.Store.Meetings.Of(this) ?? Array.Empty<Meeting>();

    /// <summary>The quotes of this official, in the dataset the official belongs to (empty for an official built by hand).</summary>
    public IReadOnlyList<Quote> Quotes => _data?.Store.Quotes.By(this) ?? Array.Empty<Quote>();

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

    /// <inheritdoc />
    public override string ToString() => Name;

    private Details D => _details ?? Load();

    private Details Load()
    {
        var data = _data!;
        var reader = data.Reader(_offset);
        var name = data.RequiredString(reader.ReadInt());
        var aliases = RecordDecoder.ReadRequiredStrings(data, ref reader);
        var country = data.RequiredString(reader.ReadInt());
        var count = reader.ReadInt();
        var positions = new Position[count];
        for (var i = 0; i < count; i++)
        {
            var title = data.RequiredString(reader.ReadInt());
            var organisation = data.Store.Organisations.ById(data.RequiredString(reader.ReadInt()));
            var start = reader.ReadDate() ?? throw new InvalidOperationException("A post without a start in the compiled data.");
            var end = reader.ReadDate();
            positions[i] = new Position(title, organisation, start, end, data.String(reader.ReadInt()));
        }

        var details = new Details(name, ReadOnly.Wrap(aliases), country, ReadOnly.Wrap(positions));
        return Interlocked.CompareExchange(ref _details, details, null) ?? details;
    }

    private sealed record Details(string Name, IReadOnlyList<string> Aliases, string Country, IReadOnlyList<Position> Positions);
}
