using System;
using System.Collections.Generic;
using System.Linq;
using PerfEval.Results;

namespace PerfEval.Rendering;

/// <summary>
/// The lines of a 项目支出绩效自评表's indicator table, read off a scorecard once for every layout (text, xlsx): one
/// line per 三级指标 row, and one per scored indicator that has no rows and no place in the 项目资金 header (so nothing
/// scored is left off the form).
/// </summary>
internal static class ProjectTable
{
    /// <summary>The lines, in tree order; each row under its group (一级指标) and kind (二级指标).</summary>
    public static IReadOnlyList<ProjectTableLine> Lines(Scorecard scorecard)
    {
        var onFunds = new HashSet<string>(scorecard.Project?.Funds.Select(f => f.IndicatorId).OfType<string>() ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
        var lines = new List<ProjectTableLine>();
        foreach (var indicator in scorecard.AllIndicators)
        {
            if (indicator.IsGroup || onFunds.Contains(indicator.Id))
            {
                continue;
            }

            var rows = indicator.Explanation?.Rows ?? Array.Empty<RowResult>();
            if (rows.Count == 0)
            {
                var notAssessed = indicator.Status != IndicatorStatus.Scored;
                lines.Add(new ProjectTableLine(indicator.Name, null, null, null, null, indicator.EffectiveWeight, notAssessed ? null : indicator.Score, indicator.Explanation?.Reason, !notAssessed));
                continue;
            }

            foreach (var row in rows)
            {
                lines.Add(new ProjectTableLine(indicator.Name, row.Level2, row.Name, row.Target, row.Actual, row.Points, row.Applies ? row.Score : null, row.Applies && row.Score >= row.Points ? null : row.Reason, row.Applies));
            }
        }

        return lines;
    }

    /// <summary>The 得分 of the indicator a funds line shows, with its 分值; <see langword="null"/> when the line shows none.</summary>
    public static IndicatorScore? IndicatorOf(Scorecard scorecard, FundsLine line)
        => line.IndicatorId is { } id && scorecard.TryGetIndicator(id, out var indicator) ? indicator : null;
}

/// <summary>
/// One line of the indicator table: 一级指标, 二级指标, 三级指标, 年度指标值, 实际完成值, 分值, 得分 (<see langword="null"/>
/// when not assessed) and the 偏差原因 (or, for a line not assessed, why).
/// </summary>
internal sealed record ProjectTableLine(string Level1, string? Level2, string? Name, string? Target, string? Actual, decimal Points, decimal? Score, string? Reason, bool Applies);
