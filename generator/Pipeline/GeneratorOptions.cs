using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SinoRussia.Dataset.Generator.Model;

namespace SinoRussia.Dataset.Generator.Pipeline;

/// <summary>
/// Build settings the generator reads (MSBuild properties made compiler-visible by the package's
/// buildTransitive props): the namespace of the generated code and, in a project that extends the
/// dataset, the name of the class holding the merged view.
/// </summary>
internal sealed record GeneratorOptions(string Namespace, string ContainerClass, string NamedMembers, OptionProblem? Problem)
{
    /// <summary>SRD0022 when reading the options failed (a bug of the generator, never a bad setting).</summary>
    public Diagnostics.DiagnosticInfo? Failure { get; init; }

    /// <summary>The options a failure leaves: the defaults, and the failure.</summary>
    public static GeneratorOptions Failed(Diagnostics.DiagnosticInfo failure)
        => new(DefaultNamespace, DefaultContainerClass, AutoNamedMembers, null) { Failure = failure };

    /// <summary>MSBuild property: <c>auto</c> (default), <c>all</c> or <c>none</c> named members per record.</summary>
    public const string NamedMembersProperty = "build_property.SinoRussiaDatasetNamedMembers";

    /// <summary>With <c>auto</c>, the most records a table may have and still get a named member each.</summary>
    public const int NamedMembersLimit = Model.NamedMembers.Limit;

    public const string AutoNamedMembers = Model.NamedMembers.Auto;
    public const string AllNamedMembers = Model.NamedMembers.All;
    public const string NoNamedMembers = Model.NamedMembers.None;

    /// <summary>MSBuild property naming the namespace of the generated classes.</summary>
    public const string NamespaceProperty = "build_property.SinoRussiaDatasetNamespace";

    /// <summary>MSBuild property naming the class that holds the merged view in an extending project.</summary>
    public const string ClassProperty = "build_property.SinoRussiaDatasetClass";

    /// <summary>The project's root namespace, the default namespace in an extending project.</summary>
    public const string RootNamespaceProperty = "build_property.RootNamespace";

    public const string DefaultNamespace = "SinoRussia.Dataset";

    public const string DefaultContainerClass = "ExtendedDataset";

    public static GeneratorOptions From(AnalyzerConfigOptions options)
    {
        var ns = Read(options, NamespaceProperty) ?? Read(options, RootNamespaceProperty) ?? DefaultNamespace;
        var container = Read(options, ClassProperty) ?? DefaultContainerClass;
        var named = (Read(options, NamedMembersProperty) ?? AutoNamedMembers).ToLowerInvariant();
        OptionProblem? problem = null;
        if (!ns.Split('.').All(IsIdentifier))
        {
            problem = new OptionProblem("SinoRussiaDatasetNamespace", ns, "a C# namespace such as My.Dataset");
        }
        else if (!IsIdentifier(container))
        {
            problem = new OptionProblem("SinoRussiaDatasetClass", container, "a C# class name such as ExtendedDataset");
        }
        else if (named is not (AutoNamedMembers or AllNamedMembers or NoNamedMembers))
        {
            problem = new OptionProblem("SinoRussiaDatasetNamedMembers", named, "auto, all or none");
        }

        return new GeneratorOptions(ns, container, named, problem);
    }

    private static string? Read(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static bool IsIdentifier(string value)
        => SyntaxFacts.IsValidIdentifier(value) && SyntaxFacts.GetKeywordKind(value) == SyntaxKind.None;
}

/// <summary>A build setting that cannot be used, as a diagnostic's arguments.</summary>
internal sealed record OptionProblem(string Property, string Value, string Expected);
