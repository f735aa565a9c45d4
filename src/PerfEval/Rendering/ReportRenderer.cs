using System.Globalization;
using System.Linq;
using System.Text;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Rendering;

/// <summary>
/// Writes the Chinese "绩效自评分析" prose of a self-evaluation report from a scorecard, in the manner of the reports
/// finance bureaus receive: a conclusion, then every indicator in order with its figures or reason, e.g.
/// "（1）预算编制合理性，……本项指标总分值4分，自评得分4分。"
/// </summary>
public static class ReportRenderer
{
    /// <summary>Renders the report.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="ruleSet">The rule set it was scored with (for the notice and fiscal year).</param>
    /// <returns>The report, ending with a newline.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string Render(Scorecard scorecard, RuleSet ruleSet)
    {
        Guard.NotNull(scorecard);
        Guard.NotNull(ruleSet);
        var d = scorecard.Decimals;
        var subject = scorecard.Subject ?? "本单位";
        var year = ruleSet.FiscalYear is { } y ? y.ToString(CultureInfo.InvariantCulture) + "年" : string.Empty;
        var text = new StringBuilder();
        text.Append(subject).Append(year).Append("部门整体支出绩效自评分析\n\n");
        text.Append("一、绩效自评结论\n");
        text.Append(ruleSet.Source is null ? "根据" + ruleSet.Title + "的评分标准，" : "根据" + ruleSet.Source + "的相关要求和标准，")
            .Append("我单位").Append(year).Append("整体支出绩效自评分数").Append(Points(scorecard.Total, d)).Append("分，自评等级为").Append(scorecard.Grade.Label).Append("。\n\n");
        text.Append("二、绩效自评分析\n");
        for (var i = 0; i < scorecard.Indicators.Count; i++)
        {
            var top = scorecard.Indicators[i];
            text.Append('（').Append(ChineseNumerals.Digit(i + 1)).Append('）').Append(top.Name).Append("。本部分总分值").Append(Points(top.EffectiveWeight, d))
                .Append("分，自评得分").Append(Points(top.Score, d)).Append("分。\n");
            if (!top.IsGroup)
            {
                text.Append(Leaf(top, scorecard, d)).Append('\n');
                continue;
            }

            for (var j = 0; j < top.Children.Count; j++)
            {
                var child = top.Children[j];
                var item = 1;
                if (child.IsGroup)
                {
                    text.Append((j + 1).ToString(CultureInfo.InvariantCulture)).Append('.').Append(child.Name).Append('\n');
                    foreach (var leaf in child.Children.SelectMany(Leaves))
                    {
                        text.Append('（').Append(item++.ToString(CultureInfo.InvariantCulture)).Append('）').Append(Leaf(leaf, scorecard, d)).Append('\n');
                    }
                }
                else
                {
                    text.Append((j + 1).ToString(CultureInfo.InvariantCulture)).Append('.').Append(Leaf(child, scorecard, d)).Append('\n');
                }
            }
        }

        if (scorecard.Warnings.Count > 0)
        {
            text.Append("\n三、数据核对提示\n");
            foreach (var warning in scorecard.Warnings)
            {
                text.Append("· ").Append(warning.Message).Append('\n');
            }
        }

        return text.ToString();
    }

    private static System.Collections.Generic.IEnumerable<IndicatorScore> Leaves(IndicatorScore indicator) =>
        indicator.IsGroup ? indicator.Children.SelectMany(Leaves) : new[] { indicator };

    private static string Leaf(IndicatorScore leaf, Scorecard card, int d)
    {
        var text = new StringBuilder(leaf.Name).Append('，');
        if (leaf.Status == IndicatorStatus.Redistributed)
        {
            var moves = card.WeightMoves.Where(m => m.From == leaf.Id || leaf.Path.Split('/').Contains(m.From)).ToList();
            text.Append("本项指标不考核，");
            text.Append(string.Join("，", moves.Select(m => $"{Points(m.Points, d)}分调整至“{(card.TryGetIndicator(m.To, out var to) ? to.Name : m.To)}”指标")));
            return text.Append('。').ToString();
        }

        if (leaf.Status == IndicatorStatus.NotAssessed)
        {
            return text.Append("本项指标不考核，").Append(leaf.Score > 0 ? $"按规定得{Points(leaf.Score, d)}分。" : "本项不得分。").ToString();
        }

        if (leaf.Explanation?.Reason is { } reason)
        {
            text.Append(reason.TrimEnd('。', '；', '，', '.')).Append('。');
        }
        else if (leaf.Explanation?.Values is { Count: > 0 } values)
        {
            text.Append(string.Join("，", values.Select(Figure))).Append('。');
        }

        text.Append("本项指标总分值").Append(Points(leaf.Weight, d)).Append("分");
        var received = card.WeightMoves.Where(m => m.To == leaf.Id).ToList();
        if (leaf.EffectiveWeight != leaf.Weight)
        {
            var from = received.Count == 0
                ? "调整"
                : "增加" + string.Join("、", received.Select(m => (card.TryGetIndicator(m.From, out var f) ? f.Name : m.From) + "指标分值" + Points(m.Points, d) + "分"));
            text.Append('，').Append(from).Append("，指标总分值").Append(Points(leaf.EffectiveWeight, d)).Append("分，按照相关指标计算");
        }

        text.Append("，自评得分").Append(Points(leaf.Score, d)).Append("分。");
        return text.ToString();
    }

    private static string Figure(NamedValue value)
    {
        var label = value.Description ?? value.Name;
        var cut = label.IndexOf(" = ", System.StringComparison.Ordinal);
        label = cut > 0 ? label.Substring(0, cut) : label;
        if (value.Boolean is { } flag)
        {
            return label + (flag ? "：是" : "：否");
        }

        if (value.Number is { } number)
        {
            return value.Unit == "ratio"
                ? label + (number * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%"
                : label + number.ToString(CultureInfo.InvariantCulture) + (value.Unit ?? string.Empty);
        }

        return label + "：" + value.Text;
    }

    private static string Points(decimal value, int decimals)
    {
        // As the reports write them: 4分, 6.76分, 2.5分.
        var rounded = System.Math.Round(value, decimals, System.MidpointRounding.AwayFromZero);
        return rounded.ToString("0." + new string('#', System.Math.Max(1, decimals)), CultureInfo.InvariantCulture);
    }
}
