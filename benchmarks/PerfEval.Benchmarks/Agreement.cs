using System;
using System.Collections.Generic;
using System.Globalization;
using PerfEval.Results;

namespace PerfEval.Benchmarks;

/// <summary>
/// Checks, before anything is timed, that every scorer computes the same leaf scores and total as the hand-written
/// floor, so the benchmarks compare equal work. Throws on the first difference.
/// </summary>
public static class Agreement
{
    public static void Check(string what, YangxiScores floor, EngineScores other)
    {
        ArgumentNullException.ThrowIfNull(floor);
        ArgumentNullException.ThrowIfNull(other);
        Compare(what, floor, other.Leaves, other.Total, other.Grade);
    }

    public static void Check(string what, YangxiScores floor, Result<Scorecard> result)
    {
        ArgumentNullException.ThrowIfNull(floor);
        ArgumentNullException.ThrowIfNull(result);
        var card = result.Value ?? throw new InvalidOperationException($"{what}: PerfEval could not score: {string.Join("; ", result.Diagnostics)}");
        var leaves = new List<decimal>();
        foreach (var id in YangxiScores.LeafIds)
        {
            leaves.Add(card[id].Score);
        }

        Compare(what, floor, leaves, card.Total, card.Grade.Label);
    }

    private static void Compare(string what, YangxiScores floor, IReadOnlyList<decimal> leaves, decimal total, string grade)
    {
        var expected = floor.Leaves();
        for (var i = 0; i < expected.Length; i++)
        {
            if (expected[i] != leaves[i])
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{what}: '{YangxiScores.LeafIds[i]}' scores {leaves[i]}, the floor {expected[i]}."));
            }
        }

        if (total != floor.Total || grade != floor.Grade)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{what}: total {total} {grade}, the floor {floor.Total} {floor.Grade}."));
        }
    }
}
