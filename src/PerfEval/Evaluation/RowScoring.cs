using System;
using PerfEval.Rules;

namespace PerfEval.Evaluation;

/// <summary>
/// The scoring rules of a project-table row (项目支出绩效自评), as pure functions over <see cref="decimal"/>: 正向,
/// 反向 (by ratio or by deduction), exact targets, and the grade band of a qualitative row. Results are not rounded
/// (the engine rounds in one place). For points of zero or more and figures of zero or more, every score lies in
/// [0, <c>points</c>]. Thread-safe.
/// </summary>
public static class RowScoring
{
    /// <summary>
    /// 正向 (higher is better): <c>points × min(1, actual / target)</c>. A target of 0 gives full marks (any actual
    /// reaches it).
    /// </summary>
    /// <param name="points">The row's points (分值), zero or more.</param>
    /// <param name="target">The target (年度指标值), zero or more.</param>
    /// <param name="actual">The actual (实际完成值), zero or more.</param>
    /// <returns>The row's score, unrounded.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative.</exception>
    public static decimal Proportional(decimal points, decimal target, decimal actual)
    {
        NotNegative(points, nameof(points));
        NotNegative(target, nameof(target));
        NotNegative(actual, nameof(actual));
        return actual >= target ? points : points * (actual / target);
    }

    /// <summary>
    /// 反向 (lower is better): full marks when <c>actual ≤ target</c>, else <c>points × target / actual</c>. A target
    /// of 0 and an actual above it scores 0.
    /// </summary>
    /// <param name="points">The row's points (分值), zero or more.</param>
    /// <param name="target">The target (年度指标值), zero or more.</param>
    /// <param name="actual">The actual (实际完成值), zero or more.</param>
    /// <returns>The row's score, unrounded.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative.</exception>
    public static decimal Inverse(decimal points, decimal target, decimal actual)
    {
        NotNegative(points, nameof(points));
        NotNegative(target, nameof(target));
        NotNegative(actual, nameof(actual));
        return actual <= target ? points : points * (target / actual);
    }

    /// <summary>
    /// 反向 by deduction: full marks when <c>actual ≤ target</c>; else the excess proportion
    /// <c>(actual − target) / target</c> is counted in steps of <paramref name="step"/> and <paramref name="pointsPerStep"/>
    /// is deducted per step, floored at 0. How a partial step counts is <paramref name="counting"/>:
    /// <see cref="DeductionCounting.Started"/> (the default, "不足一档按一档计") counts a step begun as a whole one, so an excess
    /// of 12 % in steps of 10 % is two steps; <see cref="DeductionCounting.Whole"/> counts whole steps only (one step);
    /// <see cref="DeductionCounting.Exact"/> counts the fraction (1.2 steps). A target of 0 and an actual above it is an
    /// unbounded excess and scores 0 (unless <paramref name="pointsPerStep"/> is 0); so does an excess too large for
    /// <see cref="decimal"/> to count.
    /// </summary>
    /// <param name="points">The row's points (分值), zero or more.</param>
    /// <param name="target">The target (年度指标值), zero or more.</param>
    /// <param name="actual">The actual (实际完成值), zero or more.</param>
    /// <param name="step">The step of excess proportion, above 0: 0.1 for "每超出10%".</param>
    /// <param name="pointsPerStep">The points deducted per step, zero or more.</param>
    /// <param name="counting">How a partial step counts. <value>Defaults to <see cref="DeductionCounting.Started"/>.</value></param>
    /// <returns>The row's score, unrounded.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative, <paramref name="step"/> is 0, or <paramref name="counting"/> is not defined.</exception>
    public static decimal ExcessDeduction(decimal points, decimal target, decimal actual, decimal step, decimal pointsPerStep, DeductionCounting counting = DeductionCounting.Started)
    {
        NotNegative(points, nameof(points));
        NotNegative(target, nameof(target));
        NotNegative(actual, nameof(actual));
        NotNegative(pointsPerStep, nameof(pointsPerStep));
        if (step <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, "A step of excess proportion is above 0.");
        }

        if (counting is not (DeductionCounting.Exact or DeductionCounting.Whole or DeductionCounting.Started))
        {
            throw new ArgumentOutOfRangeException(nameof(counting), counting, "Not a DeductionCounting.");
        }

        if (actual <= target || pointsPerStep == 0m)
        {
            return points;
        }

        if (target == 0m)
        {
            return 0m;
        }

        try
        {
            var steps = (actual - target) / target / step;
            steps = counting switch
            {
                DeductionCounting.Whole => Math.Floor(steps),
                DeductionCounting.Started => Math.Ceiling(steps),
                _ => steps,
            };
            var deducted = steps * pointsPerStep;
            return deducted >= points ? 0m : points - deducted;
        }
        catch (OverflowException)
        {
            return 0m;
        }
    }

    /// <summary>
    /// An exact target (<c>=</c>): full marks when <c>|actual − target| ≤ tolerance</c>, else 0; nothing in between.
    /// </summary>
    /// <param name="points">The row's points (分值), zero or more.</param>
    /// <param name="target">The target (年度指标值), zero or more.</param>
    /// <param name="actual">The actual (实际完成值), zero or more.</param>
    /// <param name="tolerance">The deviation still counted as met, zero or more (0 for "must equal").</param>
    /// <returns><paramref name="points"/> or 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative.</exception>
    public static decimal Exact(decimal points, decimal target, decimal actual, decimal tolerance)
    {
        NotNegative(points, nameof(points));
        NotNegative(target, nameof(target));
        NotNegative(actual, nameof(actual));
        NotNegative(tolerance, nameof(tolerance));
        return Math.Abs(actual - target) <= tolerance ? points : 0m;
    }

    /// <summary>
    /// The grade band check of a qualitative (定性) row: whether <paramref name="score"/> lies within
    /// [<c>points × lowerShare</c>, <c>points × upperShare</c>], both ends included (80 %–100 % of 10 points is 8 to 10).
    /// </summary>
    /// <param name="points">The row's points (分值), zero or more.</param>
    /// <param name="score">The score the evaluator gave.</param>
    /// <param name="lowerShare">The band's lower end as a share of the points, from 0 to 1 (0.8 for 80 %).</param>
    /// <param name="upperShare">The band's upper end as a share of the points, from <paramref name="lowerShare"/> to 1.</param>
    /// <returns>Whether the score is within the band.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The points are negative, or a share is outside [0, 1], or the lower share is above the upper.</exception>
    public static bool WithinGrade(decimal points, decimal score, decimal lowerShare, decimal upperShare)
    {
        NotNegative(points, nameof(points));
        if (lowerShare is < 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(lowerShare), lowerShare, "A share of the points is from 0 to 1.");
        }

        if (upperShare < lowerShare || upperShare > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(upperShare), upperShare, "The upper share is from the lower share to 1.");
        }

        return score >= points * lowerShare && score <= points * upperShare;
    }

    private static void NotNegative(decimal value, string name)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be zero or more.");
        }
    }
}
