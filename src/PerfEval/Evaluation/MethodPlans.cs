using System;
using System.Collections.Generic;
using System.Linq;
using PerfEval.Formulas;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Evaluation;

/// <summary>A scoring method compiled for evaluation. One small sealed type per method, below.</summary>
internal abstract class MethodPlan
{
    public abstract string Kind { get; }

    public abstract IEnumerable<CompiledFormula> Formulas { get; }

    /// <summary>Scores on the declared weight; returns <see langword="null"/> after reporting an error.</summary>
    public abstract MethodOutcome? Score(Evaluator run, IndicatorPlan indicator);

    protected static string Result(CompiledFormula formula, Evaluator run, decimal value) => Result(formula, run.Frame, value);

    protected static string Result(CompiledFormula formula, ValueFrame frame, decimal value)
        => FormulaPrinter.IsAtom(formula) ? FormulaPrinter.Number(value) : FormulaPrinter.Substitute(formula, frame) + " = " + FormulaPrinter.Number(value);
}

internal sealed class FormulaPlan : MethodPlan
{
    private readonly CompiledFormula score;

    public FormulaPlan(CompiledFormula score) => this.score = score;

    public override string Kind => "formula";

    public override IEnumerable<CompiledFormula> Formulas => new[] { score };

    public override MethodOutcome? Score(Evaluator run, IndicatorPlan indicator)
    {
        var value = run.Number(score, indicator.Id, "the score");
        if (value is null)
        {
            return null;
        }

        if (value < 0 || value > indicator.Weight)
        {
            run.Sink.Error(Codes.ScoreOutOfRange, $"The formula of indicator '{indicator.Id}' gives {FormulaPrinter.Number(value.Value)}, outside [0, {DiagnosticText.Number(indicator.Weight)}]: {Result(score, run, value.Value)}. Cap it in the formula, e.g. Min(weight, …) or Max(0, …).", score.Source.Position, indicator.Id);
            return null;
        }

        var frame = run.Frame;
        var raw = value.Value;
        return new MethodOutcome(raw, score.Source.Text, () => Result(score, frame, raw), null);
    }
}

internal sealed class BandsPlan : MethodPlan
{
    private readonly CompiledFormula value;
    private readonly BandsMethod definition;

    public BandsPlan(CompiledFormula value, BandsMethod definition)
    {
        this.value = value;
        this.definition = definition;
    }

    public override string Kind => "bands";

    public override IEnumerable<CompiledFormula> Formulas => new[] { value };

    public override MethodOutcome? Score(Evaluator run, IndicatorPlan indicator)
    {
        var measured = run.Number(value, indicator.Id, "the banded value");
        if (measured is null)
        {
            return null;
        }

        var x = measured.Value;
        Band? band = null;
        foreach (var candidate in definition.Bands)
        {
            if (candidate.Range.Contains(x))
            {
                band = candidate;
                break;
            }
        }

        if (band is null)
        {
            run.Sink.Error(Codes.NoBandMatched, $"The value of indicator '{indicator.Id}' ({Result(value, run, x)}) falls in none of its bands: {string.Join(", ", definition.Bands.Select(b => b.Range))}.", definition.Position, indicator.Id);
            return null;
        }

        var frame = run.Frame;
        return new MethodOutcome(band.Points, value.Source.Text, () => Result(value, frame, x), () => $"value {FormulaPrinter.Number(x)} lies in {band.Range}: {DiagnosticText.Number(band.Points)} points");
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

    public override MethodOutcome? Score(Evaluator run, IndicatorPlan indicator)
    {
        var measured = run.Number(value, indicator.Id, "the measured value");
        if (measured is null)
        {
            return null;
        }

        var d = definition;
        var beyond = d.Direction == DeductionDirection.Above ? measured.Value - d.Threshold : d.Threshold - measured.Value;
        var units = beyond <= 0 ? 0m : beyond / d.Per;
        units = d.Counting switch
        {
            DeductionCounting.Whole => Math.Floor(units),
            DeductionCounting.Started => Math.Ceiling(units),
            _ => units,
        };

        var deducted = units * d.Points;
        var raw = Math.Max(0m, indicator.Weight - deducted);
        var x = measured.Value;
        var weight = indicator.Weight;
        var frame = run.Frame;
        string Explain()
        {
            var side = d.Direction == DeductionDirection.Above ? "above" : "below";
            return beyond <= 0
                ? $"value {FormulaPrinter.Number(x)} is not {side} the threshold {DiagnosticText.Number(d.Threshold)}: nothing deducted"
                : $"value {FormulaPrinter.Number(x)} is {FormulaPrinter.Number(beyond)} {side} the threshold {DiagnosticText.Number(d.Threshold)}: "
                  + $"{FormulaPrinter.Number(units)} {(d.Counting == DeductionCounting.Whole ? "whole " : d.Counting == DeductionCounting.Started ? "started " : string.Empty)}unit(s) of {DiagnosticText.Number(d.Per)} × {DiagnosticText.Number(d.Points)} = {FormulaPrinter.Number(deducted)} deducted"
                  + (deducted >= weight ? ", floored at 0" : string.Empty);
        }

        return new MethodOutcome(raw, value.Source.Text, () => Result(value, frame, x), Explain);
    }
}

internal sealed class ChecklistPlan : MethodPlan
{
    private readonly IReadOnlyList<(ChecklistCriterion Criterion, CompiledFormula Met)> criteria;

