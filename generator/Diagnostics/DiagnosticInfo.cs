using Microsoft.CodeAnalysis;
using SinoRussia.Dataset.Generator.Model;

namespace SinoRussia.Dataset.Generator.Diagnostics;

/// <summary>A diagnostic as a cacheable value: descriptor id, YAML span and message arguments.</summary>
internal sealed record DiagnosticInfo(string Id, YamlSpan Span, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, YamlSpan span, params string[] arguments)
        => new(descriptor.Id, span, arguments.ToEquatableArray());

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
