using System.Text.Json;
using PerfEval.Cli;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Cli;

/// <summary><c>perfeval whatif</c> and <c>perfeval reach</c>: output, and clear one-line errors for bad changes and targets.</summary>
public sealed class WhatIfCommandTests
{
    private static readonly string YangxiRules = Repo.Rules("yangxi-2023.yaml");
    private static readonly string YangxiInput = Repo.Samples("yangxi-2023.json");

    [Fact]
    public void WhatIf_SpendingAndJudgement_PrintsBothTotals()
    {
        var (exit, stdout, stderr) = Run("whatif", "--rules", YangxiRules, "--input", YangxiInput, "--set", "actual_spending=2774.62", "--set", "judgements.asset_compliance=5");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Empty(stderr);
        Assert.Contains("  actual_spending (实际支出): 2679.48 万元 → 2774.62 万元 (+95.14 万元)\n", stdout, StringComparison.Ordinal);
        Assert.Contains("Total: 92.76 → 94.00 (+1.24)  Grade: 优 (excellent) → 优 (excellent)\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatIf_JsonChinese_IsParsableWithTheChineseText()
    {
        var (exit, stdout, _) = Run("whatif", "--rules", YangxiRules, "--input", YangxiInput, "--set", "budget_disclosed=false", "--format", "json", "--lang", "zh");

        Assert.Equal(ExitCodes.Success, exit);
        using var json = JsonDocument.Parse(stdout);
        var change = json.RootElement.GetProperty("changes")[0];
        Assert.True(change.GetProperty("before").GetBoolean());
        Assert.False(change.GetProperty("after").GetBoolean());
        Assert.Equal("部门预算已公开（budget_disclosed）：是 → 否", change.GetProperty("text").GetString());
        Assert.Equal("-1.50", json.RootElement.GetProperty("totalChange").GetRawText());
    }

    [Fact]
    public void WhatIf_ConditionThatMakesAJudgedIndicatorApply_AsksForItsJudgement()
    {
        // With transfer payments 资金下达合规性 is assessed, and it is scored by judgement: the change needs one.
        var (exit, _, stderr) = Run("whatif", "--rules", YangxiRules, "--input", YangxiInput, "--set", "has_transfer_payments=true");

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.StartsWith("--set: error PE0406: Indicator 'fund_allocation_compliance' (资金下达合规性) is scored by judgement", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("actual_spendin=2774.62", "--set: error PE0405: Unknown input 'actual_spendin': rule set 'yangxi-department-overall' declares no such input. Did you mean 'actual_spending'?")]
    [InlineData("actual_spending=lots", "--set: error PE0403: Input 'actual_spending' must be a number, not the text \"lots\". [budget_execution_rate]")]
    [InlineData("actual_spending=-1", "--set: error PE0404: Input 'actual_spending' is -1, outside its allowed range [0, +∞) (实际支出, 万元). [budget_execution_rate]")]
    [InlineData("judgements.asset_complianc=5", "--set: error PE0409: Judgement for 'asset_complianc', which is not an indicator of rule set 'yangxi-department-overall'.")]
    public void WhatIf_BadChange_IsOneLineNamingIt(string set, string error)
    {
        var (exit, stdout, stderr) = Run("whatif", "--rules", YangxiRules, "--input", YangxiInput, "--set", set);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Empty(stdout);
        Assert.Equal(error, stderr.TrimEnd());
    }

    [Theory]
    [InlineData("actual_spending", "error: --set 'actual_spending' is not name=value, e.g. --set actual_spending=2774.62 or --set judgements.asset_compliance=5.")]
    [InlineData("judgements.asset_compliance=high", "error: --set 'judgements.asset_compliance=high': a judgement's score is a number, e.g. --set judgements.asset_compliance=5.")]
    public void WhatIf_MalformedSet_IsAUsageError(string set, string error)
    {
        var (exit, _, stderr) = Run("whatif", "--rules", YangxiRules, "--input", YangxiInput, "--set", set);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal(error, stderr.TrimEnd());
    }

    [Fact]
    public void WhatIf_SameNameTwice_IsAUsageError()
    {
        var (exit, _, stderr) = Run("whatif", "--rules", YangxiRules, "--input", YangxiInput, "--set", "actual_spending=1", "--set", "actual_spending=2");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("'actual_spending' twice", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("excellent")]
    [InlineData("优")]
    public void Reach_GradeByCodeOrLabel_IsAlreadyMet(string grade)
    {
        var (exit, stdout, stderr) = Run("reach", "--rules", YangxiRules, "--input", YangxiInput, "--grade", grade);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Empty(stderr);
        Assert.Contains("The target is already met: nothing to change\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Reach_Total95Json_GivesThePlanAndTheSpending()
    {
        var (exit, stdout, _) = Run("reach", "--rules", YangxiRules, "--input", YangxiInput, "--total", "95", "--format", "json");

        Assert.Equal(ExitCodes.Success, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(2.24m, root.GetProperty("pointsNeeded").GetDecimal());
        var rate = root.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "budget_execution_rate");
        Assert.Equal(2772.64m, rate.GetProperty("options")[0].GetProperty("change").GetProperty("after").GetDecimal());
        var plan = root.GetProperty("plan");
        Assert.Equal("procurement_execution", plan.GetProperty("changes")[0].GetProperty("indicator").GetString());
        Assert.Equal(96.76m, plan.GetProperty("outcome").GetProperty("after").GetProperty("total").GetDecimal());
    }

    [Theory]
    [InlineData(new[] { "--total", "95", "--grade", "优" }, "error: give the target as one of --grade (e.g. --grade excellent or --grade 优) or --total (e.g. --total 95).")]
    [InlineData(new string[0], "error: give the target as one of --grade (e.g. --grade excellent or --grade 优) or --total (e.g. --total 95).")]
    [InlineData(new[] { "--total", "ninety" }, "error: --total 'ninety' is not a total of zero or more, e.g. --total 95.")]
    [InlineData(new[] { "--grade", "甲" }, "error: rule set yangxi-department-overall@1.0.0 has no grade '甲'; its grades are excellent (优), good (良), fair (中), poor (差).")]
    public void Reach_BadTarget_IsAUsageError(string[] target, string error)
    {
        var (exit, _, stderr) = Run(["reach", "--rules", YangxiRules, "--input", YangxiInput, .. target]);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal(error, stderr.TrimEnd());
    }

    [Fact]
    public void Readme_ReachExample_IsWhatTheCommandPrints()
    {
        var readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = readme.IndexOf("```text\n", readme.IndexOf("For Yangxi the second prints", StringComparison.Ordinal), StringComparison.Ordinal) + "```text\n".Length;
        var shown = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];

        var (exit, stdout, _) = Run("reach", "--rules", YangxiRules, "--input", YangxiInput, "--total", "95", "--lang", "zh");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(stdout, shown);
    }

    private static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = Commands.Invoke(args, stdout, stderr);
        return (exit, stdout.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), stderr.ToString());
    }
}
