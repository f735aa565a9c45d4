using PerfEval.Inputs;
using PerfEval.Rendering;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Rendering;

/// <summary>The report model: the real report's structure, each item with its figures, the problems drafted from the points lost, gaps marked and nothing invented.</summary>
public sealed class ReportBuilderTests
{
    private static readonly string[] ChineseHeadings =
    {
        "一、部门基本情况", "二、绩效自评结论", "三、绩效自评分析", "四、存在的问题、原因分析及改进措施", "五、其他需要说明的情况",
    };

    [Fact]
    public void Build_Yangxi_HasTheSectionsOfTheRealReportInOrder()
    {
        var report = Yangxi(ReportLanguage.Chinese);

        Assert.Equal(
            new[] { "阳西县土地储备和城市更新事务中心", "2023年度部门整体支出绩效自评报告" },
            report.Blocks.TakeWhile(b => b.Kind == ReportBlockKind.Title).Select(b => b.Text));
        Assert.Equal(ChineseHeadings, report.Blocks.Where(b => b.Kind == ReportBlockKind.Heading1).Select(b => b.Text));
        Assert.Equal(
            new[] { "（一）部门整体概况。", "（二）年度总体工作和重点工作任务。", "（三）部门整体支出情况。", "（四）部门整体支出绩效目标。" },
            Under(report, "一、部门基本情况").Where(b => b.Kind == ReportBlockKind.Heading2).Select(b => b.Text));
        Assert.Equal(new[] { "（一）预算编制。", "（二）预算执行。", "（三）预算使用效益。" }, Under(report, "三、绩效自评分析").Where(b => b.Kind == ReportBlockKind.Heading2).Select(b => b.Text));
    }

