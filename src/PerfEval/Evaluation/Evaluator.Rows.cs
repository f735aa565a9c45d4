using System;
using System.Globalization;
using PerfEval.Compilation;
using PerfEval.Inputs;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Evaluation;

/// <content>
/// Groups whose rows the input brings: each row scored by its rule (<see cref="RowScoring"/>) and rounded, the group's
/// score the sum of its rows'; rows not assessed either drop out, to be rescaled in the total, or score 0.
/// </content>
internal sealed partial class Evaluator
{
    // The points of rows not assessed under groups that rescale: the total is converted to the full scale over the rest.
    private decimal excludedPoints;

    /// <summary>Scores a group's rows; warns of shortfalls without a reason and of given scores that differ.</summary>
    private decimal ScoreRows(IndicatorPlan indicator, RowsPlan plan)
    {
        var rows = input.Rows![plan.Slot];
        if (rows.Length == 0)
        {
            // Binding let an empty group under a condition pass; it is assessed, so it needs its rows.
            Sink.Error(Codes.RowNotScorable, Messages.RowGroupEmpty.With(indicator.Id, indicator.Definition.Name), indicator.Definition.Position, indicator.Id);
            return 0m;
        }

        var total = 0m;
        foreach (var row in rows)
        {
            var (score, raw) = ScoreRow(row);
            total += score;
            if (raw is null)
            {
                excludedPoints += plan.Group.Fallback == RowFallback.Rescale ? row.Row.Points : 0m;
                continue;
            }

            if (score < row.Row.Points && string.IsNullOrWhiteSpace(row.Row.Reason))
            {
                Sink.Warning(Codes.RowShortfallWithoutReason, Messages.RowShortfallWithoutReason.With(row.Label, Shown(score), Shown(row.Row.Points)), row.Row, indicator.Id);
            }

            if (row.Rule is not null && row.Row.Score is { } given && given != score)
            {
                Sink.Warning(Codes.RowScoreDiffers, Messages.RowScoreDiffers.With(row.Label, Shown(given), Shown(score)), row.Row, indicator.Id);
            }
        }

        return total;
    }

    private string Shown(decimal points) => points.ToString("F" + Definition.Rounding.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A row's score rounded, and before rounding; a row not assessed scores 0 with no raw score.</summary>
    private (decimal Score, decimal? Raw) ScoreRow(BoundRow row)
    {
        if (!row.Row.Applies)
        {
            return (Definition.Rounding.Apply(0m), null);
        }

        var points = row.Row.Points;
        decimal raw;
        if (row.Rule is not { } rule)
        {
            raw = row.Row.Score!.Value; // Qualitative: the binder checked the score against its grade.
        }
        else
        {
            var target = row.Target!.Number!.Value;
            var actual = row.Actual!.Number!.Value;
            raw = rule.Kind switch
            {
                RowMethod.Proportional => RowScoring.Proportional(points, target, actual),
                RowMethod.Inverse => RowScoring.Inverse(points, target, actual),
                RowMethod.DeductExcess => RowScoring.ExcessDeduction(points, target, actual, rule.Step!.Value, rule.Points!.Value, rule.Counting),
                _ => RowScoring.Exact(points, target, actual, rule.Tolerance),
            };
        }

        return (Definition.Rounding.Apply(raw), raw);
    }

    /// <summary>Each of a group's rows as scored, for its explanation.</summary>
    private RowResult[] ExplainRows(RowsPlan plan) => Array.ConvertAll(input.Rows![plan.Slot], row =>
    {
        var (score, raw) = ScoreRow(row);
        var given = row.Row;
        return new RowResult(row.Number, given.Level2, given.Name, given.Points)
        {
            Target = given.Target,
            Actual = given.Actual,
            Applies = given.Applies,
            Rule = row.Rule?.Name,
            Method = !given.Applies ? null : row.Rule?.Kind ?? RowMethod.Qualitative,
            Grade = row.Grade?.Label,
            Score = score,
            RawScore = raw,
            GivenScore = given.Score,
            Reason = given.Reason,
            Line = given.Line,
            Column = given.Column,
        };
    });
}
