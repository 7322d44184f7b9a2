using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SinoRussia.Dataset.Generator.Model;

namespace SinoRussia.Dataset.Generator.Emission;

/// <summary>
/// Encodes one file's records of one table as a segment (<see cref="EncodedSegment"/>): in table order
/// (<see cref="OrderKey"/>), with a string table of their own, written as the segment's own file
/// (<see cref="SegmentEmitter"/>) under its number. A step per file: an edit re-encodes the edited file's
/// segments only, and a segment whose records did not change compares equal and stays cached. It is given
/// the file's own records (<see cref="EntityKind.OwnRecordsOf"/>).
/// </summary>
internal static class SegmentEncoder
{
    public static EncodedSegment Encode(EntityKind kind, string path, IEnumerable<EntityModel> records, int number, TableScope scope, CancellationToken cancellationToken)
    {
        var own = records.Select(r => (Key: kind.Key(r), Record: r)).ToList();
        own.Sort((a, b) => a.Key.CompareTo(b.Key));
        cancellationToken.ThrowIfCancellationRequested();
        var keys = own.Select(r => r.Key).ToEquatableArray();
        var members = own.Select(r => kind.Member(r.Record)).ToEquatableArray();
        if (own.Count == 0 || number < 0)
        {
            return new EncodedSegment(path, keys, members, null, null);
        }

        var streams = kind.Encode(own.Select(r => r.Record).ToList(), cancellationToken);
        return new EncodedSegment(path, keys, members, SegmentEmitter.HintName(kind, number), SegmentEmitter.Emit(kind, number, scope, streams)) { Number = number };
    }
}
