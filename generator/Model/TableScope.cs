namespace SinoRussia.Dataset.Generator.Model;

/// <summary>
/// Where the generated tables stand: their namespace and, in a project that extends the shipped dataset
/// (one with the package's own YAML beside its own), the class that holds them. One rule for the model
/// and for the tables' segments, which are written before the model is known.
/// </summary>
internal sealed record TableScope(string Namespace, string? ContainerClass)
{
    public static TableScope Of(string targetNamespace, string? containerClass, bool extension)
        => new(targetNamespace, extension ? containerClass ?? "ExtendedDataset" : null);
}
