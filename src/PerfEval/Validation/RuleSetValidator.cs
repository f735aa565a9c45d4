using System;
using System.Collections.Generic;
using System.Linq;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Validation;

/// <summary>Checks a read rule set as a whole: ids, weights, fallbacks, bands and grades. Reports; never throws for content.</summary>
internal static class RuleSetValidator
{
    public static void Validate(RuleSet ruleSet, DiagnosticSink sink)
    {
        var all = new Dictionary<string, (Indicator Indicator, Indicator? Parent)>(StringComparer.Ordinal);
        CollectIds(ruleSet.Indicators, null, all, sink);
        CheckNames(ruleSet, sink);

        if (ruleSet.TotalPoints <= 0)
        {
            sink.Error(Codes.NonPositiveWeight, Messages.TotalNotPositive.With(ruleSet.TotalPoints), ruleSet.Position);
        }

        if (Scale(ruleSet.TotalPoints) > ruleSet.Rounding.Decimals)
        {
            sink.Error(Codes.WeightPrecision, Messages.TotalTooFine.With(ruleSet.TotalPoints, ruleSet.Rounding.Decimals), ruleSet.Position);
        }

        var topSum = ruleSet.Indicators.Sum(i => i.Weight);
        if (topSum != ruleSet.TotalPoints)
        {
            sink.Error(Codes.TotalMismatch, Messages.TotalMismatch.With(topSum, ruleSet.TotalPoints), ruleSet.Position);
        }

        foreach (var (indicator, parent) in all.Values)
        {
            CheckIndicator(indicator, parent, ruleSet, all, sink);
        }

        foreach (var twice in ruleSet.RowRules.GroupBy(r => r.Name, StringComparer.Ordinal).Where(g => g.Count() > 1 || RowRule.BuiltIn.Any(b => b.Name == g.Key)))
        {
            sink.Error(Codes.DuplicateId, Messages.RowRuleTwice.With(twice.Key), twice.Last().Position);
        }

        CheckFallbackCycles(all, sink);
        CheckRanges(ruleSet.Grades.Select(g => (g.Range, g.Position)).ToList(), Codes.GradeLayout, Messages.GradeBands.With(), null, sink);
        CheckGradeCoverage(ruleSet, sink);
    }

    private static void CollectIds(IReadOnlyList<Indicator> indicators, Indicator? parent, Dictionary<string, (Indicator, Indicator?)> all, DiagnosticSink sink)
    {
        foreach (var indicator in indicators)
        {
            if (all.TryGetValue(indicator.Id, out var first))
            {
                sink.Error(Codes.DuplicateId, Messages.IndicatorIdTwice.With(indicator.Id, first.Item1.Position.Line), indicator.Position, indicator.Id);
            }
            else
            {
                all.Add(indicator.Id, (indicator, parent));
            }

            CollectIds(indicator.Children, indicator, all, sink);
        }
    }

    private static void CheckNames(RuleSet ruleSet, DiagnosticSink sink)
    {
        var names = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        foreach (var (name, position) in ruleSet.Inputs.Select(i => (i.Name, i.Position)).Concat(ruleSet.Metrics.Select(m => (m.Name, m.Position))))
        {
            if (names.TryGetValue(name, out var first))
            {
                sink.Error(Codes.DuplicateId, Messages.NameTwice.With(name, first.Line), position);
            }
            else
            {
                names.Add(name, position);
            }
        }

        var checks = new HashSet<string>(StringComparer.Ordinal);
        foreach (var check in ruleSet.Checks.Where(c => !checks.Add(c.Id)))
        {
            sink.Error(Codes.DuplicateId, Messages.CheckIdTwice.With(check.Id), check.Position);
        }

        var levels = new HashSet<GradeLevel>();
        foreach (var grade in ruleSet.Grades.Where(g => !levels.Add(g.Level)))
        {
            sink.Error(Codes.GradeLayout, Messages.GradeTwice.With(grade.Level.ToString().ToLowerInvariant(), grade.Label), grade.Position);
        }
    }

