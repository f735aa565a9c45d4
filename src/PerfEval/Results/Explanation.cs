using System;
using System.Collections.Generic;

namespace PerfEval.Results;

/// <summary>
/// How one indicator's score was reached, as data: the formula with its figures, the band hit, the deduction counted, the
/// criteria met, the option chosen, the judgement's reason, the weight moved onto it, or why it was not assessed.
/// Renderers turn it into words in the chosen language; every part a method does not use is <see langword="null"/> or empty.
/// </summary>
public sealed class Explanation
{
    internal Explanation()
    {
    }

    /// <summary>Gets the explanation of a group that has nothing to explain: assessed, and reading no value. Groups share it.</summary>
    internal static Explanation Nothing { get; } = new();

    /// <summary>Gets the formula (or measured or tested expression) as written in the rule set, or <see langword="null"/>.</summary>
    public string? Formula { get; internal set; }

    /// <summary>Gets the formula with this evaluation's values substituted, and its result (e.g. <c>5 * Min(1, 0.9657) = 4.83</c>).</summary>
    public string? Substituted { get; internal set; }

    /// <summary>Gets the method's unrounded score on the declared weight, before any scaling by a fallback, or <see langword="null"/>.</summary>
    public decimal? RawScore { get; internal set; }

    /// <summary>Gets the value a band or deduction measured, or <see langword="null"/>.</summary>
    public decimal? Measured { get; internal set; }

    /// <summary>Gets the band the measured value fell in, or <see langword="null"/>.</summary>
    public BandHit? Band { get; internal set; }

    /// <summary>Gets the deduction counted, or <see langword="null"/>.</summary>
    public DeductionCount? Deduction { get; internal set; }

    /// <summary>Gets each checklist criterion with whether it was met; empty for other methods.</summary>
    public IReadOnlyList<CriterionResult> Criteria { get; internal set; } = Array.Empty<CriterionResult>();

    /// <summary>Gets whether a pass/fail condition held, or <see langword="null"/>.</summary>
    public bool? Passed { get; internal set; }

    /// <summary>Gets the evaluator's written reason for a judgement score, or <see langword="null"/>.</summary>
    public string? Reason { get; internal set; }

    /// <summary>Gets the option an <c>alternatives</c> indicator was scored by, or <see langword="null"/>.</summary>
    public OptionChosen? Option { get; internal set; }

    /// <summary>Gets how the score was scaled by weight moved onto the indicator, or <see langword="null"/>.</summary>
    public WeightScaling? Scaling { get; internal set; }

    /// <summary>Gets why the indicator was not assessed and where its weight went, or <see langword="null"/>.</summary>
    public NotAssessedReason? NotAssessed { get; internal set; }

    /// <summary>Gets the inputs and metrics the indicator's formulas read, with their values.</summary>
    public IReadOnlyList<NamedValue> Values { get; internal set; } = Array.Empty<NamedValue>();

    /// <summary>Gets the rows of a group whose rows the input brings, each as scored; empty for any other indicator.</summary>
    public IReadOnlyList<RowResult> Rows { get; internal set; } = Array.Empty<RowResult>();
}
