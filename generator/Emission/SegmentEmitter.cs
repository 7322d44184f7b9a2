using static SinoRussia.Dataset.Generator.Emission.CSharpEmbedding;

namespace SinoRussia.Dataset.Generator.Emission;

/// <summary>
/// Writes one segment's file: its three streams (records, strings, lengths; <see cref="SegmentEncoder"/>) as
/// <c>DataBlob</c> attributes of the table's data class, a part of that partial class (<see cref="TableEmitter"/>
/// writes the part with the order). The data is string constants, not code: the compiler stores them as
/// UTF-8 in the metadata blob heap, and the runtime reads them in place.
/// </summary>
internal static class SegmentEmitter
{
    public static string HintName(EntityKind kind, int number) => kind.ClassName + "." + Scope.Int(number) + ".g.cs";

    public static string Emit(EntityKind kind, int number, Model.TableScope scope, TableStreams streams)
    {
        var w = new CodeWriter(LiteralLength(streams.Records) + LiteralLength(streams.Strings) + LiteralLength(streams.Lengths) + 1024);
        Scope.Open(w, scope.Namespace, scope.ContainerClass);
        var suffix = "." + Scope.Int(number);
        w.LineWithLiteral(BlobPrefix("records" + suffix), streams.Records, ")]");
        w.LineWithLiteral(BlobPrefix("strings" + suffix), streams.Strings, ")]");
        w.LineWithLiteral(BlobPrefix("lengths" + suffix), streams.Lengths, ")]");
        w.Line($"internal static partial class {kind.DataClass}");
        w.Line("{");
        w.Line("}");
        Scope.Close(w, scope.ContainerClass);
        return w.ToString();
    }

    public static string BlobPrefix(string name) => $"[global::SinoRussia.Dataset.Storage.DataBlob({StringLiteral(name)}, ";
}