    [Fact]
    public void Build_Yangxi_WritesEachItemWithItsFiguresAsTheSourceReportDoes()
    {
        var body = Yangxi(ReportLanguage.Chinese).Blocks.Where(b => b.Kind == ReportBlockKind.Body).Select(b => b.Text).ToList();

        Assert.Contains("根据《阳西县财政局关于做好2024年县级财政资金部门整体支出和项目支出绩效自评工作的通知》（西财绩〔1〕号）的相关要求和标准，我单位2023年整体支出绩效自评分数92.76分，自评等级为优。", body);
        Assert.Contains("2023年本部门年初预算数483.15万元，全年预算数2774.62万元，财政下达预算数总额2774.62万元，实际支出2679.48万元，其中基本经费支出508.24万元，项目支出2171.21万元。", body);
        Assert.Contains("（1）资金下达合规性，本单位2023年度无转移支付及无下属单位。本项指标不考核，2分调整至“部门预算资金支出完成率”指标。", body);
        Assert.Contains("（2）部门预算资金支出完成率，本单位2023年实际支出2679.48万元，财政下达预算数2774.62万元，支出完成率96.57%。本项指标总分值5分，增加资金下达合规性指标分值2分，指标总分值7分，按照相关指标计算，自评得分6.76分。", body);
        Assert.Contains("（4）政府采购执行情况，本年度本单位实际采购数9.46万元，大于年度政府采购预算。本项指标总分值4分，本项自评不得分。", body);
        Assert.Contains("1.经济性，本单位“三公”经费实际支出数在预算范围内，公用经费决算数在预算范围内，其中“三公”经费预算安排3.97万元，实际支出2.75万元；公用经费预算数42万元，决算数23.53万元。本项指标总分值5分，自评得分5分。", body);
        Assert.DoesNotContain(body, b => b.Contains("：是", StringComparison.Ordinal) || b.Contains("：否", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Yangxi_DraftsTheProblemsFromThePointsLostAndMarksWhatTheUnitMustWrite()
    {
        var report = Yangxi(ReportLanguage.Chinese);
        var problems = Under(report, "四、存在的问题、原因分析及改进措施");

        Assert.Equal(ReportBlockKind.Draft, problems[0].Kind);
        Assert.Equal(
            new[] { "1.制度管理扣2分：", "2.部门预算资金支出完成率扣0.24分：", "3.政府采购执行情况扣4分：", "4.资产管理合规性扣1分：" },
            problems.Where(b => b.Kind == ReportBlockKind.Body).Select(b => b.Text[..(b.Text.IndexOf('：', StringComparison.Ordinal) + 1)]));
        Assert.Contains(problems, b => b.Kind == ReportBlockKind.Body && b.Text.EndsWith("但预算绩效管理制度尚未完善，还需进一步健全。", StringComparison.Ordinal));
        Assert.Equal(ReportBlockKind.ToComplete, problems[^1].Kind); // the improvements are the unit's to write

        // The unit's own texts the input does not hold are gaps, never invented.
        Assert.Equal(ReportBlockKind.ToComplete, Under(report, "一、部门基本情况")[1].Kind);
        Assert.Equal(ReportBlockKind.ToComplete, Under(report, "五、其他需要说明的情况").Single().Kind);
    }

    [Fact]
    public void Build_English_HasTheSameStructure()
    {
        var zh = Yangxi(ReportLanguage.Chinese);
        var en = Yangxi(ReportLanguage.English);

        Assert.Equal(ReportLanguage.English, en.Language);
        Assert.Equal(
            new[] { "I. Basic information", "II. Conclusion", "III. Analysis", "IV. Problems, causes and improvements", "V. Other matters" },
            en.Blocks.Where(b => b.Kind == ReportBlockKind.Heading1).Select(b => b.Text));
        Assert.Equal(zh.Blocks.Where(b => b.IsHeading).Select(b => b.Kind), en.Blocks.Where(b => b.IsHeading).Select(b => b.Kind));
        Assert.Contains(en.Blocks, b => b.Text == "(2) 部门预算资金支出完成率: execution_rate = 96.57%. Weight 5, plus 2 from '资金下达合规性', effective weight 7; score 6.76.");
        Assert.Contains(en.Blocks, b => b.Text.Contains("scores 92.76 points in its self-evaluation, grade 优 (excellent).", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_WithoutTheInput_MarksTheFiguresOnlyTheInputHolds()
    {
        var rules = Some.Yangxi();
        var card = rules.Score(Some.YangxiInput());

        var report = ReportBuilder.Build(card, rules.Definition, null, new RenderOptions { Language = ReportLanguage.Chinese });

        var spending = Under(report, "一、部门基本情况").First(b => b.Text.StartsWith("2023年本部门", StringComparison.Ordinal)).Text;
        Assert.StartsWith("2023年本部门年初预算数【待补充：年初预算数】，", spending, StringComparison.Ordinal);
        Assert.Contains(report.Blocks, b => b.Text.Contains("支出完成率96.57%", StringComparison.Ordinal)); // a metric the scorecard holds
    }

    [Fact]
    public void Build_TemplatesOverTextInputsAndDefaults_ReadAsWritten()
    {
        var rules = Some.Rules(Some.Header(total: 10) + """
            report:
              overview: |-
                {overview}
                本单位共有{staff}。
            inputs:
              - { name: overview, type: text }
              - { name: staff, type: integer, unit: 人 }
              - { name: spent, type: decimal, unit: 万元, description: 实际支出 }
              - { name: budget, type: decimal, unit: 万元, description: 预算数 }
              - { name: audited, type: boolean, description: 已开展审计 }
            metrics:
              - { name: rate, expression: spent / budget, unit: ratio, description: 支出完成率 = 实际支出 / 预算 }
            indicators:
              - { id: execution, name: 支出完成率, weight: 4, formula: "weight * Min(1, rate)", report: "实际支出{spent}，预算{budget}，完成率{rate}，{audited?已:未}审计" }
              - { id: rate_default, name: 默认写法, weight: 3, formula: "weight * Min(1, rate)" }
              - { id: audit, name: 审计, weight: 3, pass_fail: { condition: audited } }
            """);
        var input = InputValues.CreateBuilder().Subject("某单位").Set("overview", "主要职责：甲。\n内设机构：乙。").Set("staff", 26m).Set("spent", 90.125m).Set("budget", 100m).Set("audited", false).Build();
        var card = rules.Score(input);

        var report = ReportBuilder.Build(card, rules.Definition, input, new RenderOptions { Language = ReportLanguage.Chinese });
        var text = report.Blocks.Select(b => b.Text).ToList();

        Assert.Equal(new[] { "主要职责：甲。", "内设机构：乙。", "本单位共有26人。" }, Under(report, "一、部门基本情况").Skip(1).TakeWhile(b => !b.IsHeading).Select(b => b.Text));
        Assert.Contains("支出完成率，实际支出90.13万元，预算100万元，完成率90.13%，未审计。本项指标总分值4分，自评得分3.61分。", text);
        Assert.Contains("默认写法，支出完成率90.13%。本项指标总分值3分，自评得分2.7分。", text);
        Assert.Contains("审计，不存在“已开展审计”的情况。本项指标总分值3分，本项自评不得分。", text);
        Assert.Contains("本部门实际支出90.13万元，预算数100万元。", text); // no spending template: the amounts; no fiscal_year: no year
    }

    [Fact]
    public void Build_NullArguments_Throw()
    {
        var rules = Some.Yangxi();
        var card = rules.Score(Some.YangxiInput());

        Assert.Throws<ArgumentNullException>(() => ReportBuilder.Build(null!, rules.Definition));
        Assert.Throws<ArgumentNullException>(() => ReportBuilder.Build(card, null!));
        Assert.Throws<ArgumentNullException>(() => ReportRenderer.Render(null!));
        Assert.Throws<ArgumentNullException>(() => PerfEval.Office.ReportDocxWriter.Write(Stream.Null, null!));
        Assert.Throws<ArgumentNullException>(() => PerfEval.Office.ReportDocxWriter.Write(null!, ReportBuilder.Build(card, rules.Definition)));
    }

    private static ReportDocument Yangxi(ReportLanguage language)
    {
        var rules = Some.Yangxi();
        var input = Some.YangxiInput();
        return ReportBuilder.Build(rules.Score(input), rules.Definition, input, new RenderOptions { Language = language });
    }

    /// <summary>The blocks under a first-level heading, up to the next.</summary>
    private static List<ReportBlock> Under(ReportDocument report, string heading)
        => report.Blocks.SkipWhile(b => b.Text != heading).Skip(1).TakeWhile(b => b.Kind != ReportBlockKind.Heading1).ToList();
}
