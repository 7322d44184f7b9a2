using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using SinoRussia.Dataset.Generator.Diagnostics;
using SinoRussia.Dataset.Generator.Model;

namespace SinoRussia.Dataset.Generator.Validation;

/// <summary>
/// The last step of the checks: gathers what each file's checks found (<see cref="RecordChecker"/>,
/// <see cref="ReferenceChecker"/>) and the symbol table's own findings, and assembles the
/// <see cref="DatasetModel"/> from the kept records, sorted by id (meetings by date, then id) so that
/// the result does not depend on file order. No check runs here: every one ran per file or on the
/// table, each cached on its own.
/// </summary>
internal static class DatasetValidator
{
    public static (DatasetModel? Model, EquatableArray<DiagnosticInfo> Diagnostics) Validate(
        ImmutableArray<CheckedFile> files,
        ImmutableArray<FileReferences> references,
        SymbolTable symbols,
        SourceTextIndex texts,
        string targetNamespace,
        string? containerClass,
        CancellationToken cancellationToken)
    {
        var ordered = DatasetOrder.Of(files, f => f.Path, f => f.Shipped).ToImmutableArray();
        var referenceDiagnostics = DatasetOrder.Of(references, r => r.Path, r => r.Shipped).SelectMany(r => r.Diagnostics);
        var all = texts.Problems
            .Concat(ordered.SelectMany(f => f.Diagnostics))
            .Concat(symbols.Diagnostics)
            .Concat(referenceDiagnostics)
            .ToEquatableArray();
        if (all.Any(d => DiagnosticDescriptors.ById(d.Id).DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error))
        {
            return (null, all);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var model = new DatasetModel(targetNamespace, symbols.Extension ? containerClass ?? "ExtendedDataset" : null,
            Kept(ordered.SelectMany(f => f.Sources), symbols.Sources, s => s, r => r.Id),
            Kept(ordered.SelectMany(f => f.Organisations), symbols.Organisations, o => o, r => r.Id),
            Kept(ordered.SelectMany(f => f.Mechanisms), symbols.Mechanisms, m => m, r => r.Id),
            Kept(ordered.SelectMany(f => f.Topics), symbols.Topics, t => t, r => r.Id),
            Kept(ordered.SelectMany(f => f.Officials), symbols.Officials, o => o.Symbol, r => r.Id),
            ordered.SelectMany(f => f.Meetings)
                .Where(m => SymbolTable.IsKept(symbols.Meetings, s => s.Symbol, m.Raw.Id))
                .Select(m => m.Model)
                .OrderBy(m => PartialDateParser.Earliest(m.Date))
                .ThenBy(m => m.Id, StringComparer.Ordinal)
                .ToEquatableArray(),
            Kept(ordered.SelectMany(f => f.Quotes), symbols.Quotes, q => q, r => r.Id));
        return (model, all);
    }

    /// <summary>The models of the kept records (no later duplicate), by id.</summary>
    private static EquatableArray<TModel> Kept<TRaw, TModel, TSymbol>(
        IEnumerable<Checked<TRaw, TModel>> records, Dictionary<string, TSymbol> kept, Func<TSymbol, Symbol> symbol, Func<TRaw, Located> id)
        where TModel : EntityModel, IEquatable<TModel>
        => records
            .Where(r => SymbolTable.IsKept(kept, symbol, id(r.Raw)))
            .OrderBy(r => id(r.Raw).Value, StringComparer.Ordinal)
            .Select(r => r.Model)
            .ToEquatableArray();
}

/// <summary>What one file's reference checks found.</summary>
internal sealed record FileReferences(string Path, bool Shipped, EquatableArray<DiagnosticInfo> Diagnostics);
