using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using SinoRussia.Dataset.Generator.Model;

namespace SinoRussia.Dataset.Generator.Emission;

/// <summary>
/// Puts a table together from its files' segments (<see cref="SegmentEncoder"/>): the segments that hold
/// records, numbered as <see cref="SegmentNumbers"/> numbers them, and the table's order, the merge of the
/// segments by <see cref="OrderKey"/>, written as runs of one segment's records (the runtime's
/// <c>TableData</c> reads it):
/// <code>
/// order := version runCount (segment count)*
/// </code>
/// The named members follow the merged order. Nothing is encoded or copied here: each segment is a file of its own.
/// </summary>
internal static class TableAssembler
{
    public static TableModel Assemble(EntityKind kind, ImmutableArray<EncodedSegment> segments, TableSettings settings, CancellationToken cancellationToken)
    {
        // The segments by the numbers their files were written under (the first of each path; -1: no file).
        var used = PathText.FirstOfEachPath(segments, s => s.Path).Where(s => s.Number >= 0).OrderBy(s => s.Number).ToList();
        cancellationToken.ThrowIfCancellationRequested();
        var order = Merge(used);
        cancellationToken.ThrowIfCancellationRequested();
        var members = NamedMembers.Wanted(settings.NamedMembers, order.Count)
            ? order.Select(at => used[at.Segment].Members[at.Index]).ToEquatableArray()
            : EquatableArray<MemberModel>.Empty;
        return new TableModel(
            settings.Namespace,
            settings.ContainerClass,
            kind.ClassName,
            members,
            order.Count,
            Runs(order),
            used.Count);
    }

    /// <summary>Every record as (segment, index in it), in table order: the sorted segments merged pairwise.</summary>
    private static List<(int Segment, int Index)> Merge(IReadOnlyList<EncodedSegment> segments)
    {
        var lists = segments.Select((s, number) => Enumerable.Range(0, s.Count).Select(i => (Segment: number, Index: i)).ToList()).ToList();
        if (lists.Count == 0)
        {
            return new List<(int, int)>();
        }

        while (lists.Count > 1)
        {
            var merged = new List<List<(int Segment, int Index)>>((lists.Count + 1) / 2);
            for (var i = 0; i < lists.Count; i += 2)
            {
                merged.Add(i + 1 < lists.Count ? Merge(lists[i], lists[i + 1], segments) : lists[i]);
            }

            lists = merged;
        }

        return lists[0];
    }

    private static List<(int Segment, int Index)> Merge(List<(int Segment, int Index)> left, List<(int Segment, int Index)> right, IReadOnlyList<EncodedSegment> segments)
    {
        var result = new List<(int Segment, int Index)>(left.Count + right.Count);
        int l = 0, r = 0;
        while (l < left.Count && r < right.Count)
        {
            var a = left[l];
            var b = right[r];
            if (segments[a.Segment].Keys[a.Index].CompareTo(segments[b.Segment].Keys[b.Index]) <= 0)
            {
                result.Add(a);
                l++;
            }
            else
            {
                result.Add(b);
                r++;
            }
        }

        for (; l < left.Count; l++)
        {
            result.Add(left[l]);
        }

        for (; r < right.Count; r++)
        {
            result.Add(right[r]);
        }

        return result;
    }

    /// <summary>The order stream: the format version, then runs of consecutive records of one segment.</summary>
    private static string Runs(List<(int Segment, int Index)> order)
    {
        var runs = new List<(int Segment, int Count)>();
        foreach (var (segment, _) in order)
        {
            if (runs.Count > 0 && runs[runs.Count - 1].Segment == segment)
            {
                runs[runs.Count - 1] = (segment, runs[runs.Count - 1].Count + 1);
            }
            else
            {
                runs.Add((segment, 1));
            }
        }

        var writer = new BlobWriter().Int(BlobWriter.FormatVersion).Int(runs.Count);
        foreach (var (segment, count) in runs)
        {
            writer.Int(segment).Int(count);
        }

        return writer.ToString();
    }
}

/// <summary>What a table's file is written from besides its records: the namespace, the container class of a project that extends the dataset, and the named-members option.</summary>
internal sealed record TableSettings(string Namespace, string? ContainerClass, string NamedMembers);
