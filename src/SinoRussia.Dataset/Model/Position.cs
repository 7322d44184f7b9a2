using System;

namespace SinoRussia.Dataset;

/// <summary>
/// A post an official held: from <see cref="Start"/> (inclusive) until <see cref="End"/> (exclusive:
/// the first day it was no longer held), or to this day when <see cref="End"/> is null.
/// </summary>
public sealed class Position
{
    /// <summary>The title, such as <c>Secretary of the Security Council</c>.</summary>
    public required string Title { get; init; }

    /// <summary>The body the post belongs to.</summary>
    public required Organisation Organisation { get; init; }

    /// <summary>The first day held (from public record).</summary>
    public required PartialDate Start { get; init; }

    /// <summary>The first day no longer held, or null if still held.</summary>
    public PartialDate? End { get; init; }

    /// <summary>Where the dates come from, or what is uncertain.</summary>
    public string? Note { get; init; }

    /// <summary>Whether the post was held on <paramref name="date"/> (a partial start or end counts from its first day).</summary>
    /// <param name="date">The day.</param>
    /// <returns>True when held that day.</returns>
    public bool IsHeldOn(DateOnly date) => Start.Earliest <= date && (End is not { } end || date < end.Earliest);

    /// <inheritdoc />
    public override string ToString() => $"{Title}, {Organisation.Name}";
}
