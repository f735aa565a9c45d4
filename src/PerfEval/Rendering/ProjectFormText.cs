using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PerfEval.Results;

namespace PerfEval.Rendering;

/// <summary>
/// The 项目支出绩效自评表 in the national layout as plain text: the header (项目名称, 主管部门, 实施单位), the 项目资金
/// lines, 年度总体目标, and the indicator table with 年度指标值, 实际完成值, 分值, 得分 and 偏差原因分析及改进措施.
/// </summary>
internal static class ProjectFormText
{
    /// <summary>Appends the form; <see cref="TextRenderer"/> writes it in place of its summary table for a scorecard with rows.</summary>
    public static void Write(StringBuilder text, Scorecard scorecard, ProjectFormWords words, Labels labels)
    {
        var d = scorecard.Decimals;
        var colon = labels.Colon;
        text.Append(words.Title).Append('\n');
        Field(text, words.Project, scorecard.Subject, colon);
        if (scorecard.Project is { } header)
        {
            Field(text, words.Department, header.Department, colon);
            Field(text, words.Implementer, header.Implementer, colon);
            if (header.Funds.Count > 0)
            {
                text.Append('\n');
                var funds = new List<string[]> { new[] { words.Funds, words.Initial, words.Annual, words.Executed, words.Points, words.Rate, words.Score } };
                foreach (var line in header.Funds)
                {
                    var scored = ProjectTable.IndicatorOf(scorecard, line);
                    funds.Add(new[]
                    {
                        line.Label, Amount(line.Initial, d), Amount(line.Annual, d), Amount(line.Executed, d),
                        scored is { } s ? Format.Points(s.EffectiveWeight, d) : string.Empty,
                        line.Rate is { } rate ? Format.Percent(rate, d) : string.Empty,
                        scored is { } t ? Format.Points(t.Score, d) : string.Empty,
                    });
                }

                Table(text, funds, numericFrom: 1);
            }

            if (header.Goal is not null || header.Achieved is not null)
            {
                text.Append('\n').Append(words.Goal).Append('\n');
                Field(text, "  " + words.Planned, header.Goal, colon);
                Field(text, "  " + words.Achieved, header.Achieved, colon);
            }
        }

        text.Append('\n');
        var table = new List<string[]> { new[] { words.Level1, words.Level2, words.Level3, words.Target, words.Actual, words.Points, words.Score, words.Reason } };
        string? level1 = null, level2 = null;
        foreach (var line in ProjectTable.Lines(scorecard))
        {
            // A level's name is written once, on its first line, as the form's merged cell reads.
            var newGroup = line.Level1 != level1;
            table.Add(new[]
            {
                newGroup ? line.Level1 : string.Empty,
                newGroup || line.Level2 != level2 ? line.Level2 ?? string.Empty : string.Empty,
                line.Name ?? string.Empty, line.Target ?? string.Empty, line.Actual ?? string.Empty,
                Format.Points(line.Points, d), line.Score is { } score ? Format.Points(score, d) : words.NotAssessed, line.Reason ?? string.Empty,
            });
            level1 = line.Level1;
            level2 = line.Level2;
        }

        table.Add(new[] { words.Total, string.Empty, string.Empty, string.Empty, string.Empty, Format.Points(scorecard.EffectiveTotal, d), Format.Points(scorecard.Total, d), string.Empty });
        Table(text, table, numericFrom: 5, numericTo: 6);
    }

    private static string Amount(decimal? value, int decimals) => value is { } v ? Format.Points(v, decimals) : string.Empty;

    private static void Field(StringBuilder text, string label, string? value, string colon)
    {
        if (value is not null)
        {
            text.Append(label).Append(colon).Append(value).Append('\n');
        }
    }

    /// <summary>Writes aligned columns (two columns per CJK character); columns numericFrom..numericTo align right; the last column is not padded.</summary>
    private static void Table(StringBuilder text, List<string[]> rows, int numericFrom, int numericTo = int.MaxValue)
    {
        var columns = rows[0].Length;
        var widths = Enumerable.Range(0, columns).Select(c => rows.Max(r => TextRenderer.DisplayWidth(r[c]))).ToArray();
        foreach (var row in rows)
        {
            var start = text.Length;
            for (var c = 0; c < columns; c++)
            {
                var pad = widths[c] - TextRenderer.DisplayWidth(row[c]);
                var right = c >= numericFrom && c <= numericTo;
                if (c > 0)
                {
                    text.Append("  ");
                }

                if (right)
                {
                    text.Append(' ', pad);
                }

                text.Append(row[c]);
                if (!right && c < columns - 1)
                {
                    text.Append(' ', pad);
                }
            }

            while (text.Length > start && text[text.Length - 1] == ' ')
            {
                text.Length--;
            }

            text.Append('\n');
        }
    }
}
