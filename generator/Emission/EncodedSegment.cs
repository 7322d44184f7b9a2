using SinoRussia.Dataset.Generator.Diagnostics;
using SinoRussia.Dataset.Generator.Model;

namespace SinoRussia.Dataset.Generator.Emission;

/// <summary>
/// One file's part of a compiled table (<see cref="SegmentEncoder"/>): its records of the table in table
/// order, encoded, their keys (for the merge of the segments, <see cref="TableAssembler"/>) and the
/// named members they would get. The three streams are kept as the C# literals the table's file holds,
/// written once by <see cref="CSharpEmbedding"/>, so an edit of another file copies them as they are.
/// </summary>
internal sealed record EncodedSegment(
    string Path,
    EquatableArray<OrderKey> Keys,
    EquatableArray<MemberModel> Members,
    string RecordsLiteral,
    string StringsLiteral,
    string LengthsLiteral)
{
    /// <summary>SRD0022 when encoding it failed; the table is then not written.</summary>
    public DiagnosticInfo? Failure { get; init; }

    public int Count => Keys.Count;

    public static EncodedSegment Failed(string path, DiagnosticInfo failure)
        => new(path, EquatableArray<OrderKey>.Empty, EquatableArray<MemberModel>.Empty, string.Empty, string.Empty, string.Empty) { Failure = failure };
}
