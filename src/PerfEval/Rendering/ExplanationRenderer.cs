using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using PerfEval.Formulas;
using PerfEval.Results;
using PerfEval.Rules;
using PerfEval.Validation;

namespace PerfEval.Rendering;

/// <summary>Turns an indicator's <see cref="Explanation"/> into a sentence: the band hit, the deduction, the criteria met, the scaling, the fallback.</summary>
public static class ExplanationRenderer
{
    /// <summary>Says how an indicator's score was reached, beyond its formula and reason.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="options">The language. <value>Defaults to <see cref="RenderOptions.Default"/>.</value></param>
    /// <returns>The sentence, or <see langword="null"/> when there is nothing to say (a formula's figures say it all) or no explanation was built.</returns>
    /// <remarks>Other indicators are named by id; <see cref="Describe(Scorecard, IndicatorScore, RenderOptions?)"/> names them as the rule set does.</remarks>
    public static string? Describe(IndicatorScore indicator, RenderOptions? options = null)
        => Describe(indicator, Labels.For(options ?? RenderOptions.Default), id => id);

    /// <summary>Says how an indicator's score was reached, naming the other indicators (where weight moved) by their names in the scorecard.</summary>
    /// <param name="scorecard">The scorecard the indicator belongs to.</param>
    /// <param name="indicator">The indicator.</param>
    /// <param name="options">The language. <value>Defaults to <see cref="RenderOptions.Default"/>.</value></param>
    /// <returns>The sentence, or <see langword="null"/> when there is nothing to say or no explanation was built.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is <see langword="null"/>.</exception>
    public static string? Describe(Scorecard scorecard, IndicatorScore indicator, RenderOptions? options = null)
    {
        Guard.NotNull(scorecard);
        return Describe(indicator, Labels.For(options ?? RenderOptions.Default), NameIn(scorecard));
    }

    /// <summary>The formula with its figures: <c>formula → substituted</c>, or the figures alone.</summary>
    internal static string? FormulaLine(Explanation? e, string arrow = " → ")
        => e?.Substituted is not { } substituted ? null : e.Formula is null ? substituted : e.Formula + arrow + substituted;

    /// <summary>An indicator's name in the scorecard, or the id when it has none there.</summary>
    internal static Func<string, string> NameIn(Scorecard scorecard) => id => scorecard.TryGetIndicator(id, out var found) ? found.Name : id;

    internal static string? Describe(IndicatorScore indicator, Labels labels, Func<string, string> name)
    {
        if (indicator.Explanation is not { } e)
        {
            return null;
        }

        var zh = labels.IsChinese;
        if (e.NotAssessed is { } notAssessed)
        {
            return zh ? NotAssessedZh(notAssessed, name) : NotAssessed(notAssessed);
        }

        var decimals = indicator.Card.Decimals;
        var how = zh ? MethodZh(e, decimals) : Method(e);
        if (e.Option is { } option)
        {
            how = zh
                ? $"{option.Name ?? $"第{option.Number}种考核方式"}（{labels.MethodName(option.Method)}，{(option.Condition is null ? "其他情形" : "适用条件：" + ConditionZh(option.Condition, e.Values))}）" + (how is null ? string.Empty : "：" + how)
                : $"{option.Name ?? $"option {option.Number}"} ({option.Method}, {(option.Condition is null ? "otherwise" : "when " + option.Condition)})" + (how is null ? string.Empty : ": " + how);
        }

        if (e.Scaling is { } scaling)
        {
            var text = zh ? ScalingZh(indicator, scaling, name, decimals) : Scaling(indicator, scaling);
            how = how is null ? text : how + (zh ? "；" : "; ") + text;
        }

        return how;
    }

