namespace SinoRussia.Dataset;

/// <summary>Where a meeting took place, and how that is known.</summary>
public sealed class Place
{
    /// <summary>The city, where known.</summary>
    public string? City { get; init; }

    /// <summary>The ISO 3166-1 alpha-2 country code.</summary>
    public required string Country { get; init; }

    /// <summary>The venue, where stated (such as the Kremlin).</summary>
    public string? Venue { get; init; }

    /// <summary>How the place is known: the document states it, only its dateline gives it, or it is inferred.</summary>
    public required FactBasis Basis { get; init; }

    /// <summary>How it is known, where not plainly stated.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", new[] { Venue, City, Country });
}
