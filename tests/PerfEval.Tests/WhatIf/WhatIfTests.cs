using PerfEval.Inputs;
using PerfEval.Tests.Support;
using PerfEval.WhatIf;

namespace PerfEval.Tests.WhatIf;

/// <summary>WhatIf: the Yangxi case rescored with values and judgements changed, and changes that do not fit.</summary>
public sealed class WhatIfTests
{
    private static InputValues Changes(Action<InputValuesBuilder> build)
    {
        var builder = InputValues.CreateBuilder().Source("--set");
        build(builder);
        return builder.Build();
    }

    [Fact]
    public void WhatIf_FullSpendingAndAJudgement_RescoresBothAndListsWhatMoved()
    {
        var result = Some.Yangxi().WhatIf(Some.YangxiInput(), Changes(b => b.Set("actual_spending", 2774.62m).Judge("asset_compliance", 5m, string.Empty))).GetValueOrThrow();

        // 7 × 2774.62 / 2774.62 = 7.00 (+0.24) and asset compliance 4 → 5 (+1): 92.76 → 94.00.
        Assert.Equal(92.76m, result.Before.Total);
        Assert.Equal(94.00m, result.After.Total);
        Assert.Equal(1.24m, result.TotalChange);
        Assert.False(result.GradeChanged);
        Assert.Equal(
            new[] { ("budget_execution", 1.24m), ("fund_management", 0.24m), ("budget_execution_rate", 0.24m), ("asset_management", 1m), ("asset_compliance", 1m) },
            result.Changes.Select(c => (c.Id, c.Delta)));
        Assert.Equal(new[] { "actual_spending: 2679.48 → 2774.62", "judgements.asset_compliance: 4 → 5" }, result.Applied.Select(a => a.ToString()));
        Assert.Equal(95.14m, result.Applied[0].Delta);
    }

    [Fact]
    public void WhatIf_JudgementWithoutReason_KeepsTheReasonGiven()
    {
        var result = Some.Yangxi().WhatIf(Some.YangxiInput(), Changes(b => b.Judge("asset_compliance", 5m, string.Empty))).GetValueOrThrow();

        Assert.StartsWith("制定了资产管理制度", result.After["asset_compliance"].Explanation!.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("actual_spendin", "2774.62", "PE0405", "Unknown input 'actual_spendin'")]
    [InlineData("actual_spending", "lots", "PE0403", "Input 'actual_spending' must be a number")]
    [InlineData("actual_spending", "-1", "PE0404", "Input 'actual_spending' is -1, outside its allowed range")]
    [InlineData("work_targets_met", "1.5", "PE0403", "Input 'work_targets_met' must be a whole number")]
    public void WhatIf_BadChange_IsAnErrorNamingIt(string name, string value, string code, string message)
    {
        var parsed = decimal.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var number) ? InputValue.Of(number) : InputValue.Of(value);

        var result = Some.Yangxi().WhatIf(Some.YangxiInput(), Changes(b => b.Set(name, parsed)));

        var error = Assert.Single(result.Errors);
        Assert.Equal(code, error.Code);
        Assert.Equal("--set", error.File);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatIf_JudgementAboveTheWeight_IsAnErrorNamingTheIndicator()
    {
        var result = Some.Yangxi().WhatIf(Some.YangxiInput(), Changes(b => b.Judge("asset_compliance", 6m, string.Empty)));

        var error = Assert.Single(result.Errors);
        Assert.Equal("asset_compliance", error.IndicatorId);
    }

    [Fact]
    public void WhatIf_NoChange_HasNoScoreChange()
    {
        var result = Some.Yangxi().WhatIf(Some.YangxiInput(), Changes(_ => { })).GetValueOrThrow();

        Assert.Empty(result.Changes);
        Assert.Equal(result.Before.Total, result.After.Total);
    }
}
