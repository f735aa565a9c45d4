using System;
using System.Collections.Generic;
using System.Linq;
using PerfEval.Formulas;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Evaluation;

/// <summary>
/// A scoring method compiled for evaluation. One small sealed type per method, below. Scoring computes the raw score
/// alone; when explanations are wanted, <see cref="Explain"/> says how it was reached, as data, from the same values.
/// </summary>
internal abstract class MethodPlan
{
    public abstract string Kind { get; }

    public abstract IEnumerable<CompiledFormula> Formulas { get; }

    /// <summary>Scores on the declared weight; returns <see langword="null"/> after reporting an error.</summary>
    public abstract decimal? Score(Evaluator run, IndicatorPlan indicator);

    /// <summary>Says how <paramref name="raw"/>, which <see cref="Score"/> returned for the same values, was reached.</summary>
    public abstract Explanation Explain(Evaluator run, IndicatorPlan indicator, decimal raw);

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

    public override Explanation Explain(Evaluator run, IndicatorPlan indicator, decimal raw)
        => new() { Formula = score.Source.Text, Substituted = Result(score, run.Frame, raw), RawScore = raw };
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

    public override Explanation Explain(Evaluator run, IndicatorPlan indicator, decimal raw)
    {
        var x = value.EvaluateNumber(run.Frame);
        var band = Find(x)!;
        return new() { Formula = value.Source.Text, Substituted = Result(value, run.Frame, x), RawScore = raw, Measured = x, Band = new BandHit(band.Range.ToString(), band.Points) };
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

    public override Explanation Explain(Evaluator run, IndicatorPlan indicator, decimal raw)
    {
        var x = value.EvaluateNumber(run.Frame);
        var d = definition;
        var (beyond, units, deducted, _) = Deduct(x, indicator.Weight);
        var count = new DeductionCount(d.Direction, d.Threshold, beyond, d.Per, d.Counting, units, d.Points, deducted, deducted >= indicator.Weight);
        return new() { Formula = value.Source.Text, Substituted = Result(value, run.Frame, x), RawScore = raw, Measured = x, Deduction = count };
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

    public override Explanation Explain(Evaluator run, IndicatorPlan indicator, decimal raw)
        => new() { RawScore = raw, Criteria = Array.ConvertAll(criteria, c => new CriterionResult(c.Criterion.Id, c.Criterion.Name, c.Criterion.Points, c.Met.EvaluateBoolean(run.Frame))) };
}

internal sealed class PassFailPlan : MethodPlan
{
    private readonly CompiledFormula condition;

    public PassFailPlan(CompiledFormula condition) => this.condition = condition;

    public override string Kind => "pass_fail";

    public override IEnumerable<CompiledFormula> Formulas => new[] { condition };

    public override decimal? Score(Evaluator run, IndicatorPlan indicator)
        => run.Boolean(condition, indicator.Id, "the condition") is { } passed ? (passed ? indicator.Weight : 0m) : null;

    public override Explanation Explain(Evaluator run, IndicatorPlan indicator, decimal raw)
    {
        var passed = condition.EvaluateBoolean(run.Frame);
        var outcome = passed ? "true" : "false";
        var substituted = FormulaPrinter.IsAtom(condition) ? outcome : FormulaPrinter.Substitute(condition, run.Frame) + " = " + outcome;
        return new() { Formula = condition.Source.Text, Substituted = substituted, RawScore = raw, Passed = passed };
    }
}

internal sealed class JudgementPlan : MethodPlan
{
    public override string Kind => "judgement";

    public override IEnumerable<CompiledFormula> Formulas => Array.Empty<CompiledFormula>();

    public override decimal? Score(Evaluator run, IndicatorPlan indicator) => run.Judge(indicator);

    public override Explanation Explain(Evaluator run, IndicatorPlan indicator, decimal raw)
        => new() { RawScore = raw, Reason = run.ReasonOf(indicator) };
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

    public override Explanation Explain(Evaluator run, IndicatorPlan indicator, decimal raw)
    {
        var i = 0;
        while (options[i].When is { } condition && !condition.EvaluateBoolean(run.Frame))
        {
            i++; // Scoring chose an option, so one applies.
        }

        var (option, when, plan) = options[i];
        var explanation = plan.Explain(run, indicator, raw);
        explanation.Option = new OptionChosen(i + 1, option.Name, plan.Kind, when?.Source.Text);
        return explanation;
    }
}
