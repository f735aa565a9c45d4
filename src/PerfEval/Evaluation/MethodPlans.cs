using System;
using System.Collections.Generic;
using System.Linq;
using PerfEval.Formulas;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Evaluation;

/// <summary>
/// A scoring method compiled for evaluation. One small sealed type per method, below. Scoring computes the raw score
/// alone; how it was reached is worked out only when a scorecard's indicators are read, from the evaluation's values,
/// which by then are fixed, so scoring one input allocates nothing for texts nobody reads.
/// </summary>
internal abstract class MethodPlan
{
    public abstract string Kind { get; }

    public abstract IEnumerable<CompiledFormula> Formulas { get; }

    /// <summary>Scores on the declared weight; returns <see langword="null"/> after reporting an error.</summary>
    public abstract decimal? Score(Evaluator run, IndicatorPlan indicator);

    /// <summary>Says how <paramref name="raw"/>, which <see cref="Score"/> returned for the same values, was reached.</summary>
    public abstract MethodOutcome Explain(Evaluator run, IndicatorPlan indicator, decimal raw);

    protected static string Result(CompiledFormula formula, ValueFrame frame, decimal value)
        => FormulaPrinter.IsAtom(formula) ? FormulaPrinter.Number(value) : FormulaPrinter.Substitute(formula, frame) + " = " + FormulaPrinter.Number(value);
}

internal sealed class FormulaPlan : MethodPlan
{
    private readonly CompiledFormula score;

    public FormulaPlan(CompiledFormula score) => this.score = score;

    public override string Kind => "formula";

    public override IEnumerable<CompiledFormula> Formulas => new[] { score };

    public override decimal? Score(Evaluator run, IndicatorPlan indicator)
    {
        var value = run.Number(score, indicator.Id, "the score");
        if (value is { } raw && (DecimalTests.IsBelowZero(raw) || raw > indicator.Weight))
        {
            OutOfRange(run, indicator, raw);
            return null;
        }

        return value;
    }

    private void OutOfRange(Evaluator run, IndicatorPlan indicator, decimal raw)
    {
        run.Sink.Error(Codes.ScoreOutOfRange, $"The formula of indicator '{indicator.Id}' gives {FormulaPrinter.Number(raw)}, outside [0, {DiagnosticText.Number(indicator.Weight)}]: {Result(score, run.Frame, raw)}. Cap it in the formula, e.g. Min(weight, …) or Max(0, …).", score.Source.Position, indicator.Id);
    }

    public override MethodOutcome Explain(Evaluator run, IndicatorPlan indicator, decimal raw)
    {
        var frame = run.Frame;
        return new MethodOutcome(raw, score.Source.Text, () => Result(score, frame, raw), null);
    }
}

internal sealed class BandsPlan : MethodPlan
{
    private readonly CompiledFormula value;
    private readonly BandsMethod definition;
    private readonly Band[] bands; // An array, so finding a band allocates no enumerator.

    public BandsPlan(CompiledFormula value, BandsMethod definition)
    {
        this.value = value;
        this.definition = definition;
        bands = definition.Bands.ToArray();
    }

    public override string Kind => "bands";

    public override IEnumerable<CompiledFormula> Formulas => new[] { value };

    public override decimal? Score(Evaluator run, IndicatorPlan indicator)
    {
        var measured = run.Number(value, indicator.Id, "the banded value");
        if (measured is not { } x)
        {
            return null;
        }

        if (Find(x) is { } band)
        {
            return band.Points;
        }

        NoBand(run, indicator, x);
        return null;
    }

    private void NoBand(Evaluator run, IndicatorPlan indicator, decimal x)
    {
        run.Sink.Error(Codes.NoBandMatched, $"The value of indicator '{indicator.Id}' ({Result(value, run.Frame, x)}) falls in none of its bands: {string.Join(", ", definition.Bands.Select(b => b.Range))}.", definition.Position, indicator.Id);
    }

