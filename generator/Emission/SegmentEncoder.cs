using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SinoRussia.Dataset.Generator.Model;

namespace SinoRussia.Dataset.Generator.Emission;

/// <summary>
/// Encodes one file's records of one table as a segment (<see cref="EncodedSegment"/>): in table order
/// (<see cref="OrderKey"/>), with a string table of their own. A step per file: an edit re-encodes the
/// edited file's segments only, and a segment whose records did not change compares equal and leaves
/// its table cached. It is given the file's own records (<see cref="EntityKind.OwnRecordsOf"/>).
/// </summary>
internal static class SegmentEncoder
{
    public static EncodedSegment Encode(EntityKind kind, string path, IEnumerable<EntityModel> records, CancellationToken cancellationToken)
    {
        var own = records.Select(r => (Key: kind.Key(r), Record: r)).ToList();
        own.Sort((a, b) => a.Key.CompareTo(b.Key));
        cancellationToken.ThrowIfCancellationRequested();
        var streams = kind.Encode(own.Select(r => r.Record).ToList(), cancellationToken);
        return new EncodedSegment(
            path,
            own.Select(r => r.Key).ToEquatableArray(),
            own.Select(r => kind.Member(r.Record)).ToEquatableArray(),
            CSharpEmbedding.StringLiteral(streams.Records),
            CSharpEmbedding.StringLiteral(streams.Strings),
            CSharpEmbedding.StringLiteral(streams.Lengths));
    }
}
