using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Rendering;

/// <summary>
/// The words of the self-evaluation table (自评表) a finance bureau receives: each indicator's 评分标准 written from its
/// rule, its 得分说明 written from its explanation, formulas in the rule set's own names, figures with their units, and
/// what a failed check found. Chinese reads as the bureau writes; English says the same. It reads data only, never scores.
/// </summary>
public static class SelfEvaluationText
{
    private static readonly Regex Token = new(@"'[^']*'|[A-Za-z_][A-Za-z0-9_]*|[0-9]+(?:\.[0-9]+)?|<=|>=|!=|<>|==|&&|\|\||\S", RegexOptions.CultureInvariant);

    /// <summary>Writes an indicator's 评分标准: the criteria the rule set states, else the rule's data in words, with what happens when it is not assessed.</summary>
    /// <param name="ruleSet">The rule set the indicator belongs to (for the names of its inputs and metrics).</param>
    /// <param name="indicator">The indicator.</param>
    /// <param name="options">The language. <value>Defaults to <see cref="RenderOptions.Default"/>.</value></param>
    /// <returns>The standard, or <see langword="null"/> for a group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> or <paramref name="indicator"/> is <see langword="null"/>.</exception>
    public static string? Criteria(RuleSet ruleSet, Indicator indicator, RenderOptions? options = null)
    {
        Guard.NotNull(ruleSet);
        Guard.NotNull(indicator);
        if (indicator.Method is not { } method)
        {
            return null;
        }

        var zh = (options ?? RenderOptions.Default).Language == ReportLanguage.Chinese;
        var text = Method(ruleSet, method, indicator.Weight, zh);
        if (indicator.AppliesWhen is { } condition)
        {
            text += (zh ? "。" : ". ") + NotAssessedRule(ruleSet, condition, indicator.Fallback, zh);
        }

        // The other side of a move: the points this indicator takes on, and that its score is scaled to them.
        foreach (var from in ruleSet.MovingTo(indicator.Id))
        {
            text += zh
                ? $"。“{from.Name}”不考核的，其{Num(from.Weight)}分调整至本项，得分按调整后分值折算"
                : $". When '{from.Name}' is not assessed, its {Num(from.Weight)} points move here and the score is scaled to the new weight";
        }

        return text;
    }

    /// <summary>
    /// Writes an indicator's 得分说明: the evaluator's reason for a judgement, else the figures it read and how they scored;
    /// for a not-assessed indicator, 不考核 with the figures that decided it and where its points went.
    /// </summary>
    /// <param name="scorecard">The scorecard the indicator belongs to.</param>
    /// <param name="indicator">The indicator, a leaf.</param>
    /// <param name="ruleSet">The rule set scored, for the names of inputs and metrics; <see langword="null"/> to name them as the scorecard does.</param>
    /// <param name="options">The language. <value>Defaults to <see cref="RenderOptions.Default"/>.</value></param>
    /// <returns>The remark, or <see langword="null"/> when the scorecard holds nothing to say (numbers only).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is <see langword="null"/>.</exception>
    public static string? Remarks(Scorecard scorecard, IndicatorScore indicator, RuleSet? ruleSet = null, RenderOptions? options = null)
    {
        Guard.NotNull(scorecard);
        var labels = Labels.For(options ?? RenderOptions.Default);
        var zh = labels.IsChinese;
        if (indicator.Explanation is not { } e)
        {
            return null;
        }

        var how = How(scorecard, indicator, ruleSet, options);

        // A checklist's ticks say what its conditions said; its numbers still show what was compared.
        var shown = e.Criteria.Count > 0 ? e.Values.Where(v => v.Boolean is null) : e.Values;
        var figures = string.Join(zh ? "，" : ", ", shown.Select(v => Named(ruleSet, v, zh) + labels.Colon + FigureOf(v, scorecard.Decimals, zh)));
        if (e.NotAssessed is not null)
        {
            return zh
                ? (figures.Length == 0 ? how : how?.Replace("不符合考核条件", $"不符合考核条件（{figures}）"))
                : (figures.Length == 0 ? how : figures + "; " + how);
        }

        var parts = new List<string>();
        if (e.Reason is { } reason)
        {
            parts.Add(reason);
        }
        else if (figures.Length > 0)
        {
            parts.Add(figures);
        }

        if (how is not null)
        {
            parts.Add(how);
        }

        return parts.Count == 0 ? null : string.Join(zh ? "；" : "; ", parts);
    }

