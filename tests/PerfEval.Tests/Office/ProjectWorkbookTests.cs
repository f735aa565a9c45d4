using PerfEval.Loading;
using PerfEval.Office;
using PerfEval.Rendering;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Office;

/// <summary>
/// The 项目支出绩效自评表 workbook read back with DocumentFormat.OpenXml. The expected cells come from the sample
/// (samples/project-national-2024*.json: its header, rows and reasons) and the scores worked by hand in
/// samples/project-samples.md, not from the program's output.
/// </summary>
public sealed class ProjectWorkbookTests
{
    private const string Sheet = "项目自评表";
    private static readonly RenderOptions Zh = new() { Language = ReportLanguage.Chinese };

    [Fact]
    public void Write_Shortfalls_HeaderIsTheFundsAndTheGoal()
    {
        using var book = Read("project-national-2024.json", Zh);

        Assert.Equal(new[] { Sheet }, book.SheetNames);
        var expected = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["A1"] = "项目支出绩效自评表", ["A2"] = "（2024年度）",
            ["A3"] = "项目名称", ["B3"] = "某县2024年城区公共厕所改造提升项目（示例）",
            ["A4"] = "主管部门", ["B4"] = "某县城市管理和综合执法局", ["E4"] = "实施单位", ["F4"] = "某县环境卫生管理所",
            ["A5"] = "项目资金（万元）", ["C5"] = "年初预算数", ["D5"] = "全年预算数", ["E5"] = "全年执行数", ["F5"] = "分值", ["G5"] = "执行率", ["H5"] = "得分",
            // 年度资金总额 150 / 150 / 150: 执行率 150 / 150 = 100 %, 预算执行率 10 × 1 = 10.00 of 10.
            ["B6"] = "年度资金总额", ["C6"] = 150m, ["D6"] = 150m, ["E6"] = 150m, ["F6"] = 10m, ["G6"] = 1m, ["H6"] = 10m,
            ["B7"] = "其中：本年财政拨款", ["C7"] = 150m, ["D7"] = 150m, ["E7"] = 150m, ["F7"] = null, ["G7"] = null, ["H7"] = null,
            // Parts the input leaves empty stay empty, never 0.
            ["B8"] = "上年结转资金", ["C8"] = null, ["D8"] = null, ["E8"] = null,
            ["B9"] = "其他资金", ["C9"] = null,
            ["A10"] = "年度总体目标", ["B10"] = "预期目标", ["F10"] = "实际完成情况",
            ["B11"] = "改造提升城区公厕53座，新增无障碍厕位20个，竣工验收合格率100%，改善群众如厕环境。",
            ["F11"] = "完成改造提升公厕47座，新增无障碍厕位22个；6座因选址调整延至2025年实施，群众满意度87.5%。",
            ["A12"] = "一级指标", ["B12"] = "二级指标", ["C12"] = "三级指标", ["D12"] = "年度指标值", ["E12"] = "实际完成值", ["F12"] = "分值", ["G12"] = "得分", ["H12"] = "偏差原因分析及改进措施",
        };

        foreach (var (cell, value) in expected)
        {
            Assert.True(Equals(value, book.Value(Sheet, cell)), $"{cell}: expected {value ?? "empty"}, found {book.Value(Sheet, cell) ?? "empty"}");
        }

