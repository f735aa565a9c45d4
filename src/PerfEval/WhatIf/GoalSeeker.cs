using System;
using PerfEval.Inputs;

namespace PerfEval.WhatIf;

/// <summary>
/// Finds the fewest steps a lever must move for a goal to hold, every candidate checked by rescoring. Numbers move on
/// the grid of their step (value now + k × step): within a declared range of at most <see cref="ScanLimit"/> steps
/// every k is tried in turn, so the first that works is the smallest for any rule; over a wider or unbounded range k
/// doubles until the goal holds and is then halved back, which is exact for every rule monotone in the lever (formulas
/// monotone in one input, bands, deductions) and for any other finds a k that works whose k − 1 does not.
/// </summary>
internal static class GoalSeeker
{
    /// <summary>The most steps tried one by one.</summary>
    public const long ScanLimit = 2000;

    /// <summary>How many doublings a search beyond what it has tried may take: 2^40 steps is ten billion at 0.01.</summary>
    private const int MaxDoublings = 40;

    /// <summary>Seeks the closest value that meets the goal, in either direction, preferring one within range.</summary>
    public static (InputValue Value, bool Within)? Seek(Lever lever, InputValue current, Func<InputValue, bool> goal)
    {
        switch (lever.Kind)
        {
            case LeverKind.Boolean:
                var flipped = InputValue.Of(!current.Boolean);
                return goal(flipped) ? (flipped, true) : null;
            case LeverKind.Choice:
                foreach (var choice in lever.Choices)
                {
                    if (choice != current.Text && goal(InputValue.Of(choice)))
                    {
                        return (InputValue.Of(choice), true);
                    }
                }

                return null;
        }

        var x0 = current.Number;
        (long K, bool Within, int Direction)? best = null;
        foreach (var direction in new[] { 1, -1 })
        {
            if (Seek(lever, x0, direction, x => goal(InputValue.Of(x)), long.MaxValue) is { } found
                && (best is not { } b || (found.Within && !b.Within) || (found.Within == b.Within && found.K < b.K)))
            {
                best = (found.K, found.Within, direction);
            }
        }

        return best is { } chosen ? (InputValue.Of(At(x0, chosen.Direction, chosen.K, lever.Step)), chosen.Within) : null;
    }

    /// <summary>
    /// Seeks the fewest steps, at most <paramref name="most"/>, in one direction; beyond the declared range only when
    /// nothing within it works (never for a judgement, whose score must stay between 0 and the weight).
    /// </summary>
    public static (long K, bool Within)? Seek(Lever lever, decimal x0, int direction, Func<decimal, bool> goal, long most)
    {
        var step = lever.Step;
        var bound = direction > 0 ? lever.Max : lever.Min;
        var inRange = bound is { } b ? StepsTo(b, x0, direction, step) : long.MaxValue;
        bool Meets(long k)
        {
            try
            {
                return goal(At(x0, direction, k, step));
            }
            catch (OverflowException)
            {
                return false; // Past what a decimal holds: no value there.
            }
        }

        var limit = Math.Min(most, inRange);
        if (limit <= ScanLimit)
        {
            for (var k = 1L; k <= limit; k++)
            {
                if (Meets(k))
                {
                    return (k, true);
                }
            }
        }
        else if (Doubling(0, limit, Meets) is { } k)
        {
            return (k, true);
        }

        if (lever.Kind == LeverKind.Judgement || most <= inRange)
        {
            return null;
        }

        return Doubling(limit, most, Meets) is { } beyond ? (beyond, false) : null;
    }

    /// <summary>Steps of the grid from x0 that stay at or inside a bound, 0 when already at it or past it.</summary>
    private static long StepsTo(decimal bound, decimal x0, int direction, decimal step)
    {
        var room = (bound - x0) * direction / step;
        return room <= 0m ? 0L : room >= long.MaxValue ? long.MaxValue : (long)decimal.Floor(room);
    }

    /// <summary>From a k known not to work, doubles the distance until one works (at most up to <paramref name="most"/>), then halves back to the first that does.</summary>
    private static long? Doubling(long failing, long most, Func<long, bool> meets)
    {
        var low = failing;
        long? high = null;
        var span = 1L;
        for (var i = 0; i <= MaxDoublings && low < most; i++, span *= 2)
        {
            var k = most - low <= span ? most : low + span;
            if (meets(k))
            {
                high = k;
                break;
            }

            low = k;
        }

        if (high is not { } h)
        {
            return null;
        }

        while (h - low > 1)
        {
            var middle = low + ((h - low) / 2);
            if (meets(middle))
            {
                h = middle;
            }
            else
            {
                low = middle;
            }
        }

        return h;
    }

    private static decimal At(decimal x0, int direction, long k, decimal step) => x0 + (direction * k * step);
}
