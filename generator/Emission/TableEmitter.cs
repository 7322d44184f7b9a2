using System.Linq;
using static SinoRussia.Dataset.Generator.Emission.CSharpEmbedding;

namespace SinoRussia.Dataset.Generator.Emission;

/// <summary>
/// Writes one table's file: the public accessor class (<c>All</c>, lookups, query helpers and a named
/// member per record, each a one-line call into the runtime store) and the part of the partial internal
/// class that holds the compiled table as <c>DataBlob</c> attributes with its order; each segment (one per
/// YAML file that gave it records) is a file of its own with its three streams (<see cref="SegmentEmitter"/>).
/// The data is string constants, not code: the compiler stores them as UTF-8 in the metadata blob heap (no
/// user-string heap limit, no IL per record, nothing for the JIT), and the runtime reads them in place.
/// </summary>
internal static class TableEmitter
{
    private const string Runtime = "global::SinoRussia.Dataset.";

    public static string HintName(TableModel table) => table.ClassName + ".g.cs";

    public static string Emit(TableModel table)
    {
        var kind = EntityKind.ByClassName(table.ClassName);
        var full = Runtime + kind.TypeName;
        var extension = table.ContainerClass is not null;
        var collection = $"DatasetStorage.Store.{kind.ClassName}";
        // The order and room for the accessor class: the file goes into one buffer.
        var w = new CodeWriter(LiteralLength(table.Order) + 8192 + (table.Members.Count * 320)); // a member: its summary (at most 120 characters), id and property, about 250
        Scope.Open(w, table.Namespace, table.ContainerClass);
        w.Line(extension
            ? $"/// <summary>The {kind.Noun} records of the shipped dataset and of this project: <see cref=\"All\"/>, lookups by id and one member per {kind.Noun} of this project.</summary>"
            : $"/// <summary>The {kind.Noun} records of the dataset: <see cref=\"All\"/>, lookups by id and one member per {kind.Noun}.</summary>");
        w.Open($"public static partial class {kind.ClassName}");
        Scope.Doc(w, kind.AllSummary + (extension ? " Shipped and own records together." : string.Empty));
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{full}> All => {collection}.All;");
        w.Line();
        Scope.Doc(w, $"The {kind.Noun} with the YAML id <paramref name=\"id\"/>.");
        w.Line("/// <param name=\"id\">The YAML id.</param>");
        w.Line($"/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No {kind.Noun} has that id.</exception>");
        w.Line($"public static {full} ById(string id) => {collection}.ById(id);");
        w.Line();
        Scope.Doc(w, $"Looks up the {kind.Noun} with the YAML id <paramref name=\"id\"/>.");
        w.Line("/// <param name=\"id\">The YAML id.</param>");
        w.Line($"/// <param name=\"value\">The {kind.Noun}, when found.</param>");
        w.Line("/// <returns>Whether it was found.</returns>");
        w.Line($"public static bool TryGetById(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {full}? value) => {collection}.TryGetById(id, out value);");
        foreach (var helper in kind.Helpers)
        {
            w.Line();
            foreach (var line in helper.Split('\n'))
            {
                w.Line(line);
            }
        }

        var index = 0;
        foreach (var member in table.Members)
        {
            w.Line();
            Scope.Doc(w, $"{DocText(Shorten(member.Summary))} (<c>{DocText(member.Id)}</c>).");
            w.Line($"public static {full} {member.MemberName} => {collection}.Own({Scope.Int(index++)});");
        }

        w.Close();
        w.Line();
        w.Line($"/// <summary>The compiled {kind.Noun} table: {Scope.Int(table.RecordCount)} {(table.RecordCount == 1 ? "record" : "records")} in {Scope.Int(table.SegmentCount)} {(table.SegmentCount == 1 ? "segment" : "segments")}{SegmentFiles(kind, table.SegmentCount)} (format {Scope.Int(BlobWriter.FormatVersion)}, read by <see cref=\"global::SinoRussia.Dataset.Storage.DataStore\"/>).</summary>");
        w.LineWithLiteral(SegmentEmitter.BlobPrefix("order"), table.Order, ")]");
        w.Line($"internal static partial class {kind.DataClass}");
        w.Line("{");
        w.Line("}");
        Scope.Close(w, table.ContainerClass);
        return w.ToString();
    }

    /// <summary>Where the segments are: <c>, in Officials.0.g.cs</c>, <c>, in Meetings.0.g.cs to Meetings.9.g.cs</c>.</summary>
    private static string SegmentFiles(EntityKind kind, int count) => count switch
    {
        0 => string.Empty,
        1 => ", in " + SegmentEmitter.HintName(kind, 0),
        _ => ", in " + SegmentEmitter.HintName(kind, 0) + " to " + SegmentEmitter.HintName(kind, count - 1),
    };

    private static string Shorten(string text) => text.Length <= 120 ? text : text.Substring(0, 117) + "...";
}
