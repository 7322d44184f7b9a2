using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SinoRussia.Dataset.Generator.Model;

namespace SinoRussia.Dataset.Generator.Diagnostics;

/// <summary>
/// A diagnostic as a cacheable value: descriptor id, YAML span and message arguments. A check across
/// files reports at a value (<see cref="At"/>) and may name another value's place in its message
/// (<see cref="Mentioned"/>): those are placed by <see cref="Place"/> from the files' span tables, so
/// that the checks themselves do not depend on positions.
/// </summary>
internal sealed record DiagnosticInfo(string Id, YamlSpan Span, EquatableArray<string> Arguments)
{
    /// <summary>The value the diagnostic is at, still to be placed; null when <see cref="Span"/> is final.</summary>
    public ValueRef? At { get; init; }

    /// <summary>A value whose place, as <c>file(line,col)</c> and <see cref="MentionSuffix"/>, is the message's last argument.</summary>
    public ValueRef? Mentioned { get; init; }

    public string MentionSuffix { get; init; } = string.Empty;

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, YamlSpan span, params string[] arguments)
        => new(descriptor.Id, span, arguments.ToEquatableArray());

    /// <summary>A diagnostic at a value, placed later from its file's span table.</summary>
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, ValueRef at, params string[] arguments)
        => new(descriptor.Id, YamlSpan.StartOf(at.FilePath), arguments.ToEquatableArray()) { At = at };

    /// <summary>A diagnostic at a value read from YAML: its YAML path is the message's first argument, then <paramref name="arguments"/>.</summary>
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Located value, params string[] arguments)
    {
        var all = new string[arguments.Length + 1];
        all[0] = value.Path.ToString();
        arguments.CopyTo(all, 1);
        return Create(descriptor, value.Where, all);
    }

    /// <summary>The diagnostic with its span and mentioned place looked up in <paramref name="tables"/>.</summary>
    public DiagnosticInfo Place(IReadOnlyDictionary<string, SpanTable> tables)
    {
        if (At is null && Mentioned is null)
        {
            return this;
        }

        var span = At is { } at ? SpanTable.Find(at, tables) : Span;
        var arguments = Mentioned is { } mentioned
            ? Arguments.Concat(new[] { Where(SpanTable.Find(mentioned, tables)) + MentionSuffix }).ToEquatableArray()
            : Arguments;
        return new DiagnosticInfo(Id, span, arguments);
    }

    /// <summary>A place as a message shows it: <c>meetings.yaml(12,5)</c>.</summary>
    private static string Where(YamlSpan span) => $"{PathText.FileName(span.FilePath)}({span.StartLine + 1},{span.StartColumn + 1})";

    /// <summary>
    /// SRD0022 for a bug of the generator's own: what it was doing, the exception's type and the
    /// method that threw, so that a report can be acted on. Never used for bad input.
    /// </summary>
    public static DiagnosticInfo Internal(YamlSpan span, string doing, System.Exception exception)
    {
        var frame = new System.Diagnostics.StackTrace(exception, fNeedFileInfo: false).GetFrame(0)?.GetMethod();
        var where = frame is null ? "an unknown method" : $"{frame.DeclaringType?.FullName}.{frame.Name}";
        return Create(DiagnosticDescriptors.InternalFailure, span, doing, exception.GetType().FullName ?? exception.GetType().Name, where);
    }

    public Diagnostic ToDiagnostic()
    {
        var descriptor = DiagnosticDescriptors.ById(Id);
        var args = new object[Arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = Arguments[i];
        }

        return Diagnostic.Create(descriptor, Span.ToLocation(), args);
    }
}
