using System;

namespace SinoRussia.Dataset;

/// <summary>
/// A post an official held: from <see cref="Start"/> (inclusive) until <see cref="End"/> (exclusive:
/// the first day it was no longer held), or to this day when <see cref="End"/> is null.
/// </summary>
public sealed class Position
{
    /// <summary>Creates a post.</summary>
    /// <param name="title">The title, such as <c>Secretary of the Security Council</c>.</param>
    /// <param name="organisation">The body the post belongs to.</param>
    /// <param name="start">The first day held.</param>
    /// <param name="end">The first day no longer held, or null if still held.</param>
    /// <param name="note">Where the dates come from, or what is uncertain.</param>
    public Position(string title, Organisation organisation, PartialDate start, PartialDate? end, string? note)
    {
        Title = title;
        Organisation = organisation;
        Start = start;
        End = end;
        Note = note;
    }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The body the post belongs to.</summary>
    public Organisation Organisation { get; }

    /// <summary>The first day held (from public record).</summary>
    public PartialDate Start { get; }

    /// <summary>The first day no longer held, or null if still held.</summary>
    public PartialDate? End { get; }

    /// <summary>Where the dates come from, or what is uncertain.</summary>
    public string? Note { get; }

    /// <summary>Whether the post was held on <paramref name="date"/> (a partial start or end counts from its first day).</summary>
    /// <param name="date">The day.</param>
    /// <returns>True when held that day.</returns>
    public bool IsHeldOn(DateOnly date) => Start.Earliest <= date && (End is not { } end || date < end.Earliest);

    /// <inheritdoc />
    public override string ToString() => $"{Title}, {Organisation.Name}";
}
