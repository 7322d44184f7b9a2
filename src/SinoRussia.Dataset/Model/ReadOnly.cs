using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace SinoRussia.Dataset;

/// <summary>Wraps the lists handed to constructors so callers cannot change a record after it is built.</summary>
internal static class ReadOnly
{
    public static IReadOnlyList<T> Wrap<T>(IReadOnlyList<T> items)
        => items is ReadOnlyCollection<T> ? items : new ReadOnlyCollection<T>(items as IList<T> ?? items.ToList());

    /// <summary>A read-only copy of <paramref name="values"/> (keys compared ordinally), so the caller's dictionary can change afterwards.</summary>
    public static IReadOnlyDictionary<string, string> Wrap(IReadOnlyDictionary<string, string> values)
        => values.Count == 0 ? RecordDetails.NoAdditionalFields : new ReadOnlyDictionary<string, string>(values.ToDictionary(p => p.Key, p => p.Value, System.StringComparer.Ordinal));
}
