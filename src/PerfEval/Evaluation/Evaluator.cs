using System;
using System.Collections.Generic;
using PerfEval.Compilation;
using PerfEval.Formulas;
using PerfEval.Inputs;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Evaluation;

/// <summary>
/// One evaluation of a bound input: computes metrics and checks, decides which indicators are assessed, moves the weight of those that are not (Evaluator.Fallbacks.cs), scores, rounds, sums and grades, then
/// builds the scorecard as plain data (Evaluator.Scorecard.cs). Errors are worded in Evaluator.Errors.cs. Pure: no I/O,
/// no clock, no shared state; nothing of it outlives <see cref="Run"/>.
/// </summary>
internal sealed partial class Evaluator
{
    private readonly RuleSetPlan rules;
    private readonly BoundInput input;
    private readonly EvaluationOptions options;
    // The scorecard's columns, by tree-order index. Weights and statuses are the plan's shared columns until weight
    // moves or an indicator is not assessed; only then does the evaluation make its own.
    private readonly decimal[] scores;
    // Built only when explanations are: a scored leaf's raw score on its declared weight, which its explanation shows.
    private readonly decimal[]? raws;
    private readonly Explanation?[]? explanations;
    // Made when a condition first fails: for each indicator inside one that is not assessed, the outermost such one.
    private IndicatorPlan?[]? heads;
    private bool[]? undecided;
    private readonly BoundJudgement[]? judgements;
    private decimal[]? effective;
    private Exception?[]? metricFailures;
    private HashSet<string>? reportedMetrics;
    private List<WeightMove>? moves;
    private DiagnosticSink? sink;

    /// <param name="input">The input, bound.</param>
    /// <param name="options">What to build besides the numbers.</param>
    /// <param name="sink">The binding's diagnostics, or <see langword="null"/> when there were none.</param>
    /// <param name="owned">Whether the input was bound for this evaluation alone, so its frame may take the metrics.</param>
    public Evaluator(BoundInput input, EvaluationOptions? options, DiagnosticSink? sink, bool owned = false)
    {
        rules = input.Rules;
        this.input = input;
        this.options = options ?? EvaluationOptions.Default;
        this.sink = sink is { Items.Count: > 0 } ? sink : null;
        judgements = input.Judgements;
        Frame = owned ? input.Values : input.Values.Copy();
        scores = new decimal[rules.All.Length];
        if (this.options.Explanations)
        {
            if (!input.HasReasons)
            {
                throw new InvalidOperationException("The input was read for numbers only, without its judgements' reasons, so it cannot be explained.");
            }

            raws = new decimal[rules.All.Length];
            explanations = new Explanation?[rules.All.Length];
        }
    }

    /// <summary>Gets the evaluation's values, for tests that compare formulas with another evaluator.</summary>
    public ValueFrame Frame { get; }

    /// <summary>Gets the evaluation's diagnostics, made on the first one: most evaluations have none.</summary>
    private DiagnosticSink Sink => sink ??= new DiagnosticSink(input.SourceName);

    private bool HasErrors => sink is { HasErrors: true };

    private RuleSet Definition => rules.Definition;

