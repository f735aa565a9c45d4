using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Spreadsheet;
using PerfEval.Loading;
using PerfEval.Office;
using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.Rules;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Office;

/// <summary>
/// The 自评表 workbook read back with DocumentFormat.OpenXml. The expected cells of the Yangxi form are worked out
/// from rules/yangxi-2023.yaml (names, weights, criteria), the seed report (scores, 92.76, 优) and the judgements'
/// reasons in samples/yangxi-2023.json, not taken from the program's output.
/// </summary>
public sealed class SelfEvaluationWorkbookTests
{
    private const string Form = "自评表";
    private static readonly RenderOptions Zh = new() { Language = ReportLanguage.Chinese };
    private static readonly RenderOptions En = new() { Language = ReportLanguage.English };

    // ASCII words the Chinese workbook may hold: spreadsheet function names, as Chinese Excel and WPS write them too.
    private static readonly string[] FunctionNames = { "MIN", "MAX", "IF", "ABS", "ROUND", "CEILING", "FLOOR", "TRUNCATE", "SIGN" };

    [Fact]
    public void Write_YangxiChinese_HasTheTitleAndHeaderBlock()
    {
        using var book = Yangxi(Zh);

        Assert.Equal(new[] { "自评表", "计算过程", "数据核对" }, book.SheetNames);
        Assert.Equal("阳西县部门整体支出绩效自评（2023年度）", book.Value(Form, "A1"));
        Assert.Equal(
            new object[] { "单位名称", "阳西县土地储备和城市更新事务中心", "年度", 2023m, "依据", "《阳西县财政局关于做好2024年县级财政资金部门整体支出和项目支出绩效自评工作的通知》（西财绩〔1〕号）", "自评总分", 92.76m, "自评等级", "优" },
            new[] { "A2", "B2", "A3", "B3", "A4", "B4", "A5", "B5", "A6", "B6" }.Select(r => book.Value(Form, r)!));
        Assert.Equal("0", book.NumberFormat(Form, "B3"));
        Assert.Equal("0.00", book.NumberFormat(Form, "B5"));
        Assert.Equal(new[] { "一级指标", "二级指标", "三级指标", "分值", "评分标准", "自评得分", "得分说明" }, Row(book, Form, 7, 7));
    }

    [Fact]
    public void Write_YangxiChinese_EveryCellOfTheFormIsAsTheRulesAndTheReportSay()
    {
        using var book = Yangxi(Zh);
        var expected = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["A1"] = "阳西县部门整体支出绩效自评（2023年度）",
            ["A2"] = "单位名称", ["B2"] = "阳西县土地储备和城市更新事务中心",
            ["A3"] = "年度", ["B3"] = 2023m,
            ["A4"] = "依据", ["B4"] = "《阳西县财政局关于做好2024年县级财政资金部门整体支出和项目支出绩效自评工作的通知》（西财绩〔1〕号）",
            ["A5"] = "自评总分", ["B5"] = 92.76m,
            ["A6"] = "自评等级", ["B6"] = "优",
            ["A7"] = "一级指标", ["B7"] = "二级指标", ["C7"] = "三级指标", ["D7"] = "分值", ["E7"] = "评分标准", ["F7"] = "自评得分", ["G7"] = "得分说明",
        };
        var reasons = Reasons();
        const string Judged = "。由评价人据实评分，最高{0}分，并说明理由";

        // Row, level-1 group cell (row where it starts), level-2 cell, level-3 cell, 分值, 评分标准, 自评得分, 得分说明.
        void Leaf(int row, string column, string name, decimal weight, string criteria, object score, string remarks)
        {
            var r = row.ToString(System.Globalization.CultureInfo.InvariantCulture);
            expected[column + r] = name;
            expected["D" + r] = weight;
            expected["E" + r] = criteria;
            expected["F" + r] = score;
            expected["G" + r] = remarks;
        }

        void Judgement(int row, string column, string id, string name, decimal weight, decimal score, string criteria)
            => Leaf(row, column, name, weight, criteria + string.Format(System.Globalization.CultureInfo.InvariantCulture, Judged, weight), score, reasons[id]);

        void Group(int row, string column, string text) => expected[column + row.ToString(System.Globalization.CultureInfo.InvariantCulture)] = text;