    private static string? Method(Explanation e)
    {
        if (e.Band is { } band)
        {
            return $"value {FormulaPrinter.Number(e.Measured!.Value)} lies in {band.Range}: {DiagnosticText.Number(band.Points)} points";
        }

        if (e.Deduction is { } d)
        {
            var side = d.Direction == DeductionDirection.Above ? "above" : "below";
            var x = FormulaPrinter.Number(e.Measured!.Value);
            if (d.Beyond <= 0)
            {
                return $"value {x} is not {side} the threshold {DiagnosticText.Number(d.Threshold)}: nothing deducted";
            }

            var counting = d.Counting == DeductionCounting.Whole ? "whole " : d.Counting == DeductionCounting.Started ? "started " : string.Empty;
            return $"value {x} is {FormulaPrinter.Number(d.Beyond)} {side} the threshold {DiagnosticText.Number(d.Threshold)}: "
                + $"{FormulaPrinter.Number(d.Units)} {counting}unit(s) of {DiagnosticText.Number(d.Per)} × {DiagnosticText.Number(d.PointsPerUnit)} = {FormulaPrinter.Number(d.Deducted)} deducted"
                + (d.Floored ? ", floored at 0" : string.Empty);
        }

        if (e.Criteria.Count > 0)
        {
            return string.Join("; ", e.Criteria.Select(c => $"{(c.Met ? "✓" : "✗")} {c.Name} ({DiagnosticText.Number(c.Awarded)}/{DiagnosticText.Number(c.Points)})"));
        }

        return e.Passed switch
        {
            true => "condition met: full points",
            false => "condition not met: no points",
            _ => null,
        };
    }

    private static string? MethodZh(Explanation e, int decimals)
    {
        if (e.Band is { } band)
        {
            return $"测算值{MeasuredZh(e.Measured!.Value, band.Unit, decimals)}，属于“{BandWords.Chinese(band)}”档，计{DiagnosticText.Number(band.Points)}分";
        }

        if (e.Deduction is { } d)
        {
            var above = d.Direction == DeductionDirection.Above;
            var x = FormulaPrinter.Number(e.Measured!.Value);
            var threshold = DiagnosticText.Number(d.Threshold);
            if (d.Beyond <= 0)
            {
                return $"测算值{x}，未{(above ? "超过" : "低于")}{threshold}，不扣分";
            }

            var counting = d.Counting switch
            {
                DeductionCounting.Whole => "按满一个单位计，",
                DeductionCounting.Started => "不足一个单位按一个单位计，",
                _ => "按实际比例计，",
            };
            return $"测算值{x}，{(above ? "超过" : "低于")}{threshold}共{FormulaPrinter.Number(d.Beyond)}；每{(above ? "超过" : "低于")}{DiagnosticText.Number(d.Per)}扣{DiagnosticText.Number(d.PointsPerUnit)}分，"
                + $"{counting}共{FormulaPrinter.Number(d.Units)}个单位，扣{FormulaPrinter.Number(d.Deducted)}分"
                + (d.Floored ? "，扣完为止" : string.Empty);
        }

        if (e.Criteria.Count > 0)
        {
            return string.Join("；", e.Criteria.Select(c => $"{(c.Met ? "✓" : "✗")} {c.Name}（{DiagnosticText.Number(c.Awarded)}分/{DiagnosticText.Number(c.Points)}分）"));
        }

        return e.Passed switch
        {
            true => "达到标准，得满分",
            false => "未达到标准，不得分",
            _ => null,
        };
    }

    private static string Scaling(IndicatorScore indicator, WeightScaling s)
    {
        var received = string.Join(", ", s.Received.Select(m => m.To == indicator.Id
            ? $"{FormulaPrinter.Number(m.Points)} from '{m.From}'"
            : $"a share of the {FormulaPrinter.Number(m.Points)} moved from '{m.From}' to '{m.To}'"));
        if (s.Rule == ReceivedWeightRule.KeepDeduction)
        {
            return $"effective weight {FormulaPrinter.Number(s.EffectiveWeight)} less the points lost on weight {DiagnosticText.Number(s.Weight)} (received_weight: keep_deduction"
                + (received.Length == 0 ? string.Empty : $"; received {received}")
                + $"): {FormulaPrinter.Number(s.EffectiveWeight)} − ({DiagnosticText.Number(s.Weight)} − {FormulaPrinter.Number(s.Raw)}) = {FormulaPrinter.Number(s.Scaled)}"
                + (s.Scaled == 0m ? " (not below 0)" : string.Empty);
        }

        return $"scaled by effective weight {FormulaPrinter.Number(s.EffectiveWeight)} / weight {DiagnosticText.Number(s.Weight)}"
            + (received.Length == 0 ? string.Empty : $" (received {received})")
            + $": {FormulaPrinter.Number(s.Raw)} × {FormulaPrinter.Number(s.EffectiveWeight)} / {DiagnosticText.Number(s.Weight)} = {FormulaPrinter.Number(s.Scaled)}";
    }

