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
    private void WarnIgnoredJudgement(IndicatorPlan plan, in BoundJudgement judgement)
        => Sink.Warning(Codes.UnexpectedJudgement, Messages.JudgementIgnored.With(plan.Id, plan.Definition.Name), judgement.Line, judgement.Column, plan.Id);

    /// <summary>Warns of a failed check, with the figures it compared.</summary>
    private void ReportCheckFailed(CheckPlan check)
    {
        var formula = check.Assertion;
        var detail = check.Left is { } left && check.Right is { } right
            ? Messages.CheckSides.With(Side(left), FormulaPrinter.Number(left.EvaluateNumber(Frame)), Side(right), FormulaPrinter.Number(right.EvaluateNumber(Frame)))
            : Messages.CheckFalse.With(FormulaPrinter.Substitute(formula, Frame));
        Sink.Add(new Diagnostic(Codes.CheckFailed, DiagnosticSeverity.Warning, Messages.CheckFailed.With(check.Definition.Message, detail, check.Definition.Id, formula.Source.Text), Sink.File));

        // A side that is one name shows the name (in Chinese as the rule set describes it); anything else shows its figures.
        object Side(CompiledFormula side) => side.Reads.Length == 1 && FormulaPrinter.IsAtom(side)
            ? new DescribedName(side.Reads[0].Name, Definition.DescribedName(side.Reads[0].Name))
            : FormulaPrinter.Substitute(side, Frame);
    }

    private void ReportScoreOutOfRange(IndicatorPlan indicator, FormulaPlan formula, decimal raw)
        => Sink.Error(Codes.ScoreOutOfRange, Messages.ScoreOutOfRange.With(indicator.Id, FormulaPrinter.Number(raw), indicator.Weight, Result(formula.Score, raw)), formula.Score.Source.Position, indicator.Id);

    private void ReportNoBand(IndicatorPlan indicator, BandsPlan bands, decimal x)
        => Sink.Error(Codes.NoBandMatched, Messages.NoBandMatched.With(indicator.Id, Result(bands.Value, x), NameList.Of(bands.Bands.Select(b => b.Range.ToString()))), bands.Definition.Position, indicator.Id);

    private void ReportNoAlternative(IndicatorPlan indicator)
        => Sink.Error(Codes.NoAlternativeMatched, Messages.NoAlternativeMatched.With(indicator.Id), indicator.Definition.Method!.Position, indicator.Id);

    private void ReportWeightOverflow()
        => Sink.Error(Codes.ArithmeticOverflow, Messages.OverflowMovingWeight.With(), Definition.Position);

    private void ReportNoGrade(decimal total)
        => Sink.Error(Codes.GradeLayout, Messages.NoGradeForScore.With(total, Definition.Id), Definition.Position);

    private void ReportNothingAssessedAt(IndicatorPlan head, IndicatorPlan target)
        => Sink.Error(Codes.FallbackTarget, Messages.NothingAssessedAt.With(head.Id, target.Id), head.Definition.Fallback!.Position, head.Id);

    private void ReportNoSiblingAssessed(IndicatorPlan head)
        => Sink.Error(Codes.FallbackTarget, Messages.NoSiblingAssessed.With(head.Id), head.Definition.Fallback!.Position, head.Id);

    /// <summary>Says why <see cref="Judge"/> turned down an indicator's judgement (kept apart, so judging stays small).</summary>
    private void ReportJudgement(IndicatorPlan indicator)
    {
        var id = indicator.Id;
        var judgement = judgements?[indicator.JudgementSlot] ?? default;
        if (!judgement.Given)
        {
            Sink.Error(Codes.MissingJudgement, Messages.MissingJudgement.With(id, indicator.Definition.Name), 0, 0, id);
        }
        else if (judgement.Score < 0m || judgement.Score > indicator.Weight)
        {
            Sink.Error(Codes.JudgementOutOfRange, Messages.JudgementOutOfRange.With(id, judgement.Score, indicator.Weight), judgement.Line, judgement.Column, id);
        }
        else
        {
            Sink.Error(Codes.JudgementWithoutReason, Messages.JudgementWithoutReason.With(id), judgement.Line, judgement.Column, id);
        }
    }

    /// <summary>Reports why a formula cannot be evaluated: a missing input, or a metric that could not be computed.</summary>
    private void ReportUnavailable(CompiledFormula formula, string? indicatorId, DiagnosticMessage role)
    {
        foreach (var symbol in formula.Symbols.Where(s => !Ensure(s)))
        {
            if (FailedMetricOf(symbol) is { } failed)
            {
                if ((reportedMetrics ??= new HashSet<string>(StringComparer.Ordinal)).Add(failed.Name))
                {
                    var users = rules.UsersOf(failed.Name);
                    ReportArithmetic(metricFailures![failed.Index]!, rules.MetricFormulas[failed.Index]!, indicatorId, users.Count == 0 ? Messages.MetricRole.With(failed.Name) : Messages.MetricUsedByRole.With(failed.Name, NameList.QuotedOf(users)));
                }

                continue;
            }

            var missing = symbol.IsMetric ? MissingInputsOf(symbol) : new List<string> { symbol.Name };
            var what = symbol.IsMetric
                ? (missing.Count == 1 ? Messages.MetricWithoutInput : Messages.MetricWithoutInputs).With(symbol.Name, NameList.QuotedOf(missing))
                : Messages.InputNamed.With(symbol.Name);
            Sink.Error(Codes.InputUnavailable, Messages.InputUnavailable.With(role, indicatorId, what), FormulaCompiler.PositionOf(formula.Source, symbol.Name), indicatorId);
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
    private void ReportOverflow(IndicatorPlan plan, DiagnosticMessage? where)
    {
        where ??= Messages.OverflowInMethod.With(plan.Method!.Kind);
        Sink.Error(Codes.ArithmeticOverflow, Messages.OverflowInIndicator.With(plan.Id, where), plan.Definition.Position, plan.Id);
    }

    private void ReportArithmetic(Exception ex, CompiledFormula formula, string? indicatorId, DiagnosticMessage role, DiagnosticSeverity severity = DiagnosticSeverity.Error)
    {
        var substituted = FormulaPrinter.Substitute(formula, Frame);
        var zeros = formula.Symbols.Where(s => s.Kind == ValueKind.Number && Frame.Present[s.Index] && Frame.Numbers[s.Index] == 0).Select(s => $"{s.Name} = 0").ToList();
        var message = ex is DivideByZeroException
            ? (zeros.Count == 0 ? Messages.DivisionByZero : Messages.DivisionByZeroOf).With(role, formula.Source.Text, substituted, NameList.Of(zeros))
            : Messages.OverflowInFormula.With(role, formula.Source.Text, substituted);
        var at = formula.Source.Position;
        Sink.Add(new Diagnostic(ex is DivideByZeroException ? Codes.DivisionByZero : Codes.ArithmeticOverflow, severity, message, at.File, at.Line, at.Column, indicatorId));
    }
}