    private static void CheckIndicator(Indicator indicator, Indicator? parent, RuleSet ruleSet, Dictionary<string, (Indicator Indicator, Indicator? Parent)> all, DiagnosticSink sink)
    {
        var id = indicator.Id;
        if (indicator.Weight <= 0)
        {
            sink.Error(Codes.NonPositiveWeight, Messages.WeightNotPositive.With(id, indicator.Weight), indicator.Position, id);
        }

        if (Scale(indicator.Weight) > ruleSet.Rounding.Decimals)
        {
            sink.Error(Codes.WeightPrecision, Messages.WeightTooFine.With(id, indicator.Weight, ruleSet.Rounding.Decimals), indicator.Position, id);
        }

        if (indicator.IsGroup)
        {
            var sum = indicator.Children.Sum(c => c.Weight);
            if (sum != indicator.Weight)
            {
                sink.Error(Codes.GroupWeightMismatch, Messages.GroupWeightMismatch.With(id, indicator.Weight, sum), indicator.Position, id);
            }
        }

        if (indicator.Rows is { } rows)
        {
            var names = new[] { rows.AtLeast, rows.AtMost, rows.Equal }.Concat(rows.Kinds.SelectMany(k => new[] { k.AtLeast, k.AtMost, k.Equal }));
            foreach (var name in names.OfType<string>().Distinct(StringComparer.Ordinal).Where(n => ruleSet.FindRowRule(n) is null))
            {
                sink.Error(Codes.InvalidValue, Messages.RowRuleUnknown.With(id, name), rows.Position, id);
            }

            foreach (var twice in rows.Kinds.GroupBy(k => k.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                sink.Error(Codes.DuplicateId, Messages.RowKindTwice.With(twice.Key, id), twice.Skip(1).First().Position, id);
            }
        }

        CheckFallback(indicator, parent, ruleSet, all, sink);
        if (indicator.Method is { } method)
        {
            CheckMethod(method, indicator, sink);
        }
    }

    private static void CheckFallback(Indicator indicator, Indicator? parent, RuleSet ruleSet, Dictionary<string, (Indicator Indicator, Indicator? Parent)> all, DiagnosticSink sink)
    {
        var id = indicator.Id;
        if (indicator.AppliesWhen is not null && indicator.Fallback is null)
        {
            sink.Error(Codes.FallbackMissing, Messages.FallbackMissing.With(id), indicator.Position, id);
        }

        if (indicator.Fallback is not { } fallback)
        {
            return;
        }

        if (indicator.AppliesWhen is null)
        {
            sink.Error(Codes.FallbackMissing, Messages.FallbackWithoutCondition.With(id), fallback.Position, id);
        }

        if (fallback.Kind != FallbackKind.MoveTo)
        {
            if (fallback.Target is not null)
            {
                sink.Error(Codes.FallbackTarget, Messages.FallbackTakesNoTarget.With(Kind(fallback.Kind), id), fallback.Position, id);
            }

            var siblings = parent?.Children ?? ruleSet.Indicators;
            if (fallback.Kind == FallbackKind.Spread && siblings.Count < 2)
            {
                sink.Error(Codes.FallbackTarget, Messages.SpreadWithoutSiblings.With(id), fallback.Position, id);
            }

            return;
        }

        if (fallback.Target is null)
        {
            sink.Error(Codes.FallbackTarget, Messages.MoveToWithoutTarget.With(id), fallback.Position, id);
        }
        else if (!all.ContainsKey(fallback.Target))
        {
            sink.Error(Codes.FallbackTarget, Messages.MoveToUnknown.With(id, fallback.Target), fallback.Position, id);
        }
        else if (fallback.Target == id || IsAncestor(fallback.Target, id, all) || IsAncestor(id, fallback.Target, all))
        {
            sink.Error(Codes.FallbackTarget, Messages.MoveToOwnBranch.With(id, fallback.Target), fallback.Position, id);
        }
    }

    private static bool IsAncestor(string ancestor, string id, Dictionary<string, (Indicator Indicator, Indicator? Parent)> all)
    {
        var current = all[id].Parent;
        while (current is not null)
        {
            if (current.Id == ancestor)
            {
                return true;
            }

            current = all[current.Id].Parent;
        }

        return false;
    }

    private static void CheckFallbackCycles(Dictionary<string, (Indicator Indicator, Indicator? Parent)> all, DiagnosticSink sink)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (indicator, _) in all.Values)
        {
            var path = new List<string> { indicator.Id };
            var current = indicator;
            while (current.Fallback is { Kind: FallbackKind.MoveTo, Target: { } target } && all.TryGetValue(target, out var next))
            {
                if (path.Contains(target))
                {
                    var members = path.Skip(path.IndexOf(target)).ToList();
                    var cycle = members.Append(target).ToList();
                    if (!members.Any(reported.Contains))
                    {
                        reported.UnionWith(members);
                        sink.Error(Codes.FallbackCycle, Messages.FallbackCycle.With(NameList.Chain(cycle)), indicator.Fallback!.Position, indicator.Id);
                    }

                    break;
                }

                path.Add(target);
                current = next.Indicator;
            }
        }
    }

    private static void CheckMethod(ScoringMethod method, Indicator indicator, DiagnosticSink sink)
    {
        var id = indicator.Id;
        switch (method)
        {
            case BandsMethod bands:
                foreach (var band in bands.Bands.Where(b => b.Points < 0 || b.Points > indicator.Weight))
                {
                    sink.Error(Codes.PointsOutOfRange, Messages.BandPointsOutOfRange.With(id, band.Points, indicator.Weight), band.Position, id);
                }

                CheckRanges(bands.Bands.Select(b => (b.Range, b.Position)).ToList(), Codes.BandLayout, Messages.BandsOf.With(Messages.Indicator.With(id)), id, sink);
                break;
            case DeductionMethod deduction:
                if (deduction.Per <= 0)
                {
                    sink.Error(Codes.InvalidValue, Messages.PerNotPositive.With(id, deduction.Per), deduction.Position, id);
                }

                if (deduction.Points <= 0)
                {
                    sink.Error(Codes.InvalidValue, Messages.DeductionPointsNotPositive.With(id, deduction.Points), deduction.Position, id);
                }

                break;
            case ChecklistMethod checklist:
            {
                var sum = checklist.Criteria.Sum(c => c.Points);
                if (sum != indicator.Weight)
                {
                    sink.Error(Codes.PointsOutOfRange, Messages.CriteriaSum.With(id, sum, indicator.Weight), checklist.Position, id);
                }

                var ids = new HashSet<string>(StringComparer.Ordinal);
                foreach (var criterion in checklist.Criteria.Where(c => !ids.Add(c.Id)))
                {
                    sink.Error(Codes.DuplicateId, Messages.CriterionIdTwice.With(criterion.Id, id), criterion.Position, id);
                }

                foreach (var criterion in checklist.Criteria.Where(c => c.Points <= 0))
                {
                    sink.Error(Codes.PointsOutOfRange, Messages.CriterionPointsNotPositive.With(criterion.Id, id), criterion.Position, id);
                }

                break;
            }

            case AlternativesMethod alternatives:
                for (var i = 0; i < alternatives.Options.Count; i++)
                {
                    var option = alternatives.Options[i];
                    if (option.When is null && i < alternatives.Options.Count - 1)
                    {
                        sink.Error(Codes.AlternativeLayout, Messages.OptionWithoutWhen.With(i + 1, id), option.Position, id);
                    }

                    if (option.Method is AlternativesMethod)
                    {
                        sink.Error(Codes.AlternativeLayout, Messages.NestedAlternatives.With(i + 1, id), option.Position, id);
                    }
                    else
                    {
                        CheckMethod(option.Method, indicator, sink);
                    }
                }

                break;
        }
    }

    /// <summary>Reports overlaps and gaps between ranges (in order of their lower bounds).</summary>
    private static void CheckRanges(List<(NumericRange Range, SourcePosition Position)> ranges, string code, DiagnosticMessage what, string? id, DiagnosticSink sink)
    {
        var sorted = ranges.OrderBy(r => r.Range.Lower ?? decimal.MinValue).ThenBy(r => r.Range.LowerInclusive ? 0 : 1).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            var previous = sorted[i - 1].Range;
            var next = sorted[i].Range;
            var upper = previous.Upper;
            var lower = next.Lower;
            if (upper is null || lower is null || upper > lower || (upper == lower && previous.UpperInclusive && next.LowerInclusive))
            {
                sink.Error(code, Messages.RangesOverlap.With(what, previous.ToString(), next.ToString()), sorted[i].Position, id);
            }
            else if (upper < lower || (!previous.UpperInclusive && !next.LowerInclusive))
            {
                sink.Error(code, Messages.RangesGap.With(what, previous.ToString(), next.ToString()), sorted[i].Position, id);
            }
        }
    }

    private static void CheckGradeCoverage(RuleSet ruleSet, DiagnosticSink sink)
    {
        if (ruleSet.Grades.Count == 0)
        {
            sink.Error(Codes.GradeLayout, Messages.NoGradeBands.With(), ruleSet.Position);
            return;
        }

        if (!ruleSet.Grades.Any(g => g.Range.Contains(0m)))
        {
            sink.Error(Codes.GradeLayout, Messages.NoGradeForZero.With(), ruleSet.Grades[0].Position);
        }

        if (!ruleSet.Grades.Any(g => g.Range.Contains(ruleSet.TotalPoints)))
        {
            sink.Error(Codes.GradeLayout, Messages.NoGradeForTotal.With(ruleSet.TotalPoints), ruleSet.Grades[0].Position);
        }
    }

    /// <summary>The number of decimals a value needs (2.50 needs 1).</summary>
    private static int Scale(decimal value)
    {
        var scale = 0;
        while (value != decimal.Truncate(value) && scale < 28)
        {
            value *= 10;
            scale++;
        }

        return scale;
    }

    internal static string Kind(FallbackKind kind) => kind switch
    {
        FallbackKind.MoveTo => "move_to",
        FallbackKind.Spread => "spread",
        FallbackKind.FullMarks => "full_marks",
        _ => "zero",
    };
}
