using System.Linq;
using SinoRussia.Dataset.Generator.Model;

namespace SinoRussia.Dataset.Generator.Validation;

/// <summary>
/// What one file contributes to the symbol table: its ids (with their places and member names), the
/// officials' posts, and each meeting's participants and sources. An edit that changes none of these
/// (a title, a quote's text, an outcome) leaves it equal, so the table and the other files' reference
/// checks stay cached.
/// </summary>
internal sealed record FileSymbols(
    string Path,
    bool Shipped,
    EquatableArray<Symbol> Sources,
    EquatableArray<Symbol> Organisations,
    EquatableArray<Symbol> Mechanisms,
    EquatableArray<Symbol> Topics,
    EquatableArray<OfficialSymbol> Officials,
    EquatableArray<MeetingSymbol> Meetings,
    EquatableArray<Symbol> Quotes)
{
    /// <summary>SRD0022 when taking the symbols failed; the table reports it.</summary>
    public Diagnostics.DiagnosticInfo? Failure { get; init; }

    /// <summary>No symbols, and the failure that left none.</summary>
    public static FileSymbols Failed(string path, bool shipped, Diagnostics.DiagnosticInfo failure)
        => new(path, shipped, EquatableArray<Symbol>.Empty, EquatableArray<Symbol>.Empty, EquatableArray<Symbol>.Empty, EquatableArray<Symbol>.Empty,
            EquatableArray<OfficialSymbol>.Empty, EquatableArray<MeetingSymbol>.Empty, EquatableArray<Symbol>.Empty) { Failure = failure };

    public static FileSymbols Of(CheckedFile file) => new(
        file.Path,
        file.Shipped,
        file.Sources.Select(s => new Symbol(s.Raw.Id, s.Model.MemberName)).ToEquatableArray(),
        file.Organisations.Select(o => new Symbol(o.Raw.Id, o.Model.MemberName)).ToEquatableArray(),
        file.Mechanisms.Select(m => new Symbol(m.Raw.Id, m.Model.MemberName)).ToEquatableArray(),
        file.Topics.Select(t => new Symbol(t.Raw.Id, t.Model.MemberName)).ToEquatableArray(),
        file.Officials.Select(o => new OfficialSymbol(new Symbol(o.Raw.Id, o.Model.MemberName), o.Model.Positions)).ToEquatableArray(),
        file.Meetings.Select(m => new MeetingSymbol(new Symbol(m.Raw.Id, m.Model.MemberName),
            m.Model.Participants.Select(p => p.Official).ToEquatableArray(), m.Model.Sources)).ToEquatableArray(),
        file.Quotes.Select(q => new Symbol(q.Raw.Id, q.Model.MemberName)).ToEquatableArray());
}

/// <summary>An id where it stands, and the member name it maps to.</summary>
internal readonly record struct Symbol(Located Id, string MemberName);

/// <summary>An official's id and posts: what "holds a post on the meeting's date" is checked against.</summary>
internal sealed record OfficialSymbol(Symbol Symbol, EquatableArray<PositionModel> Positions);

/// <summary>A meeting's id, participants and sources: what a quote said at it is checked against.</summary>
internal sealed record MeetingSymbol(Symbol Symbol, EquatableArray<string> Participants, EquatableArray<string> Sources);