    /// <summary>A measured value as a bureau writes it: a ratio as a percentage, any value rounded to the rule set's decimals.</summary>
    internal static string MeasuredZh(decimal value, string? unit, int decimals)
        => Labels.IsRatio(unit) ? Format.Percent(value, decimals) : Shown(value, decimals) + (unit is null or "是/否" ? string.Empty : unit);

    /// <summary>An option's condition with the names it reads given as the rule set describes them (a lone yes/no input reads as its description).</summary>
    private static string ConditionZh(string condition, IReadOnlyList<NamedValue> values)
    {
        var described = values.Where(v => !string.IsNullOrEmpty(v.Description)).GroupBy(v => v.Name).ToDictionary(g => g.Key, g => g.First().Description!, StringComparer.Ordinal);
        return Regex.Replace(condition.Trim(), "[A-Za-z_][A-Za-z0-9_]*", m => described.TryGetValue(m.Value, out var text) ? text : m.Value);
    }

    private static string Shown(decimal value, int decimals) => Trimmed(Math.Round(value, decimals, MidpointRounding.AwayFromZero));

    /// <summary>
    /// The unscaled score as 按分值折算 shows it: to the rule set's decimals when that figure, scaled, gives the score
    /// shown (4.83 × 7 / 5 = 6.76), else to as many more as it takes, since the score scales the exact figure (4.2879 × 7 / 5
    /// = 6.00, where 4.29 × 7 / 5 would be 6.01): the sentence's arithmetic always holds.
    /// </summary>
    private static string RawAsScaled(WeightScaling s, int decimals)
    {
        var score = Math.Round(s.Scaled, decimals, MidpointRounding.AwayFromZero);
        var places = decimals;
        while (places < 28 && Math.Round(Math.Round(s.Raw, places, MidpointRounding.AwayFromZero) * s.EffectiveWeight / s.Weight, decimals, MidpointRounding.AwayFromZero) != score)
        {
            places++;
        }

        return Shown(s.Raw, places);
    }

