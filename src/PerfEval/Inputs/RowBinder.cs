using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PerfEval.Compilation;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Inputs;

/// <summary>
/// Binds a project's rows to a rule set's row groups: finds each row's group and kind, reads its target and actual
/// (<see cref="RowFigures"/>), picks the rule its comparison names or the grade its qualitative target takes, and checks
/// units, grade ranges and that each group's rows add up to its points. Every problem is reported at its row.
/// </summary>
internal static class RowBinder
{
    /// <summary>Binds the rows, by group slot; <see langword="null"/> when the rule set has no row groups.</summary>
    public static BoundRow[][]? Bind(RuleSetPlan rules, IReadOnlyList<InputRow> rows, DiagnosticSink sink)
    {
        if (rules.RowGroups.Length == 0)
        {
            if (rows.Count > 0)
            {
                sink.Error(Codes.RowNotScorable, Messages.RowsNotTaken.With(rules.Definition.Id, rows.Count), rows[0]);
            }

            return null;
        }

        var bound = new List<BoundRow>[rules.RowGroups.Length];
        var points = new decimal[rules.RowGroups.Length];
        var first = new InputRow?[rules.RowGroups.Length];
        for (var i = 0; i < bound.Length; i++)
        {
            bound[i] = new List<BoundRow>();
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var label = Label(row, i + 1);
            var group = FindGroup(rules, row.Level1);
            if (group is null)
            {
                var names = rules.RowGroups.Select(g => g.Definition.Name).ToArray();
                var hint = Spelling.Closest(row.Level1, names);
                sink.Error(Codes.RowNotScorable, Messages.RowNoGroup.With(label, row.Level1, NameList.QuotedOf(names), hint is null ? null : Messages.DidYouMean.With(hint)), row);
                continue;
            }

            var plan = (RowsPlan)group.Method!;
            var slot = plan.Slot;
            first[slot] ??= row;

            // A row's points are checked against its group's below; only those that fit count in the sum, which then
            // stays within the group's weight times the number of rows.
            points[slot] += row.Points >= 0m && row.Points <= group.Weight ? row.Points : 0m;
            if (Bind(row, i + 1, label, group, plan, sink) is { } done)
            {
                bound[slot].Add(done);
            }
        }

        foreach (var group in rules.RowGroups)
        {
            var slot = ((RowsPlan)group.Method!).Slot;
            if (first[slot] is not { } row)
            {
                if (group.UnderCondition)
                {
                    continue; // it may not be assessed: scoring asks for its rows if it is
                }

                sink.Error(Codes.RowNotScorable, Messages.RowGroupEmpty.With(group.Id, group.Definition.Name), group.Definition.Position, group.Id);
            }
            else if (points[slot] != group.Weight)
            {
                sink.Error(Codes.RowPointsSum, Messages.RowPointsSum.With(group.Definition.Name, group.Id, points[slot], group.Weight), row, group.Id);
            }
        }

        return Array.ConvertAll(bound, b => b.ToArray());
    }

    public static DiagnosticMessage Label(InputRow row, int number) => Messages.RowLabel.With(number, row.ToString());

    private static IndicatorPlan? FindGroup(RuleSetPlan rules, string level1)
    {
        foreach (var group in rules.RowGroups)
        {
            if (string.Equals(group.Definition.Name, level1, StringComparison.Ordinal) || string.Equals(group.Id, level1, StringComparison.Ordinal))
            {
                return group;
            }
        }

        return null;
    }

