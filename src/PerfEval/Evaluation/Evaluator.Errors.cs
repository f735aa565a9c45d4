using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using PerfEval.Compilation;
using PerfEval.Formulas;
using PerfEval.Inputs;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Evaluation;

/// <content>How each error of an evaluation is worded: kept apart from the loops that find nothing wrong.</content>
internal sealed partial class Evaluator
{
    private void WarnIgnoredJudgement(IndicatorPlan plan, Judgement judgement)
        => Sink.Warning(Codes.UnexpectedJudgement, $"The judgement for '{plan.Id}' is ignored: the indicator is not assessed.", judgement.Line, judgement.Column, plan.Id);

    /// <summary>Warns of a failed check, with the figures it compared.</summary>
    private void ReportCheckFailed(CheckPlan check)
    {
        var formula = check.Assertion;
        var detail = check.Left is { } left && check.Right is { } right
            ? $"{Side(left)} = {FormulaPrinter.Number(left.EvaluateNumber(Frame))}, {Side(right)} = {FormulaPrinter.Number(right.EvaluateNumber(Frame))}"
            : FormulaPrinter.Substitute(formula, Frame) + " is false";
        Sink.Add(new Diagnostic(Codes.CheckFailed, DiagnosticSeverity.Warning, $"{check.Definition.Message}: {detail} (check '{check.Definition.Id}': {formula.Source.Text})", Sink.File));

        // A side that is one name shows the name; anything else shows its figures.
        string Side(CompiledFormula side) => side.Reads.Length == 1 && FormulaPrinter.IsAtom(side) ? side.Reads[0].Name : FormulaPrinter.Substitute(side, Frame);
    }

    private void ReportScoreOutOfRange(IndicatorPlan indicator, FormulaPlan formula, decimal raw)
        => Sink.Error(Codes.ScoreOutOfRange, $"The formula of indicator '{indicator.Id}' gives {FormulaPrinter.Number(raw)}, outside [0, {DiagnosticText.Number(indicator.Weight)}]: {Result(formula.Score, raw)}. Cap it in the formula, e.g. Min(weight, …) or Max(0, …).", formula.Score.Source.Position, indicator.Id);

    private void ReportNoBand(IndicatorPlan indicator, BandsPlan bands, decimal x)
        => Sink.Error(Codes.NoBandMatched, $"The value of indicator '{indicator.Id}' ({Result(bands.Value, x)}) falls in none of its bands: {string.Join(", ", bands.Bands.Select(b => b.Range))}.", bands.Definition.Position, indicator.Id);

    private void ReportNoAlternative(IndicatorPlan indicator)
        => Sink.Error(Codes.NoAlternativeMatched, $"No option of indicator '{indicator.Id}' applies; add an unconditional last option or widen the conditions.", indicator.Definition.Method!.Position, indicator.Id);

    private void ReportWeightOverflow()
        => Sink.Error(Codes.ArithmeticOverflow, "Arithmetic overflow moving the weight of indicators that are not assessed: the weights are beyond the range of decimal.", Definition.Position);

    private void ReportNoGrade(decimal total)
        => Sink.Error(Codes.GradeLayout, $"The total {DiagnosticText.Number(total)} falls in no grade band of rule set '{Definition.Id}'.", Definition.Position);

    private void ReportNothingAssessedAt(IndicatorPlan head, IndicatorPlan target)
        => Sink.Error(Codes.FallbackTarget, $"Indicator '{head.Id}' is not assessed and moves its weight to '{target.Id}', but no indicator inside '{target.Id}' is assessed either.", head.Definition.Fallback!.Position, head.Id);

    private void ReportNoSiblingAssessed(IndicatorPlan head)
        => Sink.Error(Codes.FallbackTarget, $"Indicator '{head.Id}' is not assessed and spreads its weight over its siblings, but none of them is assessed either.", head.Definition.Fallback!.Position, head.Id);

    /// <summary>Says why <see cref="Judge"/> turned down an indicator's judgement (kept apart, so judging stays small).</summary>
    private void ReportJudgement(IndicatorPlan indicator)
    {
        var id = indicator.Id;
        var judgement = judgements?[indicator.JudgementSlot];
        if (judgement is null)
        {
            Sink.Error(Codes.MissingJudgement, $"Indicator '{id}' ({indicator.Definition.Name}) is scored by judgement, but the input gives no judgement for it: add \"{id}\": {{ \"score\": …, \"reason\": \"…\" }} under \"judgements\".", 0, 0, id);
        }
        else if (judgement.Score < 0m || judgement.Score > indicator.Weight)
        {
            Sink.Error(Codes.JudgementOutOfRange, $"The judgement of indicator '{id}' is {DiagnosticText.Number(judgement.Score)}, outside [0, {DiagnosticText.Number(indicator.Weight)}].", judgement.Line, judgement.Column, id);
        }
        else
        {
            Sink.Error(Codes.JudgementWithoutReason, $"The judgement of indicator '{id}' has no written reason.", judgement.Line, judgement.Column, id);
        }
    }

