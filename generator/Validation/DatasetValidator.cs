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
/// <see cref="ReferenceChecker"/>) and the symbol table's own findings, in an order that does not
/// depend on file order, and, when none is an error, the <see cref="DatasetModel"/> (namespace and
/// topics; the records are encoded per file). No check runs here: every one ran per file or on the
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
        var model = new DatasetModel(targetNamespace, TableScope.Of(targetNamespace, containerClass, symbols.Extension).ContainerClass,
            ordered.SelectMany(f => f.Topics)
                .Where(t => SymbolTable.IsKept(symbols.Topics, s => s, t.Raw.Id))
                .OrderBy(t => t.Raw.Id.Value, StringComparer.Ordinal)
                .Select(t => t.Model)
                .ToEquatableArray());
        return (model, all);
    }
}

/// <summary>What one file's reference checks found.</summary>
internal sealed record FileReferences(string Path, bool Shipped, EquatableArray<DiagnosticInfo> Diagnostics);