    private static BoundRow? Bind(InputRow row, int number, DiagnosticMessage label, IndicatorPlan group, RowsPlan plan, DiagnosticSink sink)
    {
        void Error(string code, DiagnosticMessage message) => sink.Error(code, message, row, group.Id);

        var kind = plan.Group.FindKind(row.Level2);
        if (kind is null)
        {
            var kinds = plan.Group.Kinds.Select(k => k.Name).ToArray();
            var hint = Spelling.Closest(row.Level2, kinds);
            Error(Codes.RowNotScorable, Messages.RowNoKind.With(label, row.Level2, row.Level1, NameList.QuotedOf(kinds), hint is null ? null : Messages.DidYouMean.With(hint)));
            return null;
        }

        if (row.Points < 0m || row.Points > group.Weight)
        {
            Error(Codes.RowNotScorable, Messages.RowPointsOutOfRange.With(label, group.Weight, group.Definition.Name, row.Points));
            return null;
        }

        if (!row.Applies)
        {
            return new BoundRow(row, number, plan, kind, null, null, null, null);
        }

        if (Read(row.Target, true, Messages.TheTarget) is not { } target)
        {
            return null;
        }

        // An actual left blank is not given: a qualitative row may go without one; a quantitative one may not.
        RowFigure? actual = null;
        if (row.Actual is { } written && written.Trim().Length > 0 && (actual = Read(written, false, Messages.TheActual)) is null)
        {
            return null;
        }

        if (target.IsQualitative)
        {
            if (actual is { IsQualitative: false })
            {
                Error(Codes.RowNotScorable, Messages.RowActualNumber.With(label, target.Text, actual.Text));
                return null;
            }

            return Grade(row, label, target, actual, plan, Error) is { } grade ? new BoundRow(row, number, plan, kind, target, actual, null, grade) : null;
        }

        if (actual is null)
        {
            Error(Codes.RowNotScorable, Messages.RowNoFigure.With(label, Messages.TheActual.With()));
            return null;
        }

        if (actual.IsQualitative)
        {
            Error(Codes.RowNotScorable, Messages.RowActualNotNumber.With(label, target.Text, actual.Text));
            return null;
        }

        if (target.Unit is { } targetUnit && actual.Unit is { } actualUnit && !string.Equals(targetUnit, actualUnit, StringComparison.Ordinal))
        {
            Error(Codes.RowUnitMismatch, Messages.RowUnitMismatch.With(label, targetUnit, actualUnit));
            return null;
        }

        var comparison = target.Comparison switch
        {
            TargetComparison.AtLeast or TargetComparison.Greater => RowComparison.AtLeast,
            TargetComparison.AtMost or TargetComparison.Less => RowComparison.AtMost,
            TargetComparison.Equal => RowComparison.Equal,
            _ => plan.Group.Bare,
        };
        return new BoundRow(row, number, plan, kind, target, actual, plan.RuleFor(kind, comparison), null);

        RowFigure? Read(string? text, bool isTarget, MessageTemplate field)
        {
            if (text is null || text.Trim().Length == 0)
            {
                Error(Codes.RowNotScorable, Messages.RowNoFigure.With(label, field.With()));
                return null;
            }

            if (!RowFigures.TryParse(text, isTarget, plan.Units, out var figure, out var error))
            {
                Error(Codes.RowFigure, Messages.RowFigureAt.With(label, field.With(), error));
                return null;
            }

            return figure;
        }
    }

    private static QualitativeGrade? Grade(InputRow row, DiagnosticMessage label, RowFigure target, RowFigure? actual, RowsPlan plan, Action<string, DiagnosticMessage> error)
    {
        var labels = NameList.QuotedOf(plan.Grades.Select(g => g.Label));
        var meant = actual is null ? null : plan.Grades.FirstOrDefault(g => g.Phrases.Contains(actual.Phrase!.Trim(), StringComparer.Ordinal));
        QualitativeGrade? grade;
        if (row.Grade is null)
        {
            grade = meant;
            if (grade is null)
            {
                error(Codes.RowQualitative, Messages.RowNoGrade.With(label, target.Text, labels));
                return null;
            }
        }
        else
        {
            grade = plan.Grades.FirstOrDefault(g => string.Equals(g.Label, row.Grade.Trim(), StringComparison.Ordinal));
            if (grade is null)
            {
                error(Codes.RowQualitative, Messages.RowUnknownGrade.With(label, row.Grade, labels));
                return null;
            }

            if (meant is not null && meant != grade)
            {
                error(Codes.RowQualitative, Messages.RowGradeConflict.With(label, grade.Label, actual!.Text, meant.Label));
                return null;
            }
        }

        var share = grade.Share;
        var range = new NumericRange(share.Lower * row.Points, share.LowerInclusive, share.Upper * row.Points, share.UpperInclusive);
        var shown = RangeText(range);
        if (row.Score is not { } score)
        {
            error(Codes.RowQualitative, Messages.RowNoScore.With(label, grade.Label, shown));
            return null;
        }

        if (!range.Contains(score))
        {
            error(Codes.RowQualitative, Messages.RowScoreOutsideGrade.With(label, score, grade.Label, shown));
            return null;
        }

        return grade;
    }

    /// <summary>A grade's range of points: "8 to 10", or "6 to less than 8" when the upper end is another grade's.</summary>
    private static DiagnosticMessage RangeText(NumericRange range)
    {
        static string Shown(decimal? value) => value!.Value.ToString("0.############", CultureInfo.InvariantCulture);

        return (range.UpperInclusive ? Messages.PointsFromTo : Messages.PointsFromBelow).With(Shown(range.Lower), Shown(range.Upper));
    }
}
