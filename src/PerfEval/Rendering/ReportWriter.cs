using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PerfEval.Inputs;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Rendering;

/// <summary>Writes the blocks of one report: the sections in order (the items and figures are in the partial files).</summary>
internal sealed partial class ReportWriter
{
    private readonly Scorecard card;
    private readonly RuleSet rules;
    private readonly InputValues? input;
    private readonly bool zh;
    private readonly int decimals;
    private readonly List<ReportBlock> blocks = new();

    public ReportWriter(Scorecard card, RuleSet rules, InputValues? input, bool zh)
    {
        this.card = card;
        this.rules = rules;
        this.input = input;
        this.zh = zh;
        decimals = card.Decimals;
    }

    private string Year => rules.FiscalYear is { } y ? y.ToString(CultureInfo.InvariantCulture) : string.Empty;

    public IReadOnlyList<ReportBlock> Write()
    {
        // The unit on a line of its own, then the report's name, as a 公文 title breaks.
        if (card.Subject is not null)
        {
            Add(ReportBlockKind.Title, card.Subject);
        }

        Add(ReportBlockKind.Title, zh
            ? (Year.Length > 0 ? Year + "年度" : string.Empty) + "部门整体支出绩效自评报告"
            : "Self-evaluation report on overall expenditure performance" + (Year.Length > 0 ? ", " + Year : string.Empty));
        BasicInformation();
        Conclusion();
        Analysis();
        Problems();
        Other();
        return blocks;
    }

    private void Add(ReportBlockKind kind, string text) => blocks.Add(new ReportBlock(kind, text));

    private void BasicInformation()
    {
        Add(ReportBlockKind.Heading1, zh ? "一、部门基本情况" : "I. Basic information");
        var settings = rules.Report;
        Part(zh ? "（一）部门整体概况。" : "(1) Overview of the department", settings?.Overview, zh ? "部门主要职责、机构设置和人员编制情况" : "the department's duties, internal units and staff");
        Part(zh ? "（二）年度总体工作和重点工作任务。" : "(2) Annual work and key tasks", settings?.Tasks, zh ? "年度总体工作和重点工作任务的完成情况" : "the year's work and how its key tasks were done");
        Add(ReportBlockKind.Heading2, zh ? "（三）部门整体支出情况。" : "(3) Overall expenditure");
        if (zh && settings?.Spending is { } spending)
        {
            Paragraphs(Fill(spending, null));
        }
        else
        {
            Add(ReportBlockKind.Body, SpendingByDefault());
        }

        Part(zh ? "（四）部门整体支出绩效目标。" : "(4) Performance targets", settings?.Goals, zh ? "部门整体支出绩效目标及其完成情况" : "the overall expenditure's performance targets and how they were met");
    }

    /// <summary>A part of 部门基本情况 from its template, or a marked gap: the report never invents a unit's own words.</summary>
    private void Part(string heading, ReportTemplate? template, string missing)
    {
        Add(ReportBlockKind.Heading2, heading);
        if (zh && template is not null)
        {
            Paragraphs(Fill(template, null));
        }
        else
        {
            Add(ReportBlockKind.ToComplete, Gap(missing));
        }
    }

