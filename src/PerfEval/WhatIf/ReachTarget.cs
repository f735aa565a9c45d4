using System;
using PerfEval.Rules;

namespace PerfEval.WhatIf;

/// <summary>What <see cref="Evaluation.CompiledRuleSet.Reach"/> aims at: a grade (at least that good) or a total (at least that many points).</summary>
public sealed class ReachTarget
{
    private ReachTarget(GradeLevel? level, decimal? total)
    {
        Level = level;
        Total = total;
    }

    /// <summary>Gets the grade aimed at, or <see langword="null"/> when the target is a total.</summary>
    public GradeLevel? Level { get; }

    /// <summary>Gets the total aimed at, or <see langword="null"/> when the target is a grade.</summary>
    public decimal? Total { get; }

    /// <summary>Aims at a grade: the lowest total of that grade's band, or more.</summary>
    /// <param name="level">The grade level, e.g. <see cref="GradeLevel.Excellent"/> (优).</param>
    /// <returns>The target.</returns>
    public static ReachTarget ForGrade(GradeLevel level) => new(level, null);

    /// <summary>Aims at a total score, e.g. 95.</summary>
    /// <param name="total">The total, zero or more.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is negative.</exception>
    public static ReachTarget ForTotal(decimal total) => total < 0m
        ? throw new ArgumentOutOfRangeException(nameof(total), total, "A target total cannot be negative.")
        : new(null, total);

    /// <summary>Formats the target: the grade's code (<c>excellent</c>) or the total.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Level is { } level ? new Results.Grade(level, string.Empty).Code : Total!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
