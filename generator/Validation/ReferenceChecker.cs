using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SinoRussia.Dataset.Generator.Diagnostics;
using SinoRussia.Dataset.Generator.Model;

namespace SinoRussia.Dataset.Generator.Validation;

/// <summary>
/// One file's references checked against the symbol table: every id a record names resolves, a
/// participant holds a post on the meeting's date, a quote's speaker took part in its meeting and its
/// source is one of the meeting's. Runs per file, so an edit that leaves the table equal re-checks the
/// edited file's references alone.
/// </summary>
internal sealed class ReferenceChecker
{
    /// <summary>How many unknown references of a file get a "did you mean": bounds the work on a file full of bad ids.</summary>
    internal const int MaxSuggestions = 100;

    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly SymbolTable _symbols;
    private int _suggestionsOffered;

    private ReferenceChecker(SymbolTable symbols) => _symbols = symbols;

    public static EquatableArray<DiagnosticInfo> Check(CheckedFile file, SymbolTable symbols, CancellationToken cancellationToken)
    {
        var checker = new ReferenceChecker(symbols);
        foreach (var position in file.Officials.SelectMany(o => o.Raw.Positions))
        {
            checker.Resolved(position.Organisation, symbols.Organisations, "organisation", out _);
        }

        foreach (var meeting in file.Meetings)
        {
            cancellationToken.ThrowIfCancellationRequested();
            checker.CheckMeeting(meeting);
        }

        foreach (var quote in file.Quotes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            checker.CheckQuote(quote.Raw, quote.Model.Shipped);
        }

        return checker._diagnostics.ToEquatableArray();
    }

    private void CheckMeeting(Checked<RawMeeting, MeetingModel> meeting)
    {
        var (raw, model) = (meeting.Raw, meeting.Model);
        if (raw.Mechanism is { } mechanism)
        {
            Resolved(mechanism, _symbols.Mechanisms, "mechanism", out _);
        }

        foreach (var participant in raw.Participants)
        {
            if (Resolve(participant.Official, _symbols.Officials, "official") is { } official
                && meeting.Valid && !model.Shipped && !official.Positions.Any(p => PostRule.IsHeldOn(p.Start, p.End, model.Date)))
            {
                Report(DiagnosticDescriptors.NoPostOnMeetingDate, participant.Official, participant.Official.Value, PartialDateParser.Format(model.Date));
            }
        }

        ResolveAll(raw.Sources, _symbols.Sources, "source");
        ResolveAll(raw.Topics, _symbols.Topics, "topic");
    }

    private void CheckQuote(RawQuote quote, bool shipped)
    {
        var speaker = Resolved(quote.Speaker, _symbols.Officials, "official", out _);
        var meeting = Resolve(quote.Meeting, _symbols.Meetings, "meeting");
        var source = Resolved(quote.Source, _symbols.Sources, "source", out _);
        if (meeting is not null && !shipped)
        {
            var atMeeting = meeting.Symbol.Id.Value;
            if (speaker && !meeting.Participants.Any(p => p == quote.Speaker.Value))
            {
                Report(DiagnosticDescriptors.QuoteDoesNotFitMeeting, quote.Speaker, $"the speaker '{quote.Speaker.Value}'", "a participant", atMeeting);
            }

            if (source && !meeting.Sources.Any(s => s == quote.Source.Value))
            {
                Report(DiagnosticDescriptors.QuoteDoesNotFitMeeting, quote.Source, $"the source '{quote.Source.Value}'", "one of the sources", atMeeting);
            }
        }

        ResolveAll(quote.Topics, _symbols.Topics, "topic");
    }

    /// <summary>The record <paramref name="reference"/> names, or null (reported, with a "did you mean") when there is none.</summary>
    private T? Resolve<T>(Located reference, Dictionary<string, T> kept, string kind)
        where T : class
        => Resolved(reference, kept, kind, out var found) ? found : null;

    private void ResolveAll(EquatableArray<Located> references, Dictionary<string, Symbol> kept, string kind)
    {
        foreach (var reference in references)
        {
            Resolved(reference, kept, kind, out _);
        }
    }

    private bool Resolved<T>(Located reference, Dictionary<string, T> kept, string kind, out T found)
    {
        if (kept.TryGetValue(reference.Value, out found!))
        {
            return true;
        }

        // "Did you mean" costs an edit distance per candidate: offered for the first unknown references only.
        var suggestion = _suggestionsOffered++ < MaxSuggestions ? Suggestions.DidYouMean(reference.Value, kept.Keys) : string.Empty;
        Report(DiagnosticDescriptors.UnknownReference, reference, kind, reference.Value, suggestion);
        return false;
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, Located at, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(descriptor, at, arguments));
}