    /// <summary>Reports why a formula cannot be evaluated: a missing input, or a metric that could not be computed.</summary>
    private void ReportUnavailable(CompiledFormula formula, string? indicatorId, string role)
    {
        foreach (var symbol in formula.Symbols.Where(s => !Ensure(s)))
        {
            if (FailedMetricOf(symbol) is { } failed)
            {
                if ((reportedMetrics ??= new HashSet<string>(StringComparer.Ordinal)).Add(failed.Name))
                {
                    var users = rules.UsersOf(failed.Name);
                    ReportArithmetic(metricFailures![failed.Index]!, rules.MetricFormulas[failed.Index]!, indicatorId, $"metric '{failed.Name}'" + (users.Count == 0 ? string.Empty : $" (used by {string.Join(", ", users.Select(u => $"'{u}'"))})"));
                }

                continue;
            }

            var missing = symbol.IsMetric ? MissingInputsOf(symbol) : new List<string> { symbol.Name };
            var what = symbol.IsMetric
                ? $"metric '{symbol.Name}', which cannot be computed without input{(missing.Count == 1 ? string.Empty : "s")} {string.Join(", ", missing.Select(m => $"'{m}'"))}"
                : $"input '{symbol.Name}'";
            Sink.Error(Codes.InputUnavailable, $"{DiagnosticText.Capitalize(role)} of indicator '{indicatorId}' needs {what}, which the input does not give.", FormulaCompiler.PositionOf(formula.Source, symbol.Name), indicatorId);
        }
    }

    /// <summary>Finds the metric whose arithmetic failed behind a symbol, if that is why it has no value.</summary>
    private Symbol? FailedMetricOf(Symbol symbol)
    {
        if (!symbol.IsMetric)
        {
            return null;
        }

        if (metricFailures?[symbol.Index] is not null)
        {
            return symbol;
        }

        return rules.MetricFormulas[symbol.Index]!.Symbols.Select(FailedMetricOf).FirstOrDefault(s => s is not null);
    }

    private List<string> MissingInputsOf(Symbol metric)
    {
        var formula = rules.Metrics.First(m => m.Definition.Name == metric.Name).Formula;
        return formula.Symbols.Where(s => !Frame.Present[s.Index]).SelectMany(s => s.IsMetric ? MissingInputsOf(s) : new List<string> { s.Name }).Distinct().ToList();
    }

    /// <summary>Reports an overflow in an indicator, <paramref name="where"/> in it (<see langword="null"/>: in its method).</summary>
    private void ReportOverflow(IndicatorPlan plan, string? where)
    {
        where ??= $"its {plan.Method!.Kind} method";
        Sink.Error(Codes.ArithmeticOverflow, $"Arithmetic overflow in indicator '{plan.Id}', {where}: a value is beyond the range of decimal.", plan.Definition.Position, plan.Id);
    }

    private void ReportArithmetic(Exception ex, CompiledFormula formula, string? indicatorId, string role, DiagnosticSeverity severity = DiagnosticSeverity.Error)
    {
        var substituted = FormulaPrinter.Substitute(formula, Frame);
        var zeros = formula.Symbols.Where(s => s.Kind == ValueKind.Number && Frame.Present[s.Index] && Frame.Numbers[s.Index] == 0).Select(s => $"{s.Name} = 0").ToList();
        var message = ex is DivideByZeroException
            ? $"Division by zero in {role}: {formula.Source.Text} → {substituted}" + (zeros.Count == 0 ? "." : $" ({string.Join(", ", zeros)}).")
            : $"Arithmetic overflow in {role}: {formula.Source.Text} → {substituted}; a value is beyond the range of decimal.";
        var at = formula.Source.Position;
        Sink.Add(new Diagnostic(ex is DivideByZeroException ? Codes.DivisionByZero : Codes.ArithmeticOverflow, severity, message, at.File, at.Line, at.Column, indicatorId));
    }
}