        void Subtotal(int row, string column, string name, decimal weight, decimal score, string? lost)
        {
            var r = row.ToString(System.Globalization.CultureInfo.InvariantCulture);
            expected[column + r] = name + "小计";
            expected["D" + r] = weight;
            expected["F" + r] = score;
            if (lost is not null)
            {
                expected["G" + r] = lost;
            }
        }

        // 预算编制 20: every judgement at full marks.
        Group(8, "A", "预算编制（20分）");
        Judgement(8, "B", "budget_rationality", "预算编制合理性", 4, 4, "预算编制规范合理，符合部门职责，满足年度工作需要，资金编制细化程度合理，功能分类和经济分类编制准确");
        Judgement(9, "B", "budget_compliance", "预算编制规范性", 4, 4, "预算编制符合当年度县级财政部门印发的预算编制工作方案、通知和有关制度要求");
        Group(10, "B", "目标设置（12分）");
        Judgement(10, "C", "target_rationality", "绩效目标合理性", 6, 6, "整体绩效目标体现“三定”方案规定的部门职责和年度工作计划");
        Judgement(11, "C", "target_completeness", "绩效目标完整性", 2, 2, "项目入库时按要求、按质按时编报绩效目标");
        Judgement(12, "C", "indicator_clarity", "绩效指标明确性", 4, 4, "绩效指标清晰、细化、可量化");
        Subtotal(13, "B", "目标设置", 12, 12, null);
        Subtotal(14, "A", "预算编制", 20, 20, null);

        // 预算执行 40 → 32.76: 制度管理 3 of 5, 资金下达合规性 not assessed (its 2 points to the execution rate, 7 × 96.57% = 6.76),
        // procurement 0 of 4, 资产管理合规性 4 of 5.
        Group(15, "A", "预算执行（40分）");
        Judgement(15, "B", "institutional_management", "制度管理", 5, 3, "制订财务、资产、项目等管理制度并有效执行");
        Group(16, "B", "资金管理（20分）");
        Leaf(16, "C", "资金下达合规性", 2, "转移支付及对下属单位的资金下达合规、及时" + string.Format(System.Globalization.CultureInfo.InvariantCulture, Judged, 2) + "。不符合“有转移支付或有下属单位”的，本项不考核，分值调整至“部门预算资金支出完成率”指标", "不考核",
            "不符合考核条件（有转移支付：否，有下属单位：否），本项指标不考核，2分调整至“部门预算资金支出完成率”指标");
        Leaf(17, "C", "部门预算资金支出完成率", 5, "得分 = 分值 × MIN(1, 部门预算资金支出完成率)；其中部门预算资金支出完成率 = 实际支出 ÷ 财政下达预算数。“资金下达合规性”不考核的，其2分调整至本项，得分按调整后分值折算", 6.76m,
            "部门预算资金支出完成率：96.57%；本项指标总分值5分，增加资金下达合规性指标分值2分，指标总分值7分，按分值折算：4.83 × 7 / 5 = 6.76分");
        Leaf(18, "C", "结转结余率", 2, "结转结余率：5%及以下，得2分；5%（不含）至10%（含），得1分；超过10%，得0分", 2m, "结转结余率：3.43%；测算值3.43%，属于“5%及以下”档，计2分");
        Leaf(19, "C", "政府采购执行情况", 4, "实际采购数大于年度政府采购预算的，不得分；否则得4分", 0m, "实际采购数大于年度政府采购预算：是；未达到标准，不得分");
        Judgement(20, "C", "financial_compliance", "财务合规性", 4, 4, "资金支出合规合理，无超范围、超标准支出、虚列支出、截留、挤占、挪用资金");
        Leaf(21, "C", "预决算信息公开性", 3, "部门预算公开，得1.5分；部门决算公开，得1.5分", 3m, "✓ 部门预算公开（1.5分/1.5分）；✓ 部门决算公开（1.5分/1.5分）");
        Subtotal(22, "B", "资金管理", 20, 15.76m, "共扣4.24分");
        Group(23, "B", "项目管理（8分）");
        Judgement(23, "C", "implementation_procedure", "项目实施程序", 5, 5, "项目设立、调整、招投标、实施、验收按规定履行程序");
        Judgement(24, "C", "project_supervision", "项目监管", 3, 3, "对项目建立、实施进行有效监管，根据项目进度支付");
        Subtotal(25, "B", "项目管理", 8, 8, null);
        Group(26, "B", "资产管理（7分）");
        Judgement(26, "C", "asset_compliance", "资产管理合规性", 5, 4, "资产保存完整、使用合规、配置合理、处置规范、处置收入及时足额上缴");
        Leaf(27, "C", "固定资产利用率", 2, "固定资产利用率达90%及以上的，得2分；否则不得分", 2m, "固定资产利用率达90%及以上：是；达到标准，得满分");
        Subtotal(28, "B", "资产管理", 7, 6, "共扣1.00分");
        Subtotal(29, "A", "预算执行", 40, 32.76m, "共扣7.24分");

