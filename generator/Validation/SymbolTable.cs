using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using SinoRussia.Dataset.Generator.Diagnostics;
using SinoRussia.Dataset.Generator.Model;

namespace SinoRussia.Dataset.Generator.Validation;

/// <summary>
/// Every file's ids, collected: which record of an id is kept (the first, shipped files first), and
/// what the checks of the ids themselves find (duplicate ids, two ids with one member name, topics
/// added by an extension). Compared by its files' symbols only, so an edit that changes no id, post,
/// participant or source leaves it equal and no other file's references are checked again.
/// </summary>
internal sealed class SymbolTable : IEquatable<SymbolTable>
{
    /// <summary>Names the generated classes already use; an id may not map to one of them.</summary>
    private static readonly string[] ReservedMemberNames =
        {
            "All", "ById", "TryGetById", "Of", "By", "At", "From", "Between", "NameOf", "IdOf", "Current",
            "Sources", "Organisations", "Mechanisms", "Officials", "Meetings", "Quotes", "Topics", "Topic",
            "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
        };

    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly HashSet<string> _shippedFiles;

    private SymbolTable(EquatableArray<FileSymbols> files, CancellationToken cancellationToken)
    {
        Files = files;
        _shippedFiles = new HashSet<string>(files.Where(f => f.Shipped).Select(f => f.Path), StringComparer.Ordinal);
        Sources = Kept(files.SelectMany(f => f.Sources), s => s, "source");
        Organisations = Kept(files.SelectMany(f => f.Organisations), o => o, "organisation");
        Mechanisms = Kept(files.SelectMany(f => f.Mechanisms), m => m, "mechanism");
        Topics = Kept(files.SelectMany(f => f.Topics), t => t, "topic");
        Officials = Kept(files.SelectMany(f => f.Officials), o => o.Symbol, "official");
        cancellationToken.ThrowIfCancellationRequested();
        Meetings = Kept(files.SelectMany(f => f.Meetings), m => m.Symbol, "meeting");
        Quotes = Kept(files.SelectMany(f => f.Quotes), q => q, "quote");
        cancellationToken.ThrowIfCancellationRequested();

        if (Extension)
        {
            foreach (var topic in Topics.Values.Where(t => !IsShipped(t.Id)).OrderBy(t => t.Id.Value, StringComparer.Ordinal))
            {
                Report(DiagnosticDescriptors.TopicsNotExtensible, topic.Id, topic.Id.Value);
            }
        }

        _diagnostics.AddRange(files.Select(f => f.Failure).OfType<DiagnosticInfo>());
        CheckMemberNames(Sources.Values, "source");
        CheckMemberNames(Organisations.Values, "organisation");
        CheckMemberNames(Mechanisms.Values, "mechanism");
        CheckMemberNames(Topics.Values, "topic");
        CheckMemberNames(Officials.Values.Select(o => o.Symbol), "official");
        CheckMemberNames(Meetings.Values.Select(m => m.Symbol), "meeting");
        CheckMemberNames(Quotes.Values, "quote");
        Diagnostics = _diagnostics.ToEquatableArray();
    }

    /// <summary>The files' symbols, in the order they are read (<see cref="DatasetOrder"/>): what the table is compared by.</summary>
    public EquatableArray<FileSymbols> Files { get; }

    /// <summary>Whether the shipped dataset is among the files: a project that extends it.</summary>
    public bool Extension => _shippedFiles.Count > 0;

    public Dictionary<string, Symbol> Sources { get; }

    public Dictionary<string, Symbol> Organisations { get; }

    public Dictionary<string, Symbol> Mechanisms { get; }

    public Dictionary<string, Symbol> Topics { get; }

    public Dictionary<string, OfficialSymbol> Officials { get; }

    public Dictionary<string, MeetingSymbol> Meetings { get; }

    public Dictionary<string, Symbol> Quotes { get; }

    /// <summary>What the checks of the ids found.</summary>
    public EquatableArray<DiagnosticInfo> Diagnostics { get; private set; }

    /// <summary>A table with no ids and one diagnostic: what an internal failure while building it leaves.</summary>
    public static SymbolTable Failed(DiagnosticInfo reason)
    {
        var table = new SymbolTable(EquatableArray<FileSymbols>.Empty, CancellationToken.None);
        table.Diagnostics = new[] { reason }.ToEquatableArray();
        return table;
    }

    public static SymbolTable Build(ImmutableArray<FileSymbols> files, CancellationToken cancellationToken)
        => new(DatasetOrder.Of(files, f => f.Path, f => f.Shipped).ToEquatableArray(), cancellationToken);

    /// <summary>Whether <paramref name="id"/> is the record kept for its value (not a later duplicate).</summary>
    public static bool IsKept<T>(Dictionary<string, T> kept, Func<T, Symbol> symbol, Located id)
        => kept.TryGetValue(id.Value, out var first) && symbol(first).Id.Where == id.Where;

    public bool Equals(SymbolTable? other) => other is not null && Files.Equals(other.Files) && Diagnostics.Equals(other.Diagnostics);

    public override bool Equals(object? obj) => Equals(obj as SymbolTable);

    public override int GetHashCode() => Files.GetHashCode();

    private Dictionary<string, T> Kept<T>(IEnumerable<T> records, Func<T, Symbol> symbol, string kind)
    {
        var kept = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var id = symbol(record).Id;
            if (kept.TryGetValue(id.Value, out var first))
            {
                var firstId = symbol(first).Id;
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, id, kind, id.Value) with
                {
                    Mentioned = firstId.Where,
                    MentionSuffix = IsShipped(firstId) ? " in the shipped dataset" : string.Empty,
                });
                continue;
            }

            kept.Add(id.Value, record);
        }

        return kept;
    }

    /// <summary>Checks the member names (made per file, with the models) against each other and the generated members.</summary>
    private void CheckMemberNames(IEnumerable<Symbol> symbols, string kind)
    {
        var used = ReservedMemberNames.ToDictionary(n => n, _ => "(a generated member)", StringComparer.Ordinal);

        // In id order, shipped ids first, so that a clash is reported at the project's own record.
        foreach (var (id, name) in symbols.OrderBy(s => IsShipped(s.Id) ? 0 : 1).ThenBy(s => s.Id.Value, StringComparer.Ordinal))
        {
            if (used.TryGetValue(name, out var other))
            {
                Report(DiagnosticDescriptors.MemberNameCollision, id, kind, id.Value, name, other);
                continue;
            }

            used.Add(name, id.Value);
        }
    }

    private bool IsShipped(Located id) => _shippedFiles.Contains(id.Where.FilePath);

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, Located at, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(descriptor, at, arguments));
}