    /// <summary>
    /// Says how an indicator's score was reached, as <see cref="ExplanationRenderer.Describe(Scorecard, IndicatorScore, RenderOptions?)"/>
    /// does, with the names of inputs and metrics (in a chosen option's condition) read as the rule set describes them under Chinese.
    /// </summary>
    /// <param name="scorecard">The scorecard the indicator belongs to.</param>
    /// <param name="indicator">The indicator.</param>
    /// <param name="ruleSet">The rule set scored; <see langword="null"/> to leave names as written.</param>
    /// <param name="options">The language. <value>Defaults to <see cref="RenderOptions.Default"/>.</value></param>
    /// <returns>The sentence, or <see langword="null"/> when there is nothing to say.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is <see langword="null"/>.</exception>
    public static string? How(Scorecard scorecard, IndicatorScore indicator, RuleSet? ruleSet = null, RenderOptions? options = null)
    {
        Guard.NotNull(scorecard);
        var labels = Labels.For(options ?? RenderOptions.Default);
        var how = ExplanationRenderer.Describe(indicator, labels, ExplanationRenderer.NameIn(scorecard));
        return labels.IsChinese && how is not null && ruleSet is not null
            ? Token.Replace(how, m => IsName(m.Value) && IsDeclared(ruleSet, m.Value) ? NameOf(ruleSet, m.Value) : m.Value)
            : how;
    }

    /// <summary>Writes a formula in the rule set's words: under Chinese each name as the rule set describes it and × ÷ ≤ ≥ 且 或 非; under English as written.</summary>
    /// <param name="ruleSet">The rule set the formula belongs to.</param>
    /// <param name="formula">The formula, as written in the rule file.</param>
    /// <param name="options">The language. <value>Defaults to <see cref="RenderOptions.Default"/>.</value></param>
    /// <returns>The formula in words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> or <paramref name="formula"/> is <see langword="null"/>.</exception>
    public static string Formula(RuleSet ruleSet, string formula, RenderOptions? options = null)
    {
        Guard.NotNull(ruleSet);
        Guard.NotNull(formula);
        return (options ?? RenderOptions.Default).Language == ReportLanguage.Chinese ? FormulaZh(ruleSet, formula) : formula;
    }

    /// <summary>Names an input or metric as the rule set describes it (a metric by the left side of its description, 部门预算资金支出完成率), else by its name.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="name">The input's or metric's name.</param>
    /// <returns>The name in the rule set's words.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string NameOf(RuleSet ruleSet, string name)
    {
        Guard.NotNull(ruleSet);
        Guard.NotNull(name);
        return ruleSet.DescribedName(name);
    }

    /// <summary>Shows a value with its unit: a ratio as a percentage to the scorecard's decimals (96.57%), a condition as 是/否 (yes/no).</summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">The decimals of a percentage.</param>
    /// <param name="options">The language. <value>Defaults to <see cref="RenderOptions.Default"/>.</value></param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static string Figure(NamedValue value, int decimals, RenderOptions? options = null)
    {
        Guard.NotNull(value);
        return FigureOf(value, decimals, (options ?? RenderOptions.Default).Language == ReportLanguage.Chinese);
    }

