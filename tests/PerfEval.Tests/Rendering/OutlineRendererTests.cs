using PerfEval.Rendering;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Rendering;

public sealed class OutlineRendererTests
{
    [Fact]
    public void Render_Yangxi_ListsEveryIndicatorIndentedByDepthWithItsMethodAndCondition()
    {
        var lines = OutlineRenderer.Render(Some.Yangxi().Definition).Split('\n');

        Assert.StartsWith("yangxi-department-overall@1.0.0  ", lines[0], StringComparison.Ordinal);
        Assert.Contains("  budget_preparation 预算编制  20", lines);
        Assert.Contains(lines, l => l.StartsWith("      budget_execution_rate 部门预算资金支出完成率  5  formula weight * Min(1, execution_rate)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("      fund_allocation_compliance 资金下达合规性  2  judgement", StringComparison.Ordinal) && l.EndsWith("[applies when has_transfer_payments or has_subordinate_units]", StringComparison.Ordinal));
        Assert.Equal(Some.Yangxi().Definition.Indicators.Sum(Count), lines.Length - 2);
    }

    private static int Count(PerfEval.Rules.Indicator indicator) => 1 + indicator.Children.Sum(Count);
}