    public override MethodOutcome Explain(Evaluator run, IndicatorPlan indicator, decimal raw)
    {
        var frame = run.Frame;
        var x = value.EvaluateNumber(frame);
        var band = Find(x)!;
        return new MethodOutcome(raw, value.Source.Text, () => Result(value, frame, x), () => $"value {FormulaPrinter.Number(x)} lies in {band.Range}: {DiagnosticText.Number(band.Points)} points");
    }

    private Band? Find(decimal x)
    {
        foreach (var band in bands)
        {
            if (band.Range.Contains(x))
            {
                return band;
            }
        }

        return null;
    }
}

internal sealed class DeductionPlan : MethodPlan
{
    private readonly CompiledFormula value;
    private readonly DeductionMethod definition;

    public DeductionPlan(CompiledFormula value, DeductionMethod definition)
    {
        this.value = value;
        this.definition = definition;
    }

    public override string Kind => "deduction";

    public override IEnumerable<CompiledFormula> Formulas => new[] { value };

    public override decimal? Score(Evaluator run, IndicatorPlan indicator)
        => run.Number(value, indicator.Id, "the measured value") is { } x ? Deduct(x, indicator.Weight).Raw : null;

    public override MethodOutcome Explain(Evaluator run, IndicatorPlan indicator, decimal raw)
    {
        var frame = run.Frame;
        var x = value.EvaluateNumber(frame);
        var d = definition;
        var (beyond, units, deducted, _) = Deduct(x, indicator.Weight);
        var weight = indicator.Weight;
        string Explanation()
        {
            var side = d.Direction == DeductionDirection.Above ? "above" : "below";
            return beyond <= 0
                ? $"value {FormulaPrinter.Number(x)} is not {side} the threshold {DiagnosticText.Number(d.Threshold)}: nothing deducted"
                : $"value {FormulaPrinter.Number(x)} is {FormulaPrinter.Number(beyond)} {side} the threshold {DiagnosticText.Number(d.Threshold)}: "
                  + $"{FormulaPrinter.Number(units)} {(d.Counting == DeductionCounting.Whole ? "whole " : d.Counting == DeductionCounting.Started ? "started " : string.Empty)}unit(s) of {DiagnosticText.Number(d.Per)} × {DiagnosticText.Number(d.Points)} = {FormulaPrinter.Number(deducted)} deducted"
                  + (deducted >= weight ? ", floored at 0" : string.Empty);
        }

        return new MethodOutcome(raw, value.Source.Text, () => Result(value, frame, x), Explanation);
    }

    private (decimal Beyond, decimal Units, decimal Deducted, decimal Raw) Deduct(decimal x, decimal weight)
    {
        var d = definition;
        var beyond = d.Direction == DeductionDirection.Above ? x - d.Threshold : d.Threshold - x;
        var units = beyond <= 0 ? 0m : beyond / d.Per;
        units = d.Counting switch
        {
            DeductionCounting.Whole => Math.Floor(units),
            DeductionCounting.Started => Math.Ceiling(units),
            _ => units,
        };

        var deducted = units * d.Points;
        return (beyond, units, deducted, Math.Max(0m, weight - deducted));
    }
}

internal sealed class ChecklistPlan : MethodPlan
{
    private readonly (ChecklistCriterion Criterion, CompiledFormula Met)[] criteria;

    private readonly string[] roles;

    public ChecklistPlan(IReadOnlyList<(ChecklistCriterion Criterion, CompiledFormula Met)> criteria)
    {
        this.criteria = criteria.ToArray();
        roles = criteria.Select(c => $"criterion '{c.Criterion.Id}'").ToArray();
    }

    public override string Kind => "checklist";

    public override IEnumerable<CompiledFormula> Formulas => criteria.Select(c => c.Met);

    public override decimal? Score(Evaluator run, IndicatorPlan indicator)
    {
        var total = 0m;
        for (var i = 0; i < criteria.Length; i++)
        {
            var (criterion, met) = criteria[i];
            var isMet = run.Boolean(met, indicator.Id, roles[i]);
            if (isMet is null)
            {
                return null;
            }

            total += isMet.Value ? criterion.Points : 0m;
        }

        return total;
    }

