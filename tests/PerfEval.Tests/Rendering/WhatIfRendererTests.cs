using System.Text.Json;
using PerfEval.Inputs;
using PerfEval.Rendering;
using PerfEval.Tests.Support;
using PerfEval.WhatIf;

namespace PerfEval.Tests.Rendering;

/// <summary>The text and JSON of a what-if on the Yangxi case, in English and Chinese.</summary>
public sealed class WhatIfRendererTests
{
    private static readonly WhatIfResult FullSpending = Some.Yangxi().WhatIf(
        Some.YangxiInput(),
        InputValues.CreateBuilder().Set("actual_spending", 2774.62m).Judge("asset_compliance", 5m, string.Empty).Build()).GetValueOrThrow();

    [Fact]
    public void Render_Chinese_WritesEachChangeAndEachScoreThatMoves()
    {
        var text = WhatIfRenderer.Render(FullSpending, new RenderOptions { Language = ReportLanguage.Chinese });

        Assert.Equal(
            "假设测算：阳西县土地储备和城市更新事务中心  [yangxi-department-overall 1.0.0]\n调整数据：\n"
            + "  实际支出（actual_spending）：2679.48万元 → 2774.62万元（增加95.14万元）\n  资产管理合规性评分：4分 → 5分\n"
            + "合计：92.76分 → 94.00分（增加1.24分）  等级：优 → 优\n得分变化：\n"
            + "  预算执行：32.76分 → 34.00分（增加1.24分）\n    资金管理：15.76分 → 16.00分（增加0.24分）\n      部门预算资金支出完成率：6.76分 → 7.00分（增加0.24分）\n"
            + "    资产管理：6.00分 → 7.00分（增加1.00分）\n      资产管理合规性：4.00分 → 5.00分（增加1.00分）\n",
            text);
    }

    [Fact]
    public void Render_NoChange_SaysNoScoreMoves()
    {
        var same = Some.Yangxi().WhatIf(Some.YangxiInput(), InputValues.CreateBuilder().Set("actual_spending", 2679.48m).Build()).GetValueOrThrow();

        Assert.EndsWith("No score moves\n", WhatIfRenderer.Render(same), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderJson_Yangxi_GivesChangesTotalsAndScoreChanges()
    {
        using var json = JsonDocument.Parse(WhatIfRenderer.RenderJson(FullSpending));
        var root = json.RootElement;

        Assert.Equal(2, root.GetProperty("changes").GetArrayLength());
        Assert.Equal(95.14m, root.GetProperty("changes")[0].GetProperty("delta").GetDecimal());
        Assert.True(root.GetProperty("changes")[1].GetProperty("judgement").GetBoolean());
        Assert.Equal("92.76", root.GetProperty("before").GetProperty("total").GetRawText());
        Assert.Equal("94.00", root.GetProperty("after").GetProperty("total").GetRawText());
        Assert.Equal("1.24", root.GetProperty("totalChange").GetRawText());
        Assert.Equal(5, root.GetProperty("scoreChanges").GetArrayLength());
    }
}
