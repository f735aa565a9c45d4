using System;
using System.Collections.Generic;
#if NET8_0_OR_GREATER
using System.Collections.Frozen;
#endif

namespace PerfEval;

/// <summary>Read-only name tables looked up on every evaluation.</summary>
internal static class Lookup
{
    /// <summary>
    /// Copies a table with ordinal keys into one made for reading: a frozen dictionary where the framework has one (it
    /// hashes only as much of a name as tells names apart), an ordinal dictionary elsewhere.
    /// </summary>
    public static IReadOnlyDictionary<string, T> Freeze<T>(IReadOnlyDictionary<string, T> table)
#if NET8_0_OR_GREATER
        => table.ToFrozenDictionary(StringComparer.Ordinal);
#else
        => new Dictionary<string, T>(table.Count, StringComparer.Ordinal).Fill(table);

    private static Dictionary<string, T> Fill<T>(this Dictionary<string, T> target, IReadOnlyDictionary<string, T> source)
    {
        foreach (var pair in source)
        {
            target.Add(pair.Key, pair.Value);
        }

        return target;
    }
#endif
}
