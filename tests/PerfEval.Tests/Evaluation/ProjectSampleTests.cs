using PerfEval.Loading;
using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Evaluation;

/// <summary>
/// The shipped project rule sets score their samples as samples/project-samples.md works them out by hand, row by row
/// (and checked there a second time with Python's <c>decimal</c>).
/// </summary>
public sealed class ProjectSampleTests
{
    [Theory]
    [InlineData("project-national-2024.yaml", "project-national-2024.full-marks.json", "10.00", "50.00", "30.00", "10.00", "100.00", "优")]
    [InlineData("project-national-2024.yaml", "project-national-2024.json", "10.00", "37.94", "29.13", "9.72", "86.79", "良")]
    [InlineData("project-national-2024.yaml", "project-national-2024.not-assessed.json", "9.80", "49.88", "25.00", "9.79", "98.41", "优")]
    [InlineData("project-national-2024.yaml", "project-national-2024.low-execution.json", "8.63", "49.44", "28.86", "10.00", "96.93", "优")]
    [InlineData("project-regional-2024.yaml", "project-regional-2024.json", "9.73", "37.72", "35.53", "9.78", "92.76", "优")]
    public void Score_ShippedSample_MatchesTheFiguresWorkedByHand(string rules, string sample, string budget, string output, string benefit, string satisfaction, string total, string grade)
    {
        var card = RuleSetLoader.LoadFile(Repo.Rules(rules)).GetValueOrThrow().Score(Some.Sample(sample));

        Assert.Equal(
            (budget, output, benefit, satisfaction, total, grade),
            (Shown(card["budget_execution"].Score), Shown(card["output"].Score), Shown(card["benefit"].Score), Shown(card["satisfaction"].Score), Shown(card.Total), card.Grade.Label));
        Assert.Empty(card.Warnings); // Every shortfall in the samples has its reason.
    }

    [Fact]
    public void Score_NotAssessedSample_RescalesOverThePointsThatApply()
    {
        var card = RuleSetLoader.LoadFile(Repo.Rules("project-national-2024.yaml")).GetValueOrThrow().Score(Some.Sample("project-national-2024.not-assessed.json"));

        // 9.80 + 49.88 + 25.00 + 9.79 = 94.47 over 100 − 4 = 96 points: 94.47 × 100 / 96 = 98.40625 → 98.41.
        Assert.Equal(new Rescaling(94.47m, 4m, 96m, 100m), card.Rescaling);
    }

    [Theory]
    [InlineData("project-national-2024.yaml", "project-national-2024.json", "改造提升公厕数量", "7.09")] // 8 × 47 / 53 = 7.094340
    [InlineData("project-national-2024.yaml", "project-national-2024.json", "竣工验收一次合格率", "0.00")] // =100%, 98%: missed
    [InlineData("project-national-2024.yaml", "project-national-2024.json", "单座公厕平均改造成本", "7.52")] // 8 × 3 / 3.19 = 7.523511
    [InlineData("project-regional-2024.yaml", "project-regional-2024.json", "项目建安总成本", "6.00")] // 12 % over: ⌈1.2⌉ = 2 steps, 8 − 2
    public void Score_ShippedSample_RowScoresAsWorkedByHand(string rules, string sample, string row, string score)
    {
        var card = RuleSetLoader.LoadFile(Repo.Rules(rules)).GetValueOrThrow().Score(Some.Sample(sample));

        var scored = card.AllIndicators.SelectMany(i => i.Explanation?.Rows ?? []).Single(r => r.Name == row);
        Assert.Equal(score, Shown(scored.Score));
    }

    [Theory]
    [InlineData(ReportLanguage.English)]
    [InlineData(ReportLanguage.Chinese)]
    public void Template_ProjectRuleSet_HasABlankRowPerKindThatReadsAsNotFilledIn(ReportLanguage language)
    {
        var rules = RuleSetLoader.LoadFile(Repo.Rules("project-national-2024.yaml")).GetValueOrThrow();

        var template = InputTemplateRenderer.Render(rules.Definition, new RenderOptions { Language = language });
        var read = PerfEval.Inputs.JsonInputReader.Read(template, "template.json");

        // 4 kinds of 产出, 4 of 效益, 1 of 满意度: each blank row's points are not filled in, and the reader says so at the row.
        Assert.Equal(9, read.Errors.Count(e => e.MessageId == "PE0401.row-kind"));
        Assert.All(read.Errors, e => Assert.Equal("PE0401.row-kind", e.MessageId));
        Assert.Contains("产出指标", template, StringComparison.Ordinal);
    }

    private static string Shown(decimal value) => Format.Points(value, 2);
}
