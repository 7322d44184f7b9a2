using System;
using System.Collections.Generic;
using System.Linq;
using SinoRussia.Dataset.Generator.Model;

namespace SinoRussia.Dataset.Generator.Validation;

/// <summary>The order in which files are read for duplicates: the shipped files first (an own record that repeats a shipped id is the duplicate), then by path; a path given twice is one file.</summary>
internal static class DatasetOrder
{
    public static IEnumerable<T> Of<T>(IEnumerable<T> files, Func<T, string> path, Func<T, bool> shipped)
        => PathText.FirstOfEachPath(files, path).OrderBy(f => shipped(f) ? 0 : 1).ThenBy(path, StringComparer.Ordinal);
}
