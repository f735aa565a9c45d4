using System.Text.Json;
using PerfEval.Rendering;
using PerfEval.Tests.Support;
using PerfEval.WhatIf;

namespace PerfEval.Tests.Rendering;

/// <summary>The text and JSON of a reach on the Yangxi case, in English and Chinese.</summary>
public sealed class ReachRendererTests
{
    private static readonly RenderOptions Zh = new() { Language = ReportLanguage.Chinese };

    private static readonly ReachResult Ninety5 = Some.Yangxi().Reach(Some.YangxiInput(), ReachTarget.ForTotal(95m)).GetValueOrThrow();

    [Fact]
    public void Render_English_ListsLostPointsAndThePlan()
    {
        var text = ReachRenderer.Render(Ninety5);

        Assert.Contains("Target: a total of 95.00; now 92.76, grade 优 (excellent), 2.24 points short\n", text, StringComparison.Ordinal);
        Assert.Contains("  部门预算资金支出完成率 (budget_execution_rate): 6.76 of 7.00, 0.24 lost\n    actual_spending (实际支出): 2679.48 万元 → 2772.64 万元 (+93.16 万元), wins back 0.24\n", text, StringComparison.Ordinal);
        Assert.Contains("    judgement needs 2.00 more points (a score of 5.00, now 3.00)\n", text, StringComparison.Ordinal);
        Assert.Contains("Fewest indicators changed to reach the target (1):\n  政府采购执行情况 (procurement_execution): procurement_exceeds_budget", text, StringComparison.Ordinal);
        Assert.Contains("Total: 92.76 → 96.76 (+4.00)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Chinese_SpeaksTheBureausWords()
    {
        var text = ReachRenderer.Render(Ninety5, Zh);

        Assert.Contains("目标：合计95.00分；现合计92.76分，等级“优”，还差2.24分\n", text, StringComparison.Ordinal);
        Assert.Contains("    实际支出（actual_spending）：2679.48万元 → 2772.64万元（增加93.16万元），可挽回0.24分\n", text, StringComparison.Ordinal);
        Assert.Contains("    财政下达预算数（issued_budget）：2774.62万元 → 2681.39万元（减少93.23万元），可挽回0.24分\n", text, StringComparison.Ordinal);
        Assert.Contains("    定性评分需提高2.00分（评为5.00分，现为3.00分）\n", text, StringComparison.Ordinal);
        Assert.Contains("最少调整方案（调整1项指标）：\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_GradeTarget_NamesTheGradesLabel()
    {
        var result = Some.Yangxi().Reach(Some.YangxiInput(), ReachTarget.ForGrade(Rules.GradeLevel.Excellent)).GetValueOrThrow();

        Assert.Contains("目标：等级“优”（合计90.00分及以上）", ReachRenderer.Render(result, Zh), StringComparison.Ordinal);
        Assert.Contains("已达到目标，无需调整\n", ReachRenderer.Render(result, Zh), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Unreachable_SaysSo()
    {
        var result = Some.Yangxi().Reach(Some.YangxiInput(), ReachTarget.ForTotal(100.5m)).GetValueOrThrow();

        Assert.EndsWith("The target cannot be reached with changes within the inputs' declared ranges\n", ReachRenderer.Render(result), StringComparison.Ordinal);
        Assert.Contains("在各项数据取值范围内无法达到目标", ReachRenderer.Render(result, Zh), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(ReachRenderer.RenderJson(result));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("plan").ValueKind);
        Assert.False(json.RootElement.GetProperty("reachable").GetBoolean());
    }

    [Fact]
    public void RenderJson_Yangxi_HasEveryKey()
    {
        using var json = JsonDocument.Parse(ReachRenderer.RenderJson(Ninety5));
        var root = json.RootElement;

        Assert.Equal("95.00", root.GetProperty("target").GetProperty("total").GetRawText());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("target").GetProperty("grade").ValueKind);
        var option = root.GetProperty("indicators")[1].GetProperty("options")[0];
        Assert.Equal("actual_spending", option.GetProperty("change").GetProperty("name").GetString());
        Assert.Equal(93.16m, option.GetProperty("change").GetProperty("delta").GetDecimal());
        Assert.True(option.GetProperty("withinRange").GetBoolean());
        Assert.Equal("[0, +∞)", option.GetProperty("range").GetString());
        Assert.Equal("0.24", option.GetProperty("pointsRecovered").GetRawText());
        Assert.Equal(0, option.GetProperty("sideEffects").GetArrayLength());
        Assert.Equal("4.00", root.GetProperty("plan").GetProperty("outcome").GetProperty("totalChange").GetRawText());
    }
}
