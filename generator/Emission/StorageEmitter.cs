namespace SinoRussia.Dataset.Generator.Emission;

/// <summary>The settings the storage file depends on: nothing about the records, so it is written once and stays cached.</summary>
internal sealed record StorageModel(string Namespace, string? ContainerClass);

/// <summary>
/// Writes <c>DatasetStorage.g.cs</c>: the store over this assembly's six compiled tables (merged with
/// the shipped store in a project that extends the dataset) and, there, <c>Current</c>.
/// </summary>
internal static class StorageEmitter
{
    public const string HintName = "DatasetStorage.g.cs";

    public static string Emit(StorageModel model)
    {
        var extension = model.ContainerClass is not null;
        var w = new CodeWriter();
        Scope.Open(w, model.Namespace, model.ContainerClass);
        if (extension)
        {
            Scope.Doc(w, "The whole merged dataset as one <see cref=\"global::SinoRussia.Dataset.SinoRussiaDataset\"/> (for JSON export: <c>Current.ToJson()</c>).");
            w.Line("public static global::SinoRussia.Dataset.SinoRussiaDataset Current => DatasetStorage.Store.Dataset;");
            w.Line();
        }

        w.Line(extension
            ? "/// <summary>The compiled tables of this project, merged with the shipped ones; each is decoded on first use.</summary>"
            : "/// <summary>The compiled tables of the dataset; each is decoded on first use.</summary>");
        w.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"SinoRussia.Dataset.Generator\", \"1.0\")]");
        w.Open("internal static class DatasetStorage");
        w.Line("internal static readonly global::SinoRussia.Dataset.Storage.DataStore Store = global::SinoRussia.Dataset.Storage.DataStore.Create(");
        w.Line("    typeof(SourcesData), typeof(OrganisationsData), typeof(MechanismsData), typeof(OfficialsData), typeof(MeetingsData), typeof(QuotesData),");
        w.Line(extension ? "    global::SinoRussia.Dataset.Storage.DataStore.Shipped);" : "    null);");
        w.Close();
        Scope.Close(w, model.ContainerClass);
        return w.ToString();
    }
}
