using System;
using System.Collections.Generic;
using System.Reflection;

namespace SinoRussia.Dataset;

/// <summary>
/// Which data this is: the package version, the data version and the counts of each table. The data
/// version is the publication date of the newest source document (<c>2025-12-02</c>): it changes when
/// a newer document is curated, and says how current the data can be.
/// </summary>
public sealed class DatasetInfo
{
    private DatasetInfo(string packageVersion, string dataVersion, int sources, int organisations, int mechanisms, int officials, int meetings, int quotes)
    {
        PackageVersion = packageVersion;
        DataVersion = dataVersion;
        Sources = sources;
        Organisations = organisations;
        Mechanisms = mechanisms;
        Officials = officials;
        Meetings = meetings;
        Quotes = quotes;
    }

    /// <summary>The version of the SinoRussia.Dataset package (its informational version, without build metadata).</summary>
    public string PackageVersion { get; }

    /// <summary>The publication date (ISO 8601, to its precision) of the newest dated source document; <c>none</c> when no source is dated.</summary>
    public string DataVersion { get; }

    /// <summary>The number of source documents.</summary>
    public int Sources { get; }

    /// <summary>The number of organisations.</summary>
    public int Organisations { get; }

    /// <summary>The number of mechanisms.</summary>
    public int Mechanisms { get; }

    /// <summary>The number of officials.</summary>
    public int Officials { get; }

    /// <summary>The number of meetings.</summary>
    public int Meetings { get; }

    /// <summary>The number of quotes, direct and reported.</summary>
    public int Quotes { get; }

    /// <inheritdoc />
    public override string ToString()
        => $"SinoRussia.Dataset {PackageVersion}, data {DataVersion}: {Meetings} meetings, {Quotes} quotes, {Officials} officials, {Sources} sources";

    internal static DatasetInfo Of(SinoRussiaDataset dataset)
    {
        PartialDate? newest = null;
        foreach (var source in dataset.Sources)
        {
            if (source.Published is { } published && (newest is not { } n || published.Latest > n.Latest))
            {
                newest = published;
            }
        }

        return new DatasetInfo(PackageVersionOf(typeof(DatasetInfo).Assembly), newest?.ToString() ?? "none",
            dataset.Sources.Count, dataset.Organisations.Count, dataset.Mechanisms.Count, dataset.Officials.Count, dataset.Meetings.Count, dataset.Quotes.Count);
    }

    private static string PackageVersionOf(Assembly assembly)
    {
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "unknown";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version.Substring(0, plus);
    }
}
