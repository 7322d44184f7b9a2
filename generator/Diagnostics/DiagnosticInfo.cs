using Microsoft.CodeAnalysis;
using SinoRussia.Dataset.Generator.Model;

namespace SinoRussia.Dataset.Generator.Diagnostics;

/// <summary>A diagnostic as a cacheable value: descriptor id, YAML span and message arguments.</summary>
internal sealed record DiagnosticInfo(string Id, YamlSpan Span, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, YamlSpan span, params string[] arguments)
        => new(descriptor.Id, span, arguments.ToEquatableArray());

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