        Assert.Equal("0.00%", book.NumberFormat(Sheet, "G6"));
        Assert.Equal("0.00", book.NumberFormat(Sheet, "C6"));
        Assert.Contains("A5:A9", book.Merges(Sheet));
        Assert.Contains("A10:A11", book.Merges(Sheet));
    }

    [Fact]
    public void Write_Shortfalls_EveryRowIsTheSamplesWithItsHandWorkedScore()
    {
        using var book = Read("project-national-2024.json", Zh);

        // 三级指标, 年度指标值, 实际完成值, 分值, 得分 (project-samples.md §2), and whether a 偏差原因 is shown.
        var rows = new (string Name, string Target, string Actual, decimal Points, decimal Score, bool Reason)[]
        {
            ("改造提升公厕数量", "≥53座", "47座", 8, 7.09m, true),
            ("新增无障碍厕位", "≥20个", "22个", 6, 6, false),
            ("竣工验收一次合格率", "=100%", "98%", 8, 0, true),
            ("日常保洁检查达标率", "≥95%", "96%", 6, 6, false),
            ("项目完工及时性", "在计划时间内完成", "部分达成预期指标", 8, 5.6m, true),
            ("群众反映问题整改及时率", "≥90%", "86%", 6, 5.73m, true),
            ("单座公厕平均改造成本", "≤3万元", "3.19万元", 8, 7.52m, true),
            ("减少环卫外包支出", "≥5万元", "5.2万元", 5, 5, false),
            ("公厕日均服务人次", "≥3000人次", "2860人次", 8, 7.63m, true),
            ("如厕环境投诉量", "<10件", "6件", 6, 6, false),
            ("粪污无害化处理率", "100%", "100%", 6, 6, false),
            ("公厕长效管护机制", "建立并有效运行", "基本达成预期指标", 5, 4.5m, true),
            ("周边群众满意度", "≥90%", "87.5%", 10, 9.72m, true),
        };
        for (var i = 0; i < rows.Length; i++)
        {
            var r = 13 + i;
            var (name, target, actual, points, score, reason) = rows[i];
            Assert.Equal(new object?[] { name, target, actual, points, score }, new[] { "C", "D", "E", "F", "G" }.Select(c => book.Value(Sheet, c + r)));
            Assert.Equal(reason, book.Value(Sheet, "H" + r) is string { Length: > 0 });
        }

        Assert.StartsWith("6座公厕因选址涉及道路改造调整", (string)book.Value(Sheet, "H13")!, StringComparison.Ordinal);

        // 一级 cells merged over their rows (产出 7, 效益 5, 满意度 1), 二级 over the rows of a kind.
        Assert.Equal(("产出指标", "效益指标", "满意度指标"), ((string)book.Value(Sheet, "A13")!, (string)book.Value(Sheet, "A20")!, (string)book.Value(Sheet, "A25")!));
        Assert.Contains("A13:A19", book.Merges(Sheet));
        Assert.Contains("A20:A24", book.Merges(Sheet));
        Assert.Contains("B13:B14", book.Merges(Sheet));
        Assert.Contains("B21:B22", book.Merges(Sheet));
        Assert.DoesNotContain(book.Merges(Sheet), m => m.StartsWith("A25:", StringComparison.Ordinal) || m.StartsWith("B25:", StringComparison.Ordinal));

        // 总分: 100 points, 86.79 (10.00 + 37.94 + 29.13 + 9.72), 良.
        Assert.Equal(new object?[] { "总分", 100m, 86.79m, "自评等级：良" }, new[] { "A26", "F26", "G26", "H26" }.Select(c => book.Value(Sheet, c)));
        Assert.Null(book.Value(Sheet, "A27"));
    }

    [Fact]
    public void Write_NotAssessed_MarksTheRowAndSaysHowTheTotalWasConverted()
    {
        using var book = Read("project-national-2024.not-assessed.json", Zh);

        // No 年度总体目标 in this input: the table follows the funds lines (rows 5–9) at once.
        Assert.Equal("一级指标", book.Value(Sheet, "A10"));
        var row = Enumerable.Range(11, 20).Single(r => Equals(book.Value(Sheet, "C" + r), "节能降耗"));
        Assert.Equal(new object?[] { "效果明显", null, 4m, "不考核" }, new[] { "D", "E", "F", "G" }.Select(c => book.Value(Sheet, c + row)));
        Assert.StartsWith("本项目为校园安防监控系统建设，不涉及生态效益", (string)book.Value(Sheet, "H" + row)!, StringComparison.Ordinal);

        // 94.47 of the 96 points that apply, × 100 / 96 = 98.40625 → 98.41 (project-samples.md §3).
        var total = Enumerable.Range(11, 30).Single(r => Equals(book.Value(Sheet, "A" + r), "总分"));
        Assert.Equal(98.41m, book.Value(Sheet, "G" + total));
        Assert.Equal("不考核指标4.00分，按百分制折算：94.47 × 100 ÷ 96.00 = 98.41分", book.Value(Sheet, "A" + (total + 1)));
    }

    [Fact]
    public void Write_English_HasEnglishHeadingsAndTheSameFigures()
    {
        using var book = Read("project-national-2024.json", new RenderOptions { Language = ReportLanguage.English });

        Assert.Equal(new[] { "Project form" }, book.SheetNames);
        Assert.Equal("Project expenditure performance self-evaluation", book.Value("Project form", "A1"));
        Assert.Equal("Reason for the shortfall and remedy", book.Value("Project form", "H12"));
        Assert.Equal(86.79m, book.Value("Project form", "G26"));
    }

    private static WorkbookReader Read(string sample, RenderOptions options)
    {
        var rules = RuleSetLoader.LoadFile(Repo.Rules(sample.Split('.')[0] + ".yaml")).GetValueOrThrow();
        var card = rules.Evaluate(Some.Sample(sample)).Value!;
        using var stream = new MemoryStream();
        SelfEvaluationWorkbook.Write(stream, card, rules.Definition, options);
        return new WorkbookReader(stream.ToArray());
    }
}