    public Result<Scorecard> Run()
    {
        if (HasErrors)
        {
            // Values are wrong: nothing can be scored, but the judgements can still be checked, so one run lists every problem.
            foreach (var plan in rules.All)
            {
                if (plan.Method is JudgementPlan && !plan.UnderCondition)
                {
                    Judge(plan);
                }
            }

            return Failed();
        }

        RunChecks();

        // An indicator whose condition cannot be decided counts as assessed, so the rest is still scored and checked.
        DecideApplicability();
        try
        {
            MoveWeights();
        }
        catch (OverflowException)
        {
            ReportWeightOverflow();
            return Failed();
        }

        foreach (var leaf in rules.Leaves)
        {
            var scaling = false;
            try
            {
                var raw = 0m;
                if (HeadOf(leaf) is null && undecided?[leaf.Index] is not true)
                {
                    if (Score(leaf, leaf.Method!) is not { } scored)
                    {
                        continue; // Reported.
                    }

                    raw = scored;
                    if (raws is not null)
                    {
                        raws[leaf.Index] = raw;
                    }
                }

                scaling = true;
                scores[leaf.Index] = ScoreOf(leaf, raw);
            }
            catch (OverflowException)
            {
                ReportOverflow(leaf, scaling ? Messages.OverflowScaling.With() : null);
            }
        }

        WarnIgnoredJudgements();
        if (HasErrors)
        {
            return Failed();
        }

        var sum = SumUp();
        var total = Definition.Rounding.Apply(sum);
        Rescaling? rescaling = null;
        if (excludedPoints > 0m)
        {
            var applicable = Definition.TotalPoints - excludedPoints;
            if (applicable <= 0m)
            {
                Sink.Error(Codes.NothingApplies, Messages.NothingApplies.With(Definition.TotalPoints, excludedPoints), 0, 0);
                return Failed();
            }

            rescaling = new Rescaling(total, excludedPoints, applicable, Definition.TotalPoints);
            total = Definition.Rounding.Apply(sum * Definition.TotalPoints / applicable);
        }

        for (var g = 0; g < rules.Grades.Length; g++)
        {
            if (rules.Grades[g].Range.Contains(total))
            {
                var card = BuildScorecard(total, rules.GradeResults[g], rescaling);
                return Result<Scorecard>.OfInput(card, card.Warnings);
            }
        }

        ReportNoGrade(total);
        return Failed();
    }

    /// <summary>
    /// A leaf's rounded score: its raw score, scaled by any weight moved onto it; or, not assessed, full marks or none, as
    /// its fallback says.
    /// </summary>
    private decimal ScoreOf(IndicatorPlan leaf, decimal raw)
    {
        var rounding = Definition.Rounding;
        if (HeadOf(leaf) is { } head)
        {
            return StatusOf(head) == IndicatorStatus.NotAssessed && head.Definition.Fallback!.Kind == FallbackKind.FullMarks ? rounding.Apply(EffectiveOf(leaf)) : rounding.Apply(0m);
        }

        return rounding.Apply(effective is null || effective[leaf.Index] == leaf.Weight ? raw : OnReceivedWeight(leaf, raw, effective[leaf.Index]));
    }

    /// <summary>
    /// An assessed leaf's score, before rounding, on an effective weight other than its declared one, by the rule set's
    /// <see cref="RuleSet.ReceivedWeight"/>: scaled, or the effective weight less the points lost on the declared weight.
    /// </summary>
    private decimal OnReceivedWeight(IndicatorPlan leaf, decimal raw, decimal effectiveWeight)
        => Definition.ReceivedWeight == ReceivedWeightRule.KeepDeduction
            ? Math.Max(0m, effectiveWeight - (leaf.Weight - raw))
            : raw * effectiveWeight / leaf.Weight;

    /// <summary>Evaluates a number formula; reports missing inputs and arithmetic errors and returns <see langword="null"/>.</summary>
    private decimal? Number(CompiledFormula formula, string? indicatorId, DiagnosticMessage role)
    {
        if (!Available(formula, indicatorId, role))
        {
            return null;
        }

        try
        {
            return formula.EvaluateNumber(Frame);
        }
        catch (Exception ex) when (ex is DivideByZeroException or OverflowException)
        {
            ReportArithmetic(ex, formula, indicatorId, role);
            return null;
        }
    }

    /// <summary>Evaluates a condition; reports missing inputs and arithmetic errors and returns <see langword="null"/>.</summary>
    private bool? Boolean(CompiledFormula formula, string? indicatorId, DiagnosticMessage role)
    {
        if (!Available(formula, indicatorId, role))
        {
            return null;
        }

        try
        {
            return formula.EvaluateBoolean(Frame);
        }
        catch (Exception ex) when (ex is DivideByZeroException or OverflowException)
        {
            ReportArithmetic(ex, formula, indicatorId, role);
            return null;
        }
    }

    /// <summary>Reads the judgement of a judgement indicator from the input.</summary>
    private decimal? Judge(IndicatorPlan indicator)
    {
        if (judgements?[indicator.JudgementSlot] is { Given: true, Reasoned: true } judgement && judgement.Score >= 0m && judgement.Score <= indicator.Weight)
        {
            return judgement.Score;
        }

        ReportJudgement(indicator);
        return null;
    }

    private Result<Scorecard> Failed() => Result<Scorecard>.OfInput(null, sink!.Sorted());

