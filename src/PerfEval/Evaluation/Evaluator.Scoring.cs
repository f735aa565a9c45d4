using System;
using PerfEval.Compilation;
using PerfEval.Formulas;
using PerfEval.Results;

namespace PerfEval.Evaluation;

/// <content>Scoring methods: each leaf's raw score on its declared weight and, when wanted, how it was reached.</content>
internal sealed partial class Evaluator
{
    /// <summary>Scores a leaf by its method on its declared weight; returns <see langword="null"/> after reporting an error.</summary>
    private decimal? Score(IndicatorPlan indicator, MethodPlan method)
    {
        switch (method)
        {
            case FormulaPlan formula:
                var value = Number(formula.Score, indicator.Id, Messages.TheScore.With());
                if (value is { } raw && (raw < 0m || raw > indicator.Weight))
                {
                    ReportScoreOutOfRange(indicator, formula, raw);
                    return null;
                }

                return value;
            case BandsPlan bands:
                if (Number(bands.Value, indicator.Id, Messages.TheBandedValue.With()) is not { } x)
                {
                    return null;
                }

                if (bands.Find(x) is { } band)
                {
                    return band.Points;
                }

                ReportNoBand(indicator, bands, x);
                return null;
            case DeductionPlan deduction:
                return Number(deduction.Value, indicator.Id, Messages.TheMeasuredValue.With()) is { } measured ? deduction.Deduct(measured, indicator.Weight).Raw : null;
            case ChecklistPlan checklist:
                var total = 0m;
                for (var i = 0; i < checklist.Criteria.Length; i++)
                {
                    var (criterion, met) = checklist.Criteria[i];
                    if (Boolean(met, indicator.Id, checklist.Roles[i]) is not { } isMet)
                    {
                        return null;
                    }

                    total += isMet ? criterion.Points : 0m;
                }

                return total;
            case PassFailPlan passFail:
                return Boolean(passFail.Condition, indicator.Id, Messages.TheCondition.With()) is { } passed ? (passed ? indicator.Weight : 0m) : null;
            case JudgementPlan:
                return Judge(indicator);
            case RowsPlan rows:
                return ScoreRows(indicator, rows);
            default:
                var alternatives = (AlternativesPlan)method;
                for (var i = 0; i < alternatives.Options.Length; i++)
                {
                    var (_, when, plan) = alternatives.Options[i];
                    if (when is not null)
                    {
                        if (Boolean(when, indicator.Id, alternatives.Roles[i]) is not { } chosen)
                        {
                            return null;
                        }

                        if (!chosen)
                        {
                            continue;
                        }
                    }

                    return Score(indicator, plan);
                }

                ReportNoAlternative(indicator);
                return null;
        }
    }

    /// <summary>Says how <paramref name="raw"/>, which <see cref="Score"/> gave for the same values, was reached.</summary>
    private Explanation Explain(IndicatorPlan indicator, MethodPlan method, decimal raw)
    {
        switch (method)
        {
            case FormulaPlan formula:
                return new() { Formula = formula.Score.Source.Text, Substituted = Result(formula.Score, raw), RawScore = raw };
            case BandsPlan bands:
            {
                var x = bands.Value.EvaluateNumber(Frame);
                var band = bands.Find(x)!;
                return new() { Formula = bands.Value.Source.Text, Substituted = Result(bands.Value, x), RawScore = raw, Measured = x, Band = new BandHit(band.Range, band.Points, bands.Unit) };
            }

            case DeductionPlan deduction:
            {
                var x = deduction.Value.EvaluateNumber(Frame);
                var d = deduction.Definition;
                var (beyond, units, deducted, _) = deduction.Deduct(x, indicator.Weight);
                var count = new DeductionCount(d.Direction, d.Threshold, beyond, d.Per, d.Counting, units, d.Points, deducted, deducted >= indicator.Weight);
                return new() { Formula = deduction.Value.Source.Text, Substituted = Result(deduction.Value, x), RawScore = raw, Measured = x, Deduction = count };
            }

            case ChecklistPlan checklist:
                return new() { RawScore = raw, Criteria = Array.ConvertAll(checklist.Criteria, c => new CriterionResult(c.Criterion.Id, c.Criterion.Name, c.Criterion.Points, c.Met.EvaluateBoolean(Frame))) };
            case PassFailPlan passFail:
            {
                var condition = passFail.Condition;
                var passed = condition.EvaluateBoolean(Frame);
                var outcome = passed ? "true" : "false";
                var substituted = FormulaPrinter.IsAtom(condition) ? outcome : FormulaPrinter.Substitute(condition, Frame) + " = " + outcome;
                return new() { Formula = condition.Source.Text, Substituted = substituted, RawScore = raw, Passed = passed };
            }

            case JudgementPlan:
                return new() { RawScore = raw, Reason = judgements![indicator.JudgementSlot].Reason };
            case RowsPlan rows:
                return new() { RawScore = raw, Rows = ExplainRows(rows) };
            default:
            {
                var alternatives = (AlternativesPlan)method;
                var i = 0;
                while (alternatives.Options[i].When is { } condition && !condition.EvaluateBoolean(Frame))
                {
                    i++; // Scoring chose an option, so one applies.
                }

                var (option, when, plan) = alternatives.Options[i];
                var explanation = Explain(indicator, plan, raw);
                explanation.Option = new OptionChosen(i + 1, option.Name, plan.Kind, when?.Source.Text);
                return explanation;
            }
        }
    }

    /// <summary>A formula with its figures and result; a lone name or number shows the result alone.</summary>
    private string Result(CompiledFormula formula, decimal value)
        => FormulaPrinter.IsAtom(formula) ? FormulaPrinter.Number(value) : FormulaPrinter.Substitute(formula, Frame) + " = " + FormulaPrinter.Number(value);
}