        // 预算使用效益 40: full marks.
        Group(30, "A", "预算使用效益（40分）");
        Leaf(30, "B", "经济性", 5, "“三公”经费实际支出在预算范围内，得2.5分；公用经费决算在预算范围内，得2.5分", 5m,
            "“三公”经费决算数：2.75万元，“三公”经费预算数：3.97万元，公用经费决算数：23.53万元，公用经费预算数：42万元；✓ “三公”经费实际支出在预算范围内（2.5分/2.5分）；✓ 公用经费决算在预算范围内（2.5分/2.5分）");
        Group(31, "B", "效率性（10分）");
        Judgement(31, "C", "project_timeliness", "项目完成及时性", 3, 3, "根据年初工作计划和重点工作及时完成项目");
        Leaf(32, "C", "绩效目标完成率", 3, "得分 = 分值 × MIN(1, 绩效目标完成率)；其中绩效目标完成率 = 已完成的量化绩效目标个数 ÷ 量化绩效目标个数", 3m, "绩效目标完成率：100.00%");
        Judgement(33, "C", "key_task_completion", "重点任务完成情况", 4, 4, "围绕县政府重点工作部署完成本年度工作");
        Subtotal(34, "B", "效率性", 10, 10, null);
        Group(35, "B", "效果性（20分）");
        Judgement(35, "C", "duty_performance", "部门履职效益", 20, 20, "按照县委、县政府的工作部署和要求，完成本单位工作");
        Subtotal(36, "B", "效果性", 20, 20, null);
        Leaf(37, "B", "公平性", 5, "满分5分；超期答复数超过0的，每超过1扣1分（不足1的不扣），扣完为止", 5m, "超期答复数：0次；测算值0，未超过0，不扣分");
        Subtotal(38, "A", "预算使用效益", 40, 40, null);

        expected["A39"] = "合计";
        expected["D39"] = 100m;
        expected["F39"] = 92.76m;
        expected["G39"] = "自评等级：优";

