using System.Collections.Generic;
using System.IO;
using System.Linq;
using MiniExcelLibs;
using PerfEval.Rendering;
using PerfEval.Results;

namespace PerfEval.Cli;

/// <summary>
/// Writes the self-evaluation table a finance bureau receives as an .xlsx workbook: one row per leaf indicator with
/// its level names, weight, effective weight, score, points lost and reason, then the total and the grade.
/// </summary>
internal static class XlsxWriter
{
    public static void Write(Stream stream, Scorecard card, ReportLanguage language)
    {
        var chinese = language == ReportLanguage.Chinese;
        var depth = card.AllIndicators.Max(i => i.Level);
        var levelNames = Enumerable.Range(1, depth).Select(l => chinese ? "一二三四五六七八九"[l - 1] + "级指标" : "Level " + l).ToList();
        var (weight, effective, score, lost, status, reason) = chinese
            ? ("分值", "调整后分值", "得分", "扣分", "状态", "评分说明")
            : ("Weight", "Effective weight", "Score", "Points lost", "Status", "Reason");
        var rows = new List<Dictionary<string, object?>>();
        var names = new string[depth];
        foreach (var indicator in card.AllIndicators)
        {
            names[indicator.Level - 1] = indicator.Name;
            if (indicator.IsGroup)
            {
                continue;
            }

            var row = new Dictionary<string, object?>();
            for (var i = 0; i < depth; i++)
            {
                row[levelNames[i]] = i < indicator.Level ? names[i] : null;
            }

            row[weight] = indicator.Weight;
            row[effective] = indicator.EffectiveWeight;
            row[score] = indicator.Score;
            row[lost] = indicator.PointsLost;
            row[status] = indicator.Status switch
            {
                IndicatorStatus.Scored => chinese ? "已评分" : "scored",
                IndicatorStatus.NotAssessed => chinese ? "不考核" : "not assessed",
                _ => chinese ? "不考核（分值调整）" : "redistributed",
            };
            row[reason] = indicator.Explanation?.Reason ?? ExplanationRenderer.Describe(card, indicator, new RenderOptions { Language = language });
            rows.Add(row);
        }

        var total = new Dictionary<string, object?> { [levelNames[0]] = chinese ? "合计" : "Total" };
        for (var i = 1; i < depth; i++)
        {
            total[levelNames[i]] = null;
        }

        total[weight] = card.TotalPoints;
        total[effective] = card.EffectiveTotal;
        total[score] = card.Total;
        total[lost] = card.PointsLost;
        total[status] = card.Grade.Label;
        total[reason] = (chinese ? "自评等级：" : "Grade: ") + card.Grade.Label;
        rows.Add(total);
        stream.SaveAs(rows, sheetName: chinese ? "绩效自评表" : "Self-evaluation");
    }
}