    /// <summary>Finds what a check found wrong in the scorecard: the figures it compared, in the chosen language.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="ruleSet">The rule set scored, for the names of its inputs.</param>
    /// <param name="check">The check, one of the rule set's.</param>
    /// <param name="options">The language. <value>Defaults to <see cref="RenderOptions.Default"/>.</value></param>
    /// <returns>The figures (e.g. 508.24 + 2171.21 = 2679.45，实际支出 = 2679.48), or <see langword="null"/> when the scorecard carries no warning from that check.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string? CheckFinding(Scorecard scorecard, RuleSet ruleSet, CheckDefinition check, RenderOptions? options = null)
    {
        Guard.NotNull(scorecard);
        Guard.NotNull(ruleSet);
        Guard.NotNull(check);

        var warning = scorecard.Warnings.FirstOrDefault(w => w.Text.Template == Messages.CheckFailed && (string?)w.Text["id"] == check.Id);
        if (warning?.Text["detail"] is not DiagnosticMessage detail)
        {
            return null;
        }

        var language = (options ?? RenderOptions.Default).Language;
        var figures = detail.Format(language);
        return language != ReportLanguage.Chinese
            ? figures
            : Token.Replace(figures, m => IsName(m.Value) && IsDeclared(ruleSet, m.Value) ? NameOf(ruleSet, m.Value) : m.Value);
    }

    /// <summary>Writes a warning of the scorecard in the chosen language (a failed check in the bureau's words under Chinese).</summary>
    /// <param name="scorecard">The scorecard the warning belongs to, for the names of indicators.</param>
    /// <param name="warning">The warning.</param>
    /// <param name="options">The language. <value>Defaults to <see cref="RenderOptions.Default"/>.</value></param>
    /// <returns>The warning's message.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string Warning(Scorecard scorecard, Diagnostic warning, RenderOptions? options = null)
    {
        Guard.NotNull(scorecard);
        Guard.NotNull(warning);
        return warning.GetMessage((options ?? RenderOptions.Default).Language);
    }

    /// <summary>A scoring method as its 评分标准 reads, in Chinese (also how <c>diff</c> words a method under Chinese).</summary>
    internal static string MethodZh(RuleSet rules, ScoringMethod method, decimal weight) => Method(rules, method, weight, zh: true);

    /// <summary>When an indicator is assessed and what happens otherwise, in Chinese.</summary>
    internal static string NotAssessedRuleZh(RuleSet rules, FormulaText condition, Fallback? fallback) => NotAssessedRule(rules, condition, fallback, zh: true);

    /// <summary>A formula or condition in the rule set's words, in Chinese.</summary>
    internal static string FormulaZh(RuleSet rules, string formula) => FormulaZh(name => NameOf(rules, name), formula);

    private static string Method(RuleSet rules, ScoringMethod method, decimal weight, bool zh) => method switch
    {
        JudgementMethod j => zh
            ? (j.Criteria is null ? string.Empty : j.Criteria + "。") + $"由评价人据实评分，最高{Num(weight)}分，并说明理由"
            : (j.Criteria is null ? string.Empty : j.Criteria + ". ") + $"Judged by the evaluator, up to {Num(weight)} points, with a written reason",
        FormulaMethod f => zh
            ? "得分 = " + FormulaZh(rules, f.Score.Text) + Metrics(rules, f.Score.Text, zh)
            : "score = " + f.Score.Text + Metrics(rules, f.Score.Text, zh),
        BandsMethod b => Bands(rules, b, zh),
        DeductionMethod d => Deduction(rules, d, weight, zh),
        ChecklistMethod c => string.Join(zh ? "；" : "; ", c.Criteria.Select(k => zh ? $"{k.Name}，得{Num(k.Points)}分" : $"{k.Name}: {Num(k.Points)} points")),
        PassFailMethod p => PassFail(rules, p.Condition.Text, weight, zh),
        AlternativesMethod a => (zh ? "择一进行考核：" : "Scored by one option: ") + string.Join(zh ? "；" : "; ", a.Options.Select((o, i) => Option(rules, o, i, weight, zh))),
        _ => method.ToString(),
    };