        var actual = book.Values(Form);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, e => Assert.True(Equals(e.Value, actual[e.Key]), $"{e.Key}: expected «{e.Value}», got «{actual[e.Key]}»"));

        // The scores add up as the report's: 20 + 32.76 + 40 = 92.76.
        Assert.Equal(92.76m, new[] { "F14", "F29", "F38" }.Sum(r => (decimal)actual[r]));
    }

    [Fact]
    public void Write_YangxiChinese_MergesEachGroupDownItsRowsAndEachShallowLeafAcrossTheLevels()
    {
        using var book = Yangxi(Zh);

        Assert.Equal(
            new[]
            {
                "A1:G1", "B2:G2", "B3:G3", "B4:G4", "B5:G5", "B6:G6",
                "A8:A13", "B8:C8", "B9:C9", "B10:B12", "B13:C13", "A14:C14",
                "A15:A28", "B15:C15", "B16:B21", "B22:C22", "B23:B24", "B25:C25", "B26:B27", "B28:C28", "A29:C29",
                "A30:A37", "B30:C30", "B31:B33", "B34:C34", "B36:C36", "B37:C37", "A38:C38",
                "A39:C39",
            }.Order(StringComparer.Ordinal),
            book.Merges(Form).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Write_Yangxi_NumbersAreNumbersWithTwoDecimals()
    {
        using var book = Yangxi(Zh);
        var values = book.Values(Form);

        foreach (var row in Enumerable.Range(8, 32))
        {
            Assert.IsType<decimal>(values["D" + row]);
            Assert.Equal("0.00", book.NumberFormat(Form, "D" + row));
            if (values["F" + row] is decimal)
            {
                Assert.Equal("0.00", book.NumberFormat(Form, "F" + row));
            }
        }

        Assert.Equal(4.00m, values["D8"]);
        Assert.Equal("0.00%", book.NumberFormat("计算过程", "D5"));
    }

    [Fact]
    public void Write_Yangxi_PrintsOnA4LandscapeOnePageWideWithTheHeaderRowOnEveryPage()
    {
        using var book = Yangxi(Zh);

        foreach (var name in book.SheetNames)
        {
            var sheet = book.Sheet(name);
            var setup = sheet.GetFirstChild<PageSetup>()!;
            Assert.Equal(9u, setup.PaperSize!.Value); // A4
            Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
            Assert.Equal(1u, setup.FitToWidth!.Value);
            Assert.Equal(0u, setup.FitToHeight!.Value); // as many pages tall as it takes
            Assert.True(sheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
        }

        var titles = Assert.Single(book.DefinedNames);
        Assert.Equal("_xlnm.Print_Titles", titles.Name!.Value);
        Assert.Equal(0u, titles.LocalSheetId!.Value);
        Assert.Equal("'自评表'!$7:$7", titles.Text);
        var pane = book.Sheet(Form).Descendants<Pane>().Single();
        Assert.Equal(("A8", 7d), (pane.TopLeftCell!.Value, pane.VerticalSplit!.Value));
    }

    [Fact]
    public void Write_Yangxi_SongtiBodyHeitiTitleWrappedTextAndSensibleWidths()
    {
        using var book = Yangxi(Zh);

        Assert.Equal("宋体", book.Font(Form, "E8").FontName!.Val!.Value);
        Assert.Equal("宋体", book.Font(Form, "F8").FontName!.Val!.Value);
        Assert.Equal("黑体", book.Font(Form, "A1").FontName!.Val!.Value);
        Assert.Equal("黑体", book.Font(Form, "A7").FontName!.Val!.Value);
        Assert.True(book.Wraps(Form, "E8"));
        Assert.True(book.Wraps(Form, "G8"));
        Assert.True(book.Wraps(Form, "A8"));
        Assert.All(new[] { 1, 2, 3 }, c => Assert.InRange(book.Width(Form, c), 12, 24));
        Assert.InRange(book.Width(Form, 4), 8, 12);
        Assert.All(new[] { 5, 7 }, c => Assert.InRange(book.Width(Form, c), 36, 60));

        // A long remark gets the lines it needs: the 经济性 row is taller than a one-line row.
        var rows = book.Sheet(Form).Descendants<Row>().ToDictionary(r => r.RowIndex!.Value);
        Assert.True(rows[30].Height!.Value > 2 * rows[13].Height!.Value, $"{rows[30].Height!.Value} vs {rows[13].Height!.Value}");
    }

    [Fact]
    public void Write_YangxiChinese_CalculationSheetHasTheMetricsTheScoringAndTheMove()
    {
        using var book = Yangxi(Zh);
        const string Sheet = "计算过程";
        var values = book.Values(Sheet);

        Assert.Equal(("部门预算资金支出完成率", "实际支出 ÷ 财政下达预算数"), ((string)values["A5"], (string)values["B5"]));
        Assert.Equal(0.9657m, Math.Round((decimal)values["D5"], 4)); // 2679.48 / 2774.62
        Assert.Equal(0.0343m, Math.Round((decimal)values["D6"], 4)); // 95.14 / (643.46 + 547.32 + 1583.84)
        Assert.Equal("年末财政拨款结转和结余决算数 ÷ (年初财政拨款结转和结余收入决算数 + 一般公共预算财政拨款决算数 + 政府性基金预算财政拨款决算数)", values["B6"]);
        Assert.Equal(("预算调整数", 2291.47m, "万元"), ((string)values["A7"], (decimal)values["D7"], (string)values["E7"])); // 2774.62 - 483.15
        Assert.Equal("0.00", book.NumberFormat(Sheet, "D7"));

        var rate = values.Single(v => v.Value is "部门预算资金支出完成率" && v.Key[0] == 'A' && v.Key != "A5").Key[1..];
        Assert.Equal("分值 × MIN(1, 部门预算资金支出完成率)", values["B" + rate]);
        // execution_rate = 2679.48 / 2774.62 = 0.965711… → 96.57%; 5 × 0.965711… = 4.8286 → 4.83 at the rule set's 2 decimals
        Assert.Equal("5 × MIN(1, 96.57%) = 4.83", values["C" + rate]);
        Assert.Equal(6.76m, values["D" + rate]);

        // A banded ratio shows its value as a percentage, and its explanation words the band the same way.
        var carryover = values.Single(v => v.Value is "结转结余率" && v.Key[0] == 'A' && v.Key != "A6").Key[1..];
        Assert.Equal(0.0343m, Math.Round((decimal)values["C" + carryover], 4));
        Assert.Equal("0.00%", book.NumberFormat(Sheet, "C" + carryover));
        Assert.Equal("测算值3.43%，属于“5%及以下”档，计2分", values["E" + carryover]);

        // A condition comes to 是/否, not to points: procurement exceeded its budget (是), so "not" it is 否; a bare one is its value.
        var procurement = values.Single(v => v.Value is "政府采购执行情况" && v.Key[0] == 'A').Key[1..];
        Assert.Equal("非（是） = 否", values["C" + procurement]);
        var utilization = values.Single(v => v.Value is "固定资产利用率" && v.Key[0] == 'A').Key[1..];
        Assert.Equal("是", values["C" + utilization]);
        var deduction = values.Single(v => v.Value is "公平性" && v.Key[0] == 'A').Key[1..];
        Assert.Equal("0", values["C" + deduction]); // the count deducted on, not "0 = 5.00"

        var move = values.Single(v => v.Value is "资金下达合规性").Key[1..];
        Assert.Equal(("部门预算资金支出完成率", "2分调整至“部门预算资金支出完成率”指标", 2m), ((string)values["B" + move], (string)values["C" + move], (decimal)values["D" + move]));
    }

    [Fact]
    public void Write_YangxiChinese_ChecksSheetFindsTheSpendingPartsSlipOnly()
    {
        using var book = Yangxi(Zh);
        const string Sheet = "数据核对";

        Assert.Equal(new[] { "序号", "核对项目", "核对规则", "核对结果", "说明" }, Row(book, Sheet, 3, 5));

        // 508.24 + 2171.21 = 2679.45, but the report's total is 2679.48.
        Assert.Equal(
            new object[] { 1m, "基本经费支出与项目支出之和不等于实际支出", "基本经费支出 + 项目支出 = 实际支出", "不一致", "508.24 + 2171.21 = 2679.45，实际支出 = 2679.48" },
            Row(book, Sheet, 4, 5));
        Assert.All(Enumerable.Range(5, 5), r => Assert.Equal("未发现不一致", book.Value(Sheet, "D" + r)));
        Assert.Null(book.Value(Sheet, "A10"));
        Assert.StartsWith("注：", (string)book.Value(Sheet, "A11")!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yangxi-2023.yaml")]
    [InlineData("dazhou-2023.yaml")]
    public void Write_Chinese_HasNoEnglishWordButFunctionNames(string rules)
    {
        using var book = Read(rules, Zh);

        var english = book.SheetNames.SelectMany(s => book.Texts(s).Append(s))
            .SelectMany(t => Regex.Matches(t, "[A-Za-z]+").Select(m => (Word: m.Value, Text: t)))
            .Where(w => !FunctionNames.Contains(w.Word, StringComparer.Ordinal))
            .ToList();

        Assert.True(english.Count == 0, string.Join("\n", english.Select(e => $"{e.Word} in «{e.Text}»")));
    }

    [Fact]
    public void Write_YangxiEnglish_HasEnglishHeadersLabelsAndSentences()
    {
        using var book = Yangxi(En);

        Assert.Equal(new[] { "Self-evaluation", "Calculation", "Data checks" }, book.SheetNames);
        const string Sheet = "Self-evaluation";
        Assert.Equal(new[] { "Unit", "Fiscal year", "Basis", "Total score", "Grade" }, new[] { "A2", "A3", "A4", "A5", "A6" }.Select(r => book.Value(Sheet, r)));
        Assert.Equal("优 (excellent)", book.Value(Sheet, "B6"));
        Assert.Equal(new[] { "Level 1", "Level 2", "Level 3", "Points", "Scoring standard", "Score", "Remarks" }, Row(book, Sheet, 7, 7));
        Assert.Equal("预算编制 (20 points)", book.Value(Sheet, "A8"));
        Assert.Equal("Subtotal: 目标设置", book.Value(Sheet, "B13"));
        Assert.Equal(("Total", "Grade: 优 (excellent)"), (book.Value(Sheet, "A39"), book.Value(Sheet, "G39")));
        Assert.Equal("Not assessed", book.Value(Sheet, "F16"));
        Assert.Equal("4.24 points lost", book.Value(Sheet, "G22"));
        Assert.EndsWith(". Judged by the evaluator, up to 4 points, with a written reason", (string)book.Value(Sheet, "E8")!, StringComparison.Ordinal);
        Assert.Equal("score = weight * Min(1, execution_rate); where execution_rate = actual_spending / issued_budget. When '资金下达合规性' is not assessed, its 2 points move here and the score is scaled to the new weight", book.Value(Sheet, "E17"));
        Assert.StartsWith("execution_rate: 96.57%; scaled by effective weight 7 / weight 5", (string)book.Value(Sheet, "G17")!, StringComparison.Ordinal);
        Assert.Equal("carryover_rate: ≥ 0% and ≤ 5%: 2 points; > 5% and ≤ 10%: 1 points; > 10%: 0 points", book.Value(Sheet, "E18"));
        Assert.Equal(new[] { "No.", "Check", "Rule", "Result", "Remarks" }, Row(book, "Data checks", 3, 5));
        Assert.Equal(("Inconsistent", "508.24 + 2171.21 = 2679.45, actual_spending = 2679.48"), (book.Value("Data checks", "D4"), book.Value("Data checks", "E4")));
        Assert.Equal("'Self-evaluation'!$7:$7", Assert.Single(book.DefinedNames).Text);

        // Every word the workbook adds is English: the Chinese left is the rule set's and the input's own (names, criteria, reasons, notice).
        var added = book.SheetNames.SelectMany(book.Texts).Select(t => Regex.Replace(t, @"[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}“”]+", " "));
        Assert.DoesNotContain(added, t => t.Contains('分', StringComparison.Ordinal));
        Assert.DoesNotContain(book.SheetNames.SelectMany(book.Texts), t => t.Contains("不考核", StringComparison.Ordinal) || t.Contains("小计", StringComparison.Ordinal) || t.Contains("合计", StringComparison.Ordinal) || t.Contains("计分", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_Dazhou_HasThreeLevelsTheChosenOptionAndAFullMarksFallbackInTheBureausWords()
    {
        using var book = Read("dazhou-2023.yaml", Zh);
        var values = book.Values(Form);

        Assert.Equal(new[] { "一级指标", "二级指标", "三级指标", "分值", "评分标准", "自评得分", "得分说明" }, Row(book, Form, 7, 7));
        Assert.Equal("部门决策（25分）", values["A8"]);
        Assert.Equal("目标任务（15分）", values["B8"]);
        Assert.Equal(81.08m, values["B5"]);
        Assert.Equal("良", values["B6"]);
        var total = values.Single(v => v.Value is "合计").Key[1..];
        Assert.Equal((100m, 81.08m), ((decimal)values["D" + total], (decimal)values["F" + total]));

        var midterm = values.Single(v => v.Value is "中期评估").Key[1..];
        Assert.StartsWith("择一进行考核：市级组织中期评估（适用于", (string)values["E" + midterm], StringComparison.Ordinal);
        Assert.Equal(1.5m, values["F" + midterm]);
        var nonTax = values.Single(v => v.Value is "非税收入执收情况").Key[1..];
        Assert.EndsWith("不符合“非税收入应征收数 > 0”的，本项不考核，得满分", (string)values["E" + nonTax], StringComparison.Ordinal);
        Assert.Contains("每低于1个百分点扣0.5分", (string)values["E" + nonTax], StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TwoLevelTree_HasTwoLevelColumnsAndMergesFirstLevelLeavesAndSubtotalsAcrossBoth()
    {
        var rules = Some.Rules(Some.Header(10m) + """
            inputs:
              - { name: done, type: boolean, description: 已完成 }
            indicators:
              - { id: alone, name: 单项, weight: 4, pass_fail: { condition: done } }
              - id: group
                name: 分组
                weight: 6
                children:
                  - { id: first, name: 第一项, weight: 6, pass_fail: { condition: not done } }
            """);
        var card = Some.Score(rules, b => b.Set("done", true));
        using var stream = new MemoryStream();
        SelfEvaluationWorkbook.Write(stream, card, rules.Definition, Zh);
        using var book = new WorkbookReader(stream.ToArray());

        Assert.Equal(new[] { "一级指标", "二级指标", "分值", "评分标准", "自评得分", "得分说明" }, Row(book, Form, 7, 6));
        Assert.Equal(new object?[] { "单项", null, 4m, "已完成的，得4分；否则不得分", 4m, "已完成：是；达到标准，得满分" }, Row(book, Form, 8, 6));
        Assert.Equal(new object?[] { "分组（6分）", "第一项", 6m, "已完成的，不得分；否则得6分", 0m, "已完成：是；未达到标准，不得分" }, Row(book, Form, 9, 6));
        Assert.Equal(new object?[] { "分组小计", null, 6m, null, 0m, "共扣6.00分" }, Row(book, Form, 10, 6));
        Assert.Equal(new object?[] { "合计", null, 10m, null, 4m, "自评等级：差" }, Row(book, Form, 11, 6));
        Assert.Equal(new[] { "A10:B10", "A11:B11", "A1:F1", "A8:B8", "B2:F2", "B3:F3", "B4:F4", "B5:F5", "B6:F6" }, book.Merges(Form).Order(StringComparer.Ordinal));
        Assert.Null(book.Value(Form, "B3")); // no fiscal year in the rule set
    }

    [Fact]
    public void Write_NumbersOnlyScorecard_HasTheScoresWithoutRemarks()
    {
        var compiled = RuleSetLoader.LoadFile(Repo.Rules("yangxi-2023.yaml")).GetValueOrThrow();
        var card = compiled.Evaluate(Some.SampleFor("yangxi-2023.yaml"), PerfEval.Evaluation.EvaluationOptions.NumbersOnly).GetValueOrThrow();
        using var stream = new MemoryStream();
        SelfEvaluationWorkbook.Write(stream, card, compiled.Definition, Zh);
        using var book = new WorkbookReader(stream.ToArray());

        Assert.Equal((6.76m, 92.76m), (book.Value(Form, "F17"), book.Value(Form, "F39")));
        Assert.Null(book.Value(Form, "G17"));
        Assert.NotNull(book.Value(Form, "E17")); // the standard is the rule's, not the explanation's
    }

    [Fact]
    public void Write_ToAStreamThatCannotSeek_WritesTheSameWorkbook()
    {
        var (rules, card) = Score("yangxi-2023.yaml");
        using var seekable = new MemoryStream();
        SelfEvaluationWorkbook.Write(seekable, card, rules, Zh);
        using var target = new MemoryStream();
        using var forwardOnly = new ForwardOnlyStream(target);

        SelfEvaluationWorkbook.Write(forwardOnly, card, rules, Zh);

        using var expected = new WorkbookReader(seekable.ToArray());
        using var actual = new WorkbookReader(target.ToArray());
        Assert.Equal(expected.SheetNames, actual.SheetNames);
        Assert.All(expected.SheetNames, s => Assert.Equal(expected.Values(s), actual.Values(s)));
    }

    [Fact]
    public void Write_ScorecardOfAnotherRuleSet_Throws()
    {
        var (_, card) = Score("yangxi-2023.yaml");
        var dazhou = RuleSetLoader.LoadFile(Repo.Rules("dazhou-2023.yaml")).GetValueOrThrow().Definition;

        var error = Assert.Throws<ArgumentException>(() => SelfEvaluationWorkbook.Write(new MemoryStream(), card, dazhou));

        Assert.Contains("yangxi-department-overall", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => SelfEvaluationWorkbook.Write(null!, card, dazhou));
    }

    private static WorkbookReader Yangxi(RenderOptions options) => Read("yangxi-2023.yaml", options);

    private static WorkbookReader Read(string rules, RenderOptions options)
    {
        var (definition, card) = Score(rules);
        using var stream = new MemoryStream();
        SelfEvaluationWorkbook.Write(stream, card, definition, options);
        return new WorkbookReader(stream.ToArray());
    }

    private static (RuleSet Rules, Scorecard Card) Score(string rules)
    {
        var compiled = RuleSetLoader.LoadFile(Repo.Rules(rules)).GetValueOrThrow();
        return (compiled.Definition, compiled.Evaluate(Some.SampleFor(rules)).GetValueOrThrow());
    }

    private static object?[] Row(WorkbookReader book, string sheet, int row, int columns)
        => Enumerable.Range(1, columns).Select(c => book.Value(sheet, WorkbookColumn(c) + row.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();

    private static string WorkbookColumn(int column) => ((char)('A' + column - 1)).ToString();

    /// <summary>The judgements' reasons as the sample input states them.</summary>
    private static Dictionary<string, string> Reasons()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Repo.Samples("yangxi-2023.json")), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return json.RootElement.GetProperty("judgements").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetProperty("reason").GetString()!);
    }
}
