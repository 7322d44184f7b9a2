using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SinoRussia.Dataset.Generator.Model;

namespace SinoRussia.Dataset.Generator.Emission;

/// <summary>
/// How a table's segments are numbered: the files that give the table records, the first of each path, in
/// the order of their paths with '/' for '\\' (so that a project's files get the same numbers, and the table
/// the same text, on Windows as elsewhere, and whatever the files' order). Equal after an edit that leaves the
/// same files with records; each file is then given its own number (<see cref="NumberedRecords"/>), so that a
/// change of the numbering re-encodes only the files whose number changed.
/// </summary>
internal sealed record SegmentNumbers(EquatableArray<string> Paths)
{
    public static SegmentNumbers Of(IEnumerable<(string Path, int Count)> files)
        => new(PathText.FirstOfEachPath(files, f => f.Path)
            .Where(f => f.Count > 0) // a file with none of the table's records, or of the shipped dataset
            .Select(f => f.Path)
            .OrderBy(SortablePath, StringComparer.Ordinal)
            .ToEquatableArray());

    /// <summary>The number of the segment of <paramref name="path"/>, or -1 when it has none.</summary>
    public int Of(string path)
    {
        for (var i = 0; i < Paths.Count; i++)
        {
            if (string.Equals(Paths[i], path, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A path as the segments are numbered by: with '/' for '\\'.</summary>
    public static string SortablePath(string path) => path.Replace('\\', '/');
}
