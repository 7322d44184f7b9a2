using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace SinoRussia.Dataset;

/// <summary>The one way the collections build a lookup: records grouped under their keys, in the order given, read-only.</summary>
internal static class Grouping
{
    public static Dictionary<TKey, ReadOnlyCollection<T>> By<TKey, T>(IEnumerable<(TKey Key, T Record)> entries, IEqualityComparer<TKey> comparer)
        where TKey : notnull
    {
        var lists = new Dictionary<TKey, List<T>>(comparer);
        foreach (var (key, record) in entries)
        {
            if (!lists.TryGetValue(key, out var list))
            {
                lists.Add(key, list = new List<T>());
            }

            list.Add(record);
        }

        var index = new Dictionary<TKey, ReadOnlyCollection<T>>(lists.Count, comparer);
        foreach (var pair in lists)
        {
            index.Add(pair.Key, pair.Value.AsReadOnly());
        }

        return index;
    }
}
