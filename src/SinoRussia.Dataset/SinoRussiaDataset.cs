using System.Collections.Generic;

namespace SinoRussia.Dataset;

/// <summary>
/// One whole dataset: every source, organisation, mechanism, official, meeting and quote.
/// <see cref="Shipped"/> is the curated data compiled into this package; the static classes
/// <see cref="Meetings"/>, <see cref="Officials"/>, <see cref="Quotes"/> and <see cref="Sources"/>
/// give the same records with named members.
/// </summary>
public sealed class SinoRussiaDataset
{
    /// <summary>Creates a dataset view over the given records.</summary>
    /// <param name="sources">The source documents.</param>
    /// <param name="organisations">The organisations.</param>
    /// <param name="mechanisms">The mechanisms.</param>
    /// <param name="officials">The officials.</param>
    /// <param name="meetings">The meetings.</param>
    /// <param name="quotes">The quotes.</param>
    public SinoRussiaDataset(IReadOnlyList<Source> sources, IReadOnlyList<Organisation> organisations, IReadOnlyList<Mechanism> mechanisms,
        IReadOnlyList<Official> officials, IReadOnlyList<Meeting> meetings, IReadOnlyList<Quote> quotes)
    {
        Sources = ReadOnly.Wrap(sources);
        Organisations = ReadOnly.Wrap(organisations);
        Mechanisms = ReadOnly.Wrap(mechanisms);
        Officials = ReadOnly.Wrap(officials);
        Meetings = ReadOnly.Wrap(meetings);
        Quotes = ReadOnly.Wrap(quotes);
    }

    /// <summary>The curated data shipped in this package.</summary>
    public static SinoRussiaDataset Shipped { get; } = new(
        SinoRussia.Dataset.Sources.All,
        SinoRussia.Dataset.Organisations.All,
        SinoRussia.Dataset.Mechanisms.All,
        SinoRussia.Dataset.Officials.All,
        SinoRussia.Dataset.Meetings.All,
        SinoRussia.Dataset.Quotes.All);

    /// <summary>The package version, the data version (the newest document's date) and the counts.</summary>
    public DatasetInfo Info => _info ??= DatasetInfo.Of(this);

    private DatasetInfo? _info;

    /// <summary>The source documents.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>The organisations in which posts are held.</summary>
    public IReadOnlyList<Organisation> Organisations { get; }

    /// <summary>The standing mechanisms.</summary>
    public IReadOnlyList<Mechanism> Mechanisms { get; }

    /// <summary>The officials.</summary>
    public IReadOnlyList<Official> Officials { get; }

    /// <summary>The meetings, calls and talks.</summary>
    public IReadOnlyList<Meeting> Meetings { get; }

    /// <summary>The quotes, direct and reported.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>The whole dataset as JSON (see <see cref="DatasetJson"/> for the shape).</summary>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public string ToJson(bool indented = true) => DatasetJson.Serialize(this, indented);
}