    private static string Trimmed(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static string ScalingZh(IndicatorScore indicator, WeightScaling s, Func<string, string> name, int decimals)
    {
        var received = string.Join("，", s.Received.Select(m => m.To == indicator.Id
            ? $"增加{name(m.From)}指标分值{Shown(m.Points, decimals)}分"
            : $"{name(m.From)}指标{Shown(m.Points, decimals)}分调整至“{name(m.To)}”指标，按比例分得一部分"));
        return $"本项指标总分值{DiagnosticText.Number(s.Weight)}分"
            + (received.Length == 0 ? string.Empty : "，" + received)
            + (s.Rule == ReceivedWeightRule.KeepDeduction
                ? $"，指标总分值{Shown(s.EffectiveWeight, decimals)}分，扣分按原分值计算：{Shown(s.EffectiveWeight, decimals)} − （{DiagnosticText.Number(s.Weight)} − {Shown(s.Raw, decimals)}） = {Shown(s.Scaled, decimals)}分" + (s.Scaled == 0m ? "，扣完为止" : string.Empty)
                : string.Empty)
            + (s.Rule == ReceivedWeightRule.KeepDeduction ? string.Empty : $"，指标总分值{Shown(s.EffectiveWeight, decimals)}分，按分值折算：{RawAsScaled(s, decimals)} × {Shown(s.EffectiveWeight, decimals)} / {DiagnosticText.Number(s.Weight)} = {Shown(s.Scaled, decimals)}分");
    }

    private static string NotAssessed(NotAssessedReason reason)
    {
        var outcome = reason.Fallback switch
        {
            FallbackKind.MoveTo => $"weight moved to '{reason.Target}'",
            FallbackKind.Spread => "weight spread over " + string.Join(", ", reason.Moves.Select(m => $"'{m.To}' ({FormulaPrinter.Number(m.Points)})")),
            FallbackKind.FullMarks => "awarded full marks",
            _ => "scored zero",
        };
        return $"not assessed: applies_when of '{reason.IndicatorId}' ({reason.Condition}) is false; {outcome} ({RuleSetValidator.Kind(reason.Fallback)})";
    }

    private static string NotAssessedZh(NotAssessedReason reason, Func<string, string> name)
    {
        var moved = reason.Moves.Sum(m => m.Points);
        var outcome = reason.Fallback switch
        {
            FallbackKind.MoveTo => $"{FormulaPrinter.Number(moved)}分调整至“{name(reason.Target ?? reason.Moves.FirstOrDefault()?.To ?? string.Empty)}”指标",
            FallbackKind.Spread => $"{FormulaPrinter.Number(moved)}分按分值比例调整至" + string.Join("、", reason.Moves.Select(m => $"“{name(m.To)}”指标（{FormulaPrinter.Number(m.Points)}分）")),
            FallbackKind.FullMarks => "按规定得满分",
            _ => "不得分",
        };
        return $"不符合考核条件，本项指标不考核，{outcome}";
    }

    /// <summary>
    /// A project row as scored: "数量指标/数量: ≥53个 → 47个, proportional: 22.17 / 25.00", or
    /// "数量指标/数量：年度指标值≥53个，实际完成值47个，正向指标，得分22.17分（分值25.00分）".
    /// </summary>
    internal static string RowLine(RowResult row, Labels labels, int decimals)
    {
        var text = new StringBuilder();
        text.Append(row.Level2).Append('/').Append(row.Name);
        if (labels.IsChinese)
        {
            text.Append('：');
            if (row.Target is not null)
            {
                text.Append("年度指标值").Append(row.Target).Append('，');
            }

            if (row.Actual is not null)
            {
                text.Append("实际完成值").Append(row.Actual).Append('，');
            }

            text.Append(labels.RowMethodName(row));
            if (row.Grade is not null)
            {
                text.Append("（").Append(row.Grade).Append('）');
            }

            return text.Append("，得分").Append(Format.Points(row.Score, decimals)).Append("分（分值").Append(Format.Points(row.Points, decimals)).Append("分）").ToString();
        }

        text.Append(": ");
        if (row.Target is not null)
        {
            text.Append(row.Target).Append(" → ").Append(row.Actual ?? "-").Append(", ");
        }

        text.Append(labels.RowMethodName(row));
        if (row.Grade is not null)
        {
            text.Append(" (").Append(row.Grade).Append(')');
        }

        return text.Append(": ").Append(Format.Points(row.Score, decimals)).Append(" / ").Append(Format.Points(row.Points, decimals)).ToString();
    }

    /// <summary>
    /// The conversion to the full scale: "Rows not assessed take 10.00 points: 82.48 × 100 / 90.00 = 91.64", or
    /// "不考核指标10.00分，按百分制折算：82.48 × 100 ÷ 90.00 = 91.64分".
    /// </summary>
    internal static string RescalingLine(Rescaling rescaling, decimal total, Labels labels, int decimals)
    {
        var sum = Format.Points(rescaling.Sum, decimals);
        var scale = Format.Exact(rescaling.TotalPoints);
        var applicable = Format.Points(rescaling.ApplicablePoints, decimals);
        var result = Format.Points(total, decimals);
        return labels.IsChinese
            ? "不考核指标" + Format.Points(rescaling.ExcludedPoints, decimals) + "分，按百分制折算：" + sum + " × " + scale + " ÷ " + applicable + " = " + result + "分"
            : "Rows not assessed take " + Format.Points(rescaling.ExcludedPoints, decimals) + " points: " + sum + " × " + scale + " / " + applicable + " = " + result;
    }
}
