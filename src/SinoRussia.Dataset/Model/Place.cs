namespace SinoRussia.Dataset;

/// <summary>Where a meeting took place, and how that is known.</summary>
public sealed class Place
{
    /// <summary>Creates a place.</summary>
    /// <param name="city">The city, where known.</param>
    /// <param name="country">The ISO 3166-1 alpha-2 country code.</param>
    /// <param name="venue">The venue, where stated (such as the Kremlin).</param>
    /// <param name="basis">Whether the document states it, only its dateline gives it, or it is inferred.</param>
    /// <param name="note">How it is known, where not plainly stated.</param>
    public Place(string? city, string country, string? venue, FactBasis basis, string? note)
    {
        City = city;
        Country = country;
        Venue = venue;
        Basis = basis;
        Note = note;
    }

    /// <summary>The city, where known.</summary>
    public string? City { get; }

    /// <summary>The ISO 3166-1 alpha-2 country code.</summary>
    public string Country { get; }

    /// <summary>The venue, where stated.</summary>
    public string? Venue { get; }

    /// <summary>How the place is known.</summary>
    public FactBasis Basis { get; }

    /// <summary>How it is known, where not plainly stated.</summary>
    public string? Note { get; }

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", new[] { Venue, City, Country });
}