    private static string Option(RuleSet rules, Alternative option, int index, decimal weight, bool zh)
    {
        var name = option.Name ?? (zh ? $"第{index + 1}种考核方式" : $"option {index + 1}");
        var when = option.When is null
            ? (zh ? "其他情形" : "otherwise")
            : (zh ? "适用于" + FormulaZh(rules, option.When.Text) : "when " + option.When.Text);
        return zh ? $"{name}（{when}）：{Method(rules, option.Method, weight, zh)}" : $"{name} ({when}): {Method(rules, option.Method, weight, zh)}";
    }

    private static string Metrics(RuleSet rules, string formula, bool zh)
    {
        var used = Token.Matches(formula).Cast<Match>().Select(m => m.Value).Distinct(StringComparer.Ordinal)
            .Select(n => rules.Metrics.FirstOrDefault(m => m.Name == n)).Where(m => m is not null).Select(m => m!).ToList();
        return string.Concat(used.Select(m => zh
            ? $"；其中{NameOf(rules, m.Name)} = {FormulaZh(rules, m.Expression.Text)}"
            : $"; where {m.Name} = {m.Expression.Text}"));
    }

    private static string Bands(RuleSet rules, BandsMethod bands, bool zh)
    {
        var ratio = IsRatio(rules, bands.Value.Text);
        var value = zh ? FormulaZh(rules, bands.Value.Text) : bands.Value.Text;
        var ranges = bands.Bands.Select(b => zh
            ? $"{BandWords.Chinese(b.Range, ratio)}，得{Num(b.Points)}分"
            : $"{RangeEn(b.Range, ratio)}: {Num(b.Points)} points");
        return zh ? value + "：" + string.Join("；", ranges) : value + ": " + string.Join("; ", ranges);
    }

    private static string Deduction(RuleSet rules, DeductionMethod d, decimal weight, bool zh)
    {
        var ratio = IsRatio(rules, d.Value.Text);
        var value = zh ? FormulaZh(rules, d.Value.Text) : d.Value.Text;
        var threshold = Bound(d.Threshold, ratio);
        var per = ratio && d.Per == 0.01m ? (zh ? "1个百分点" : "percentage point") : Bound(d.Per, ratio);
        if (zh)
        {
            var side = d.Direction == DeductionDirection.Above ? "超过" : "低于";
            var counting = d.Counting switch
            {
                DeductionCounting.Whole => $"（不足{per}的不扣）",
                DeductionCounting.Started => $"（不足{per}的按{per}计）",
                _ => string.Empty,
            };
            return $"满分{Num(weight)}分；{value}{side}{threshold}的，每{side}{per}扣{Num(d.Points)}分{counting}，扣完为止";
        }

        var direction = d.Direction == DeductionDirection.Above ? "above" : "below";
        var count = d.Counting switch
        {
            DeductionCounting.Whole => " (whole units only)",
            DeductionCounting.Started => " (a unit begun counts as whole)",
            _ => string.Empty,
        };
        return $"{Num(weight)} points, less {Num(d.Points)} for each {per} {value} is {direction} {threshold}{count}, floored at 0";
    }

    private static string PassFail(RuleSet rules, string condition, decimal weight, bool zh)
    {
        var text = condition.Trim();
        var negated = text.StartsWith("not ", StringComparison.Ordinal) && IsName(text.Substring(4).Trim());
        if (zh)
        {
            return negated
                ? $"{NameOf(rules, text.Substring(4).Trim())}的，不得分；否则得{Num(weight)}分"
                : IsName(text) ? $"{NameOf(rules, text)}的，得{Num(weight)}分；否则不得分" : $"{FormulaZh(rules, text)}的，得{Num(weight)}分；否则不得分";
        }

        return $"{Num(weight)} points when {text}, else 0";
    }