    /// <summary>
    /// Makes a symbol's value present: an input is present when given; a metric is computed on first need, after the
    /// metrics it reads. Returns <see langword="false"/> when a needed input is missing or the arithmetic failed.
    /// </summary>
    private bool Ensure(Symbol symbol) => Frame.Present[symbol.Index] || Compute(symbol);

    private bool Compute(Symbol symbol)
    {
        var i = symbol.Index;
        if (!symbol.IsMetric || metricFailures?[i] is not null)
        {
            return false; // An input not given, or a metric whose arithmetic failed before.
        }

        var formula = rules.MetricFormulas[i]!;
        var ready = true;
        foreach (var dependency in formula.Reads)
        {
            ready &= Ensure(dependency);
        }

        if (!ready)
        {
            return false;
        }

        try
        {
            switch (formula.Kind)
            {
                case ValueKind.Number:
                    Frame.Numbers[i] = formula.EvaluateNumber(Frame);
                    break;
                case ValueKind.Boolean:
                    Frame.Booleans[i] = formula.EvaluateBoolean(Frame);
                    break;
                default:
                    Frame.Texts[i] = formula.EvaluateText(Frame);
                    break;
            }

            Frame.Present[i] = true;
        }
        catch (Exception ex) when (ex is DivideByZeroException or OverflowException)
        {
            (metricFailures ??= new Exception?[rules.Symbols.Count])[i] = ex;
        }

        return Frame.Present[i];
    }

    private bool Available(CompiledFormula formula, string? indicatorId, DiagnosticMessage role)
    {
        var all = true;
        foreach (var symbol in formula.Reads)
        {
            all &= Ensure(symbol);
        }

        if (!all)
        {
            ReportUnavailable(formula, indicatorId, role);
        }

        return all;
    }

    private void RunChecks()
    {
        foreach (var check in rules.Checks)
        {
            var formula = check.Assertion;
            var ready = true;
            foreach (var symbol in formula.Reads)
            {
                ready &= Ensure(symbol);
            }

            if (!ready)
            {
                continue; // A check whose optional inputs are absent, or whose metrics cannot be computed, is skipped.
            }

            try
            {
                if (!formula.EvaluateBoolean(Frame))
                {
                    ReportCheckFailed(check);
                }
            }
            catch (Exception ex) when (ex is DivideByZeroException or OverflowException)
            {
                // A check only ever warns; one that cannot be computed warns too.
                ReportArithmetic(ex, formula, null, Messages.CheckRole.With(check.Definition.Id), DiagnosticSeverity.Warning);
            }
        }
    }

    /// <summary>
    /// Decides which indicators are assessed: every one is, unless it or one it belongs to has a condition that is
    /// false. Conditions are evaluated in tree order, so an indicator's fate is decided by the outermost one.
    /// </summary>
    private void DecideApplicability()
    {
        foreach (var plan in rules.Conditional)
        {
            if (HeadOf(plan) is not null)
            {
                continue; // Inside an indicator that is not assessed.
            }

            var applies = Boolean(plan.AppliesWhen!, plan.Id, Messages.AppliesWhen.With());
            for (var i = plan.Index; i < plan.End; i++)
            {
                if (applies is false)
                {
                    (heads ??= new IndicatorPlan?[rules.All.Length])[i] = plan;
                }
                else if (applies is null)
                {
                    // Reported; counted as assessed so weights still add up, but neither it nor anything inside it is scored.
                    (undecided ??= new bool[rules.All.Length])[i] = true;
                }
            }
        }
    }

    private void WarnIgnoredJudgements()
    {
        if (judgements is null)
        {
            return;
        }

        foreach (var plan in rules.ConditionallyJudged)
        {
            if (judgements[plan.JudgementSlot] is { Given: true } judgement && HeadOf(plan) is not null)
            {
                WarnIgnoredJudgement(plan, judgement);
            }
        }
    }

    /// <summary>Gets the outermost not-assessed indicator an indicator is in (itself included), or <see langword="null"/> when it is assessed.</summary>
    private IndicatorPlan? HeadOf(IndicatorPlan plan) => heads?[plan.Index];

    private static IndicatorStatus StatusOf(IndicatorPlan head) => head.Definition.Fallback!.Kind is FallbackKind.MoveTo or FallbackKind.Spread
        ? IndicatorStatus.Redistributed
        : IndicatorStatus.NotAssessed;
}
