using System;
using System.Collections.Generic;
using System.Linq;

namespace PerfEval;

/// <summary>"Did you mean" suggestions for misspelt keys, names and functions.</summary>
internal static class Spelling
{
    /// <summary>The candidate closest to a misspelt name, if close enough to suggest (case slips and swapped letters count).</summary>
    public static string? Closest(string key, IEnumerable<string> candidates)
    {
        var list = candidates.Distinct().ToList();
        var sameLetters = list.FirstOrDefault(c => string.Equals(c, key, StringComparison.OrdinalIgnoreCase));
        if (sameLetters is not null)
        {
            return sameLetters;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in list)
        {
            var distance = Distance(key, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= Math.Max(1, key.Length / 3) ? best : null;
    }

    /// <summary>The edit distance counting a swap of two neighbouring letters as one edit ('titel' is 1 from 'title').</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