    private readonly string[] roles;

    public ChecklistPlan(IReadOnlyList<(ChecklistCriterion Criterion, CompiledFormula Met)> criteria)
    {
        this.criteria = criteria;
        roles = criteria.Select(c => $"criterion '{c.Criterion.Id}'").ToArray();
    }

    public override string Kind => "checklist";

    public override IEnumerable<CompiledFormula> Formulas => criteria.Select(c => c.Met);

    public override MethodOutcome? Score(Evaluator run, IndicatorPlan indicator)
    {
        var total = 0m;
        var results = new bool[criteria.Count];
        for (var i = 0; i < criteria.Count; i++)
        {
            var (criterion, met) = criteria[i];
            var isMet = run.Boolean(met, indicator.Id, roles[i]);
            if (isMet is null)
            {
                return null;
            }

            results[i] = isMet.Value;
            total += isMet.Value ? criterion.Points : 0m;
        }

        return new MethodOutcome(total, null, null, () => string.Join("; ", criteria.Select((c, i) => $"{(results[i] ? "✓" : "✗")} {c.Criterion.Name} ({DiagnosticText.Number(results[i] ? c.Criterion.Points : 0m)}/{DiagnosticText.Number(c.Criterion.Points)})")));
    }
}

internal sealed class PassFailPlan : MethodPlan
{
    private readonly CompiledFormula condition;

    public PassFailPlan(CompiledFormula condition) => this.condition = condition;

    public override string Kind => "pass_fail";

    public override IEnumerable<CompiledFormula> Formulas => new[] { condition };

    public override MethodOutcome? Score(Evaluator run, IndicatorPlan indicator)
    {
        var passed = run.Boolean(condition, indicator.Id, "the condition");
        if (passed is null)
        {
            return null;
        }

        var outcome = passed.Value ? "true" : "false";
        var frame = run.Frame;
        return new MethodOutcome(
            passed.Value ? indicator.Weight : 0m,
            condition.Source.Text,
            () => FormulaPrinter.IsAtom(condition) ? outcome : FormulaPrinter.Substitute(condition, frame) + " = " + outcome,
            passed.Value ? static () => "condition met: full points" : static () => "condition not met: no points");
    }
}

internal sealed class JudgementPlan : MethodPlan
{
    public override string Kind => "judgement";

    public override IEnumerable<CompiledFormula> Formulas => Array.Empty<CompiledFormula>();

    public override MethodOutcome? Score(Evaluator run, IndicatorPlan indicator) => run.Judge(indicator);
}

internal sealed class AlternativesPlan : MethodPlan
{
    private readonly IReadOnlyList<(Alternative Option, CompiledFormula? When, MethodPlan Plan)> options;

    private readonly string[] roles;

    public AlternativesPlan(IReadOnlyList<(Alternative Option, CompiledFormula? When, MethodPlan Plan)> options)
    {
        this.options = options;
        roles = options.Select((_, i) => $"the condition of option {i + 1}").ToArray();
    }

    public override string Kind => "alternatives";

    public override IEnumerable<CompiledFormula> Formulas => options.SelectMany(o => (o.When is null ? Enumerable.Empty<CompiledFormula>() : new[] { o.When }).Concat(o.Plan.Formulas));

    public override MethodOutcome? Score(Evaluator run, IndicatorPlan indicator)
    {
        for (var i = 0; i < options.Count; i++)
        {
            var (option, when, plan) = options[i];
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

            var outcome = plan.Score(run, indicator);
            if (outcome is null)
            {
                return null;
            }

            var label = option.Name ?? $"option {i + 1}";
            var why = when is null ? "otherwise" : $"when {when.Source.Text}";
            var inner = outcome.Explanation;
            return new MethodOutcome(outcome.Raw, outcome.Formula, outcome.Substituted, () => $"{label} ({plan.Kind}, {why})" + (inner?.Invoke() is { } text ? ": " + text : string.Empty), outcome.Reason);
        }

        run.Sink.Error(Codes.NoAlternativeMatched, $"No option of indicator '{indicator.Id}' applies; add an unconditional last option or widen the conditions.", indicator.Definition.Method!.Position, indicator.Id);
        return null;
    }
}