    public override MethodOutcome Explain(Evaluator run, IndicatorPlan indicator, decimal raw)
    {
        var results = criteria.Select(c => c.Met.EvaluateBoolean(run.Frame)).ToArray();
        return new MethodOutcome(raw, null, null, () => string.Join("; ", criteria.Select((c, i) => $"{(results[i] ? "✓" : "✗")} {c.Criterion.Name} ({DiagnosticText.Number(results[i] ? c.Criterion.Points : 0m)}/{DiagnosticText.Number(c.Criterion.Points)})")));
    }
}

internal sealed class PassFailPlan : MethodPlan
{
    private readonly CompiledFormula condition;

    public PassFailPlan(CompiledFormula condition) => this.condition = condition;

    public override string Kind => "pass_fail";

    public override IEnumerable<CompiledFormula> Formulas => new[] { condition };

    public override decimal? Score(Evaluator run, IndicatorPlan indicator)
        => run.Boolean(condition, indicator.Id, "the condition") is { } passed ? (passed ? indicator.Weight : 0m) : null;

    public override MethodOutcome Explain(Evaluator run, IndicatorPlan indicator, decimal raw)
    {
        var frame = run.Frame;
        var passed = condition.EvaluateBoolean(frame);
        var outcome = passed ? "true" : "false";
        return new MethodOutcome(
            raw,
            condition.Source.Text,
            () => FormulaPrinter.IsAtom(condition) ? outcome : FormulaPrinter.Substitute(condition, frame) + " = " + outcome,
            passed ? static () => "condition met: full points" : static () => "condition not met: no points");
    }
}

internal sealed class JudgementPlan : MethodPlan
{
    public override string Kind => "judgement";

    public override IEnumerable<CompiledFormula> Formulas => Array.Empty<CompiledFormula>();

    public override decimal? Score(Evaluator run, IndicatorPlan indicator) => run.Judge(indicator);

    public override MethodOutcome Explain(Evaluator run, IndicatorPlan indicator, decimal raw)
        => new(raw, null, null, null, run.ReasonOf(indicator));
}

internal sealed class AlternativesPlan : MethodPlan
{
    private readonly (Alternative Option, CompiledFormula? When, MethodPlan Plan)[] options;

    private readonly string[] roles;

    public AlternativesPlan(IReadOnlyList<(Alternative Option, CompiledFormula? When, MethodPlan Plan)> options)
    {
        this.options = options.ToArray();
        roles = options.Select((_, i) => $"the condition of option {i + 1}").ToArray();
    }

    public override string Kind => "alternatives";

    public override IEnumerable<CompiledFormula> Formulas => options.SelectMany(o => (o.When is null ? Enumerable.Empty<CompiledFormula>() : new[] { o.When }).Concat(o.Plan.Formulas));

    public override decimal? Score(Evaluator run, IndicatorPlan indicator)
    {
        for (var i = 0; i < options.Length; i++)
        {
            var (_, when, plan) = options[i];
            if (when is not null)
            {
                var chosen = run.Boolean(when, indicator.Id, roles[i]);
                if (chosen is null)
                {
                    return null;
                }

                if (!chosen.Value)
                {
                    continue;
                }
            }

            return plan.Score(run, indicator);
        }

        run.Sink.Error(Codes.NoAlternativeMatched, $"No option of indicator '{indicator.Id}' applies; add an unconditional last option or widen the conditions.", indicator.Definition.Method!.Position, indicator.Id);
        return null;
    }

    public override MethodOutcome Explain(Evaluator run, IndicatorPlan indicator, decimal raw)
    {
        var i = 0;
        while (options[i].When is { } condition && !condition.EvaluateBoolean(run.Frame))
        {
            i++; // Scoring chose an option, so one applies.
        }

        var (option, when, plan) = options[i];
        var outcome = plan.Explain(run, indicator, raw);
        var label = option.Name ?? $"option {i + 1}";
        var why = when is null ? "otherwise" : $"when {when.Source.Text}";
        var inner = outcome.Explanation;
        return new MethodOutcome(raw, outcome.Formula, outcome.Substituted, () => $"{label} ({plan.Kind}, {why})" + (inner?.Invoke() is { } text ? ": " + text : string.Empty), outcome.Reason);
    }
}