    private static string NotAssessedRule(RuleSet rules, FormulaText condition, Fallback? fallback, bool zh)
    {
        var target = fallback?.Target is { } id ? rules.FindIndicator(id)?.Name ?? id : null;
        if (zh)
        {
            var outcome = fallback?.Kind switch
            {
                FallbackKind.MoveTo => $"分值调整至“{target}”指标",
                FallbackKind.Spread => "分值按比例调整至同级指标",
                FallbackKind.FullMarks => "得满分",
                _ => "不得分",
            };
            return $"不符合“{FormulaZh(rules, condition.Text)}”的，本项不考核，{outcome}";
        }

        var then = fallback?.Kind switch
        {
            FallbackKind.MoveTo => $"its points move to '{target}'",
            FallbackKind.Spread => "its points are spread over its siblings in proportion",
            FallbackKind.FullMarks => "it earns full marks",
            _ => "it scores 0",
        };
        return $"Assessed only when {condition.Text}; otherwise {then}";
    }

    /// <summary>
    /// An indicator's formula with its figures put in, as a bureau writes them (代入数值): a rate as a percentage to the
    /// rule set's decimals (96.57%), an amount as given, then what it came to: a formula's result to the rule set's
    /// decimals ("5 × MIN(1, 96.57%) = 4.83"), a condition's 是/否 ("非（是） = 否"); a banded or deducted value alone.
    /// </summary>
    internal static string? SubstitutedZh(RuleSet rules, IndicatorScore indicator, int decimals)
        => indicator.Explanation is { Formula: { } formula } e ? SubstitutedZh(name => NameOf(rules, name), indicator, e, formula, ByName(e), decimals) : null;

    /// <summary>
    /// The 公式 line of 评分过程 under Chinese, from the scorecard alone: the formula in the names its values carry, then
    /// its figures ("分值 × MIN(1, 部门预算资金支出完成率) → 5 × MIN(1, 96.57%) = 4.83"); the figures alone when there is no formula.
    /// </summary>
    internal static string? FormulaLineZh(IndicatorScore indicator, int decimals)
    {
        if (indicator.Explanation is not { Formula: { } formula } e)
        {
            return indicator.Explanation?.Substituted;
        }

        var values = ByName(e);
        string NameOfValue(string name) => values.TryGetValue(name, out var value) && value.Description is { } d ? (value.IsMetric ? RuleSet.LeftSideOf(d) : d) : name;
        return FormulaZh(NameOfValue, formula) + " → " + SubstitutedZh(NameOfValue, indicator, e, formula, values, decimals);
    }

