using PerfEval.Cli;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Cli;

/// <summary>
/// The CLI on a project rule set: the formats that list rows show each one, xlsx (alone or in a batch's sheets) is the
/// 项目支出绩效自评表; the department's 绩效自评报告 (report, docx) refuses it, writing nothing, rather than drop its rows.
/// </summary>
public sealed class ProjectFormCliTests : IDisposable
{
    private static readonly string Rules = Repo.Rules("project-national-2024.yaml");
    private static readonly string Sample = Repo.Samples("project-national-2024.not-assessed.json");
    private readonly string folder = Directory.CreateTempSubdirectory("perfeval-project-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Score_Text_ListsEveryRowAndTheRescaling()
    {
        var (exit, stdout, _) = Run("score", "--rules", Rules, "--input", Sample, "--lang", "zh");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("质量指标/监控系统在线率：年度指标值≥98%，实际完成值96.5%，正向指标，得分7.88分（分值8.00分）", stdout, StringComparison.Ordinal);
        Assert.Contains("不考核指标4.00分，按百分制折算：94.47 × 100 ÷ 96.00 = 98.41分", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_Csv_WritesOneLinePerRow()
    {
        var (exit, stdout, _) = Run("score", "--rules", Rules, "--input", Sample, "--format", "csv", "--lang", "zh");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.StartsWith("\uFEFF一级指标,二级指标,三级指标,指标编码,", stdout, StringComparison.Ordinal);
        Assert.Contains("\n产出指标,质量指标,监控系统在线率,output.4,8.00,8.00,7.88,0.12,正向指标,", stdout, StringComparison.Ordinal);
        Assert.Contains("\n效益指标,生态效益指标,节能降耗,benefit.3,4.00,0.00,0.00,0.00,不考核,", stdout, StringComparison.Ordinal);
        Assert.Contains("\n折算,,,,,,,,,不考核指标4.00分，按百分制折算：94.47 × 100 ÷ 96.00 = 98.41分\n合计,", stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("report")]
    public void Score_DepartmentReportFormat_RefusesAndWritesNothing(string format)
    {
        var output = Path.Combine(folder, "out." + format);

        var (exit, _, stderr) = Run("score", "--rules", Rules, "--input", Sample, "--format", format, "--out", output, "--lang", "zh");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("应报送项目支出绩效自评表", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Score_Xlsx_WritesTheProjectForm()
    {
        var output = Path.Combine(folder, "项目自评表.xlsx");

        var (exit, _, _) = Run("score", "--rules", Rules, "--input", Sample, "--format", "xlsx", "--out", output, "--lang", "zh");

        Assert.Equal(ExitCodes.Success, exit);
        using var book = new PerfEval.Tests.Office.WorkbookReader(File.ReadAllBytes(output));
        Assert.Equal(new[] { "项目自评表" }, book.SheetNames);
        Assert.Contains("某县2024年中小学校园安全视频监控系统建设项目（示例）", book.Texts("项目自评表"));
    }

    [Fact]
    public void Batch_Sheets_GivesEachProjectItsForm()
    {
        var output = Path.Combine(folder, "summary.xlsx");

        var (exit, _, _) = Run("batch", "--rules", Rules, "--input", Sample, "--format", "xlsx", "--sheets", "--out", output, "--lang", "zh");

        Assert.Equal(ExitCodes.Success, exit);
        using var book = new PerfEval.Tests.Office.WorkbookReader(File.ReadAllBytes(output));
        var form = book.SheetNames.Single(n => book.Texts(n).Contains("项目支出绩效自评表"));
        Assert.Contains("节能降耗", book.Texts(form));
    }

    [Fact]
    public void Batch_FolderOfProjects_SummaryIsSortedByScore()
    {
        var inputs = Directory.CreateDirectory(Path.Combine(folder, "projects")).FullName;
        foreach (var sample in new[] { "project-national-2024.json", "project-national-2024.full-marks.json", "project-national-2024.not-assessed.json", "project-national-2024.low-execution.json" })
        {
            File.Copy(Repo.Samples(sample), Path.Combine(inputs, sample));
        }

        var output = Path.Combine(folder, "全县项目汇总.xlsx");

        var (exit, _, _) = Run("batch", "--rules", Rules, "--input", inputs, "--format", "xlsx", "--out", output, "--lang", "zh");

        Assert.Equal(ExitCodes.Success, exit);
        using var book = new PerfEval.Tests.Office.WorkbookReader(File.ReadAllBytes(output));
        var cells = book.Values("汇总");
        // The totals worked in samples/project-samples.md: 100.00, 98.41, 96.93, 86.79; their mean 382.13 / 4 = 95.5325.
        Assert.Equal("项目名称", cells["B3"]);
        Assert.Equal(new object[] { 100m, 98.41m, 96.93m, 86.79m }, Enumerable.Range(4, 4).Select(r => cells["C" + r]));
        Assert.Equal(new object[] { "某县2024年农村饮水安全巩固提升工程（示例）", "某县2024年中小学校园安全视频监控系统建设项目（示例）", "某县2024年高素质农民培育及农业技术推广培训项目（示例）", "某县2024年城区公共厕所改造提升项目（示例）" }, Enumerable.Range(4, 4).Select(r => cells["B" + r]));
        Assert.Equal("共4个项目：已评分4个，未能评分0个；平均分95.53分。", cells["A2"]);
    }

    private static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = Commands.Invoke(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
