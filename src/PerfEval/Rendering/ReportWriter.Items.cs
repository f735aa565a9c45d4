using System.Collections.Generic;
using System.Linq;
using PerfEval.Results;

namespace PerfEval.Rendering;

/// <content>How one indicator reads: its name, what it found (the template or the explanation), and its points.</content>
internal sealed partial class ReportWriter
{
    private static readonly char[] EndPunctuation = { '。', '；', '，', '.', ';', ',', ' ' };

    /// <summary>"预算编制合理性，我单位……。本项指标总分值4分，自评得分4分。"</summary>
    private string Item(IndicatorScore leaf)
    {
        var body = Body(leaf);
        return zh
            ? leaf.Name + "，" + (body.Length == 0 ? string.Empty : body + "。") + Points(leaf)
            : leaf.Name + ": " + (body.Length == 0 ? string.Empty : body + ". ") + Points(leaf);
    }

    /// <summary>What the indicator found, without closing punctuation: the rule set's template under Chinese, else the explanation's reason or figures.</summary>
    private string Body(IndicatorScore leaf)
    {
        if (zh && rules.FindIndicator(leaf.Id)?.Report is { } template)
        {
            return Fill(template, leaf).Replace("\r", string.Empty).Replace("\n", string.Empty).TrimEnd(EndPunctuation);
        }

        var e = leaf.Explanation;
        if (e is null)
        {
            return string.Empty;
        }

        if (e.Reason is { } reason)
        {
            return reason.Trim().TrimEnd(EndPunctuation);
        }

        var parts = new List<string>();
        var criteria = e.Criteria;
        foreach (var value in e.Values.Where(v => criteria.Count == 0 || v.Boolean is null))
        {
            parts.Add(Described(value));
        }

        if (criteria.Count > 0)
        {
            var met = criteria.Where(c => c.Met).Select(c => zh ? "“" + c.Name + "”" : "'" + c.Name + "'").ToList();
            var unmet = criteria.Where(c => !c.Met).Select(c => zh ? "“" + c.Name + "”" : "'" + c.Name + "'").ToList();
            if (met.Count > 0)
            {
                parts.Add(zh ? string.Join(string.Empty, met) + "符合要求" : "met: " + string.Join(", ", met));
            }

            if (unmet.Count > 0)
            {
                parts.Add(zh ? string.Join(string.Empty, unmet) + "未达到要求" : "not met: " + string.Join(", ", unmet));
            }
        }
        else if (e.Values.Count == 0 && e.Passed is { } passed)
        {
            parts.Add(zh ? (passed ? "达到评分标准" : "未达到评分标准") : passed ? "the condition is met" : "the condition is not met");
        }

        return string.Join(zh ? "，" : "; ", parts);
    }

    /// <summary>A figure with what it is: "实际支出2679.48万元", "actual_spending = 2679.48 万元"; a yes/no value as a statement.</summary>
    private string Described(NamedValue value)
    {
        var label = value.Description ?? value.Name;
        var cut = label.IndexOf(" = ", System.StringComparison.Ordinal);
        label = cut > 0 ? label.Substring(0, cut) : label;
        if (value.Boolean is { } flag)
        {
            return zh ? (flag ? label : "不存在“" + label + "”的情况") : value.Name + " = " + (flag ? "yes" : "no");
        }

        return zh ? label + Figure(value) : value.Name + " = " + Figure(value);
    }

    /// <summary>The item's points: "本项指标总分值5分，增加资金下达合规性指标分值2分，指标总分值7分，按照相关指标计算，自评得分6.76分。"</summary>
    private string Points(IndicatorScore leaf)
    {
        var name = ExplanationRenderer.NameIn(card);
        if (leaf.Status == IndicatorStatus.Redistributed)
        {
            var moves = card.WeightMoves.Where(m => m.From == leaf.Id).ToList();
            return zh
                ? "本项指标不考核，" + string.Join("，", moves.Select(m => Points(m.Points) + "分调整至“" + name(m.To) + "”指标")) + "。"
                : "Not assessed; " + string.Join(", ", moves.Select(m => Points(m.Points) + " points moved to '" + name(m.To) + "'")) + ".";
        }

        if (leaf.Status == IndicatorStatus.NotAssessed)
        {
            return zh
                ? "本项指标不考核，" + (leaf.Score > 0 ? "按规定得" + Points(leaf.Score) + "分。" : "不得分。")
                : "Not assessed; " + (leaf.Score > 0 ? "awarded " + Points(leaf.Score) + " points as the rules provide." : "no points.");
        }

        var received = card.WeightMoves.Where(m => m.To == leaf.Id).ToList();
        var text = zh ? "本项指标总分值" + Points(leaf.Weight) + "分" : "Weight " + Points(leaf.Weight);
        if (leaf.EffectiveWeight != leaf.Weight)
        {
            text += zh
                ? (received.Count == 0 ? "，调整后" : "，增加" + string.Join("、", received.Select(m => name(m.From) + "指标分值" + Points(m.Points) + "分")) + "，") + "指标总分值" + Points(leaf.EffectiveWeight) + "分，按照相关指标计算"
                : (received.Count == 0 ? string.Empty : ", plus " + string.Join(", ", received.Select(m => Points(m.Points) + " from '" + name(m.From) + "'"))) + ", effective weight " + Points(leaf.EffectiveWeight);
        }

        return zh
            ? text + (leaf.Score == 0m ? "，本项自评不得分。" : "，自评得分" + Points(leaf.Score) + "分。")
            : text + "; score " + Points(leaf.Score) + ".";
    }
}
