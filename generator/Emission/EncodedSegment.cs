using SinoRussia.Dataset.Generator.Diagnostics;
using SinoRussia.Dataset.Generator.Model;

namespace SinoRussia.Dataset.Generator.Emission;

/// <summary>
/// One file's part of a compiled table (<see cref="SegmentEncoder"/>): its records of the table in table
/// order, their keys (for the merge of the segments, <see cref="TableAssembler"/>), the named members they
/// would get, and the segment's own generated file (<see cref="SegmentEmitter"/>: its three streams as
/// <c>DataBlob</c> attributes of the table's data class), written once, so that the data is held once: an
/// edit of another file leaves it cached, and the compiler reads the same text. No file (null) for a file
/// with none of the table's records.
/// </summary>
internal sealed record EncodedSegment(
    string Path,
    EquatableArray<OrderKey> Keys,
    EquatableArray<MemberModel> Members,
    string? HintName,
    string? Source)
{
    /// <summary>The segment's number in its table (<see cref="SegmentNumbers"/>), or -1 when it has no file.</summary>
    public int Number { get; init; } = -1;

    /// <summary>SRD0022 when encoding it failed; the table is then not written.</summary>
    public DiagnosticInfo? Failure { get; init; }

    public int Count => Keys.Count;

    public static EncodedSegment Failed(string path, DiagnosticInfo failure)
        => new(path, EquatableArray<OrderKey>.Empty, EquatableArray<MemberModel>.Empty, null, null) { Failure = failure };
}

/// <summary>One file's records of one table with the number its segment gets (-1: none), what its segment is encoded from.</summary>
internal sealed record NumberedRecords(FileTableRecords Records, int Number);
