using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SinoRussia.Dataset.Generator.Pipeline;

/// <summary>Build settings the generator reads (MSBuild properties made compiler-visible).</summary>
internal sealed record GeneratorOptions(string Namespace, bool NamespaceIsValid)
{
    /// <summary>MSBuild property naming the namespace of the generated classes.</summary>
    public const string NamespaceProperty = "build_property.SinoRussiaDatasetNamespace";

    public const string DefaultNamespace = "SinoRussia.Dataset";

    public static GeneratorOptions From(AnalyzerConfigOptions options)
    {
        if (!options.TryGetValue(NamespaceProperty, out var ns) || string.IsNullOrWhiteSpace(ns))
        {
            return new GeneratorOptions(DefaultNamespace, true);
        }

        ns = ns.Trim();
        var valid = ns.Split('.').All(part => SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None);
        return valid ? new GeneratorOptions(ns, true) : new GeneratorOptions(ns, false);
    }
}