    private void Paragraphs(string text)
    {
        foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            Add(ReportBlockKind.Body, line);
        }
    }

    /// <summary>（三）部门整体支出情况 without a template: every amount the input states, in the rule set's order.</summary>
    private string SpendingByDefault()
    {
        var figures = new List<string>();
        foreach (var definition in rules.Inputs.Where(i => i.Type == InputType.Decimal && i.Unit is not null && !Labels.IsRatio(i.Unit)))
        {
            if (InputFigure(definition.Name) is { Number: { } } value)
            {
                figures.Add(zh ? (definition.Description ?? definition.Name) + Figure(value) : definition.Name + " = " + Figure(value));
            }
        }

        if (figures.Count == 0)
        {
            return Gap(zh ? "部门预算和支出情况" : "the department's budget and spending");
        }

        return zh
            ? (Year.Length > 0 ? Year + "年" : string.Empty) + "本部门" + string.Join("，", figures) + "。"
            : (Year.Length > 0 ? "In " + Year + ": " : string.Empty) + string.Join("; ", figures) + ".";
    }

    private void Conclusion()
    {
        Add(ReportBlockKind.Heading1, zh ? "二、绩效自评结论" : "II. Conclusion");
        var total = Points(card.Total);
        if (zh)
        {
            var basis = rules.Source is null ? "根据《" + rules.Title + "》的评分标准，" : "根据" + rules.Source + "的相关要求和标准，";
            Add(ReportBlockKind.Body, basis + "我单位" + (Year.Length > 0 ? Year + "年" : string.Empty) + "整体支出绩效自评分数" + total + "分，自评等级为" + card.Grade.Label + "。");
        }
        else
        {
            var basis = "Under " + (rules.Source ?? rules.Title) + ", ";
            Add(ReportBlockKind.Body, basis + "the unit's " + (Year.Length > 0 ? Year + " " : string.Empty) + "overall expenditure scores " + total + " points in its self-evaluation, grade " + card.Grade.Label + " (" + card.Grade.Code + ").");
        }
    }

    private void Analysis()
    {
        Add(ReportBlockKind.Heading1, zh ? "三、绩效自评分析" : "III. Analysis");
        for (var i = 0; i < card.Indicators.Count; i++)
        {
            var top = card.Indicators[i];
            Add(ReportBlockKind.Heading2, zh ? "（" + ChineseNumerals.Digit(i + 1) + "）" + top.Name + "。" : "(" + (i + 1).ToString(CultureInfo.InvariantCulture) + ") " + top.Name);
            if (!top.IsGroup)
            {
                Add(ReportBlockKind.Body, Item(top));
                continue;
            }

            for (var j = 0; j < top.Children.Count; j++)
            {
                var child = top.Children[j];
                var number = (j + 1).ToString(CultureInfo.InvariantCulture) + (zh ? "." : ". ");
                if (!child.IsGroup)
                {
                    Add(ReportBlockKind.Body, number + Item(child));
                    continue;
                }

                Add(ReportBlockKind.Heading3, number + child.Name);
                var k = 1;
                foreach (var leaf in child.Children.SelectMany(Leaves))
                {
                    Add(ReportBlockKind.Body, (zh ? "（" + k.ToString(CultureInfo.InvariantCulture) + "）" : "(" + k.ToString(CultureInfo.InvariantCulture) + ") ") + Item(leaf));
                    k++;
                }
            }
        }
    }

    private void Problems()
    {
        Add(ReportBlockKind.Heading1, zh ? "四、存在的问题、原因分析及改进措施" : "IV. Problems, causes and improvements");
        Add(ReportBlockKind.Draft, zh
            ? "（本部分根据扣分指标起草，请单位核实问题和原因、补充改进措施后再报送。）"
            : "(Drafted from the indicators that lost points: the unit checks the problems and causes and adds its improvements before filing.)");
        Add(ReportBlockKind.Heading2, zh ? "（一）存在的问题及原因" : "(1) Problems and their causes");
        var lost = card.AllIndicators.Where(i => !i.IsGroup && i.PointsLost > 0).ToList();
        for (var i = 0; i < lost.Count; i++)
        {
            var leaf = lost[i];
            var body = Body(leaf);
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            Add(ReportBlockKind.Body, zh
                ? number + "." + leaf.Name + "扣" + Points(leaf.PointsLost) + "分" + (body.Length == 0 ? "。" : "：" + body + "。")
                : number + ". " + leaf.Name + " lost " + Points(leaf.PointsLost) + (leaf.PointsLost == 1m ? " point" : " points") + (body.Length == 0 ? "." : ": " + body + "."));
        }

        if (lost.Count == 0)
        {
            Add(ReportBlockKind.Body, zh ? "本年度各项指标均得满分，评分中未发现扣分问题。" : "Every indicator scored full marks; the scoring found no points lost.");
        }

        Add(ReportBlockKind.ToComplete, Gap(zh ? "评分以外发现的其他问题（如有）" : "any other problems found outside the scoring"));
        Add(ReportBlockKind.Heading2, zh ? "（二）改进措施" : "(2) Improvements");
        Add(ReportBlockKind.ToComplete, Gap(zh ? "针对上述问题逐条提出的改进措施" : "an improvement for each problem above"));
    }

    private void Other()
    {
        Add(ReportBlockKind.Heading1, zh ? "五、其他需要说明的情况" : "V. Other matters");
        if (zh && rules.Report?.Other is { } other)
        {
            Paragraphs(Fill(other, null));
        }
        else
        {
            Add(ReportBlockKind.ToComplete, Gap(zh ? "其他需要说明的情况；如无，填写“无”" : "other matters; write \"none\" if there are none"));
        }
    }

    private static IEnumerable<IndicatorScore> Leaves(IndicatorScore indicator) =>
        indicator.IsGroup ? indicator.Children.SelectMany(Leaves) : new[] { indicator };

    /// <summary>A marked gap for the unit to fill: 【待单位填写：…】.</summary>
    private string Gap(string what) => zh ? "【待单位填写：" + what + "。】" : "[To be completed by the unit: " + what + ".]";
}