    /// <summary>Each value an explanation read, by name (the first where one is listed twice).</summary>
    private static Dictionary<string, NamedValue> ByName(Explanation e)
        => e.Values.GroupBy(v => v.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private static string SubstitutedZh(Func<string, string> nameOf, IndicatorScore indicator, Explanation e, string formula, Dictionary<string, NamedValue> values, int decimals)
    {
        string? Figure(string name) => name == "weight" ? Num(indicator.Weight) : values.TryGetValue(name, out var value) ? value switch
        {
            { Number: { } n } when Labels.IsRatio(value.Unit) => Format.Percent(n, decimals),
            { Number: { } n, IsMetric: true } => Format.Points(Math.Round(n, decimals, MidpointRounding.AwayFromZero), decimals),
            { Number: { } n } => Format.Exact(n),
            { Boolean: { } b } => b ? "是" : "否",
            { Text: { } t } => "“" + t + "”",
            _ => null,
        } : null;
        var substituted = FormulaZh(nameOf, formula, Figure);
        return e switch
        {
            { Passed: { } passed } => substituted == (passed ? "是" : "否") ? substituted : substituted + " = " + (passed ? "是" : "否"),
            { Band: not null } or { Deduction: not null } when IsName(formula.Trim()) || e.Measured is null => substituted,
            { Measured: { } measured } => substituted + " = " + (Labels.IsRatio(e.Band?.Unit) ? Format.Percent(measured, decimals) : Format.Exact(measured)),
            { RawScore: { } raw } => substituted + " = " + Format.Points(Math.Round(raw, decimals, MidpointRounding.AwayFromZero), decimals),
            _ => substituted,
        };
    }

    private static string FormulaZh(Func<string, string> nameOf, string formula, Func<string, string?>? figure = null)
    {
        var text = new StringBuilder();
        var previous = string.Empty;
        foreach (Match match in Token.Matches(formula))
        {
            var token = match.Value;
            var word = figure is not null && IsName(token) && !FunctionLike(formula, match) && figure(token) is { } value
                ? previous is "not" or "!" ? "（" + value + "）" : value // 非（是）, not 非是
                : token switch
            {
                "weight" => "分值",
                "*" => "×",
                "/" => "÷",
                "<=" => "≤",
                ">=" => "≥",
                "!=" or "<>" => "≠",
                "==" => "=",
                "and" or "&&" => "且",
                "or" or "||" => "或",
                "not" or "!" => "非",
                "true" => "是",
                "false" => "否",
                "if" => "IF",
                _ when token[0] == '\'' => "“" + token.Substring(1, token.Length - 2) + "”",
                _ when IsName(token) && FunctionLike(formula, match) => token.ToUpperInvariant(),
                _ when IsName(token) => nameOf(token),
                _ => token,
            };
            text.Append(Spacing(previous, token)).Append(word);
            previous = token;
        }

        return text.ToString();
    }

    /// <summary>A space between tokens, but none inside brackets, before a comma, after ≈ or around 非, 且 and 或.</summary>
    private static string Spacing(string previous, string token)
    {
        return previous.Length == 0 || previous is "(" or "not" or "!" or "and" or "or" or "&&" or "||" or "≈" || token is ")" or "," or "and" or "or" or "&&" or "||" || (token == "(" && IsName(previous)) ? string.Empty : " ";
    }

    private static bool FunctionLike(string formula, Match match)
    {
        var next = match.Index + match.Length;
        while (next < formula.Length && formula[next] == ' ')
        {
            next++;
        }

        return next < formula.Length && formula[next] == '(';
    }

    private static bool IsName(string text) => text.Length > 0 && (char.IsLetter(text[0]) || text[0] == '_') && text.All(c => c < 128 && (char.IsLetterOrDigit(c) || c == '_'));

    private static bool IsRatio(RuleSet rules, string value)
    {
        var text = value.Trim();
        if (IsName(text))
        {
            return Labels.IsRatio(rules.Metrics.FirstOrDefault(m => m.Name == text)?.Unit ?? rules.Inputs.FirstOrDefault(i => i.Name == text)?.Unit);
        }

        return text.IndexOf('/') >= 0;
    }

    private static string RangeEn(NumericRange range, bool ratio)
    {
        var lower = range.Lower is { } l ? (range.LowerInclusive ? "≥ " : "> ") + Bound(l, ratio) : null;
        var upper = range.Upper is { } u ? (range.UpperInclusive ? "≤ " : "< ") + Bound(u, ratio) : null;
        return lower is null ? upper ?? "any value" : upper is null ? lower : lower + " and " + upper;
    }

    private static string Bound(decimal value, bool ratio) => ratio ? Num(value * 100m) + "%" : Num(value);

    private static string Num(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    private static bool IsDeclared(RuleSet rules, string name) => rules.Inputs.Any(i => i.Name == name) || rules.Metrics.Any(m => m.Name == name);

    private static string FigureOf(NamedValue value, int decimals, bool zh)
    {
        if (value.Number is { } number && Labels.IsRatio(value.Unit))
        {
            return Format.Percent(number, decimals);
        }

        if (value.Boolean is { } flag)
        {
            return zh ? (flag ? "是" : "否") : (flag ? "yes" : "no");
        }

        var figure = value.FormatValue();
        return value.Unit is null ? figure : zh ? figure + value.Unit : figure + " " + value.Unit;
    }

    private static string Named(RuleSet? rules, NamedValue value, bool zh)
        => rules is not null && zh ? NameOf(rules, value.Name) : value.Description is { } d && zh ? RuleSet.LeftSideOf(d) : value.Name;
}
