using PerfEval.Tests.Support;

namespace PerfEval.Tests.Loading;

/// <summary>Report templates are checked when the rule set loads, as formulas are: syntax, names and kinds, each at its place in the file.</summary>
public sealed class ReportTemplateTests
{
    private const string Body = """
        inputs:
          - { name: actual_spending, type: decimal, unit: 万元, min: 0 }
          - { name: has_transfer_payments, type: boolean }
          - { name: overview, type: text, required: false }
        checks:
          - { id: either, assert: has_transfer_payments or not has_transfer_payments, message: 无 }
        metrics:
          - { name: rate, expression: actual_spending / 100, unit: ratio }
        indicators:
          - id: a
            name: 甲
            weight: 60
            formula: weight * Min(1, rate)
          - id: b
            name: 乙
            weight: 40
            checklist:
              criteria:
                - { id: first, name: 第一项, met: actual_spending > 0, points: 40 }

        """;

    // Lines are counted from the template's 'report:' line (0), columns in the file.
    [Theory]
    [InlineData("    report: 支出{actual_spending", "PE0601", 0, 15)]
    [InlineData("    report: 支出}", "PE0601", 0, 15)]
    [InlineData("    report: 支出{}", "PE0601", 0, 15)]
    [InlineData("    report: 支出{has_transfer_payments?有}", "PE0601", 0, 15)]
    [InlineData("    report: 支出{actual_spend}", "PE0602", 0, 16)]
    [InlineData("    report: 支出{first?是:否}", "PE0602", 0, 16)] // 'first' is b's criterion, not a's
    [InlineData("    report: 支出{has_transfer_payments}", "PE0603", 0, 16)]
    [InlineData("    report: 支出{rate?高:低}", "PE0603", 0, 16)]
    [InlineData("    report: 支出{passed}", "PE0603", 0, 16)]
    [InlineData("    report: \"{actual_spending}与{actual_spendin}\"", "PE0602", 0, 33)]
    [InlineData("    report: |-\n      第一行\n      第二行{nope}", "PE0602", 2, 11)]
    public void Load_BadIndicatorTemplate_ReportsTheCodeAtThePlaceholder(string line, string code, int linesBelow, int expectedColumn)
    {
        var yaml = Some.Header() + Body.Replace("    name: 甲\n", "    name: 甲\n" + line + "\n", StringComparison.Ordinal);
        var expectedLine = Array.FindIndex(yaml.Split('\n'), l => l.StartsWith("    report:", StringComparison.Ordinal)) + 1 + linesBelow;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal(code, error.Code);
        Assert.Equal("test.yaml", error.File);
        Assert.Equal((expectedLine, expectedColumn), (error.Line, error.Column));
        Assert.Equal("a", error.IndicatorId);
    }

    [Theory]
    [InlineData("report:\n  spending: 支出{score}\n", "PE0602")] // an indicator's own name, unknown to the rule set's templates
    [InlineData("report:\n  overview: \"{overview\"\n", "PE0601")]
    [InlineData("report:\n  other: \"{has_transfer_payments}\"\n", "PE0603")]
    [InlineData("report:\n  summary: 无\n", "PE0101")]
    public void Load_BadRuleSetTemplate_IsAnError(string block, string code)
    {
        var error = Assert.Single(Some.Errors(Some.Header() + block + Body));

        Assert.Equal(code, error.Code);
        Assert.Equal(Array.FindIndex((Some.Header() + block).Split('\n'), l => l.StartsWith("  ", StringComparison.Ordinal) && !l.StartsWith("  -", StringComparison.Ordinal)) + 1, error.Line);
        Assert.Null(error.IndicatorId);
    }

    [Fact]
    public void Load_GoodTemplates_LoadWithoutDiagnostics()
    {
        var yaml = Some.Header()
            + "report:\n  overview: \"{overview}\"\n  spending: |-\n    {fiscal_year}年实际支出{actual_spending}，{{括号}}\n    总分{total}，等级{grade}\n"
            + Body.Replace("    name: 乙\n", "    name: 乙\n    report: \"{first?已:未}达到第一项，{name}{score}分，{has_transfer_payments?有:无}转移支付，完成率{rate}\"\n", StringComparison.Ordinal);

        var result = PerfEval.Loading.RuleSetLoader.Load(yaml, "test.yaml");

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Load_TextInputUsedOnlyByAReportTemplate_IsNotReportedUnused()
    {
        var with = Some.Header() + "report:\n  overview: \"{overview}\"\n" + Body;
        var without = Some.Header() + Body;

        Assert.Empty(PerfEval.Loading.RuleSetLoader.Load(with, "test.yaml").Diagnostics);
        Assert.Contains(PerfEval.Loading.RuleSetLoader.Load(without, "test.yaml").Diagnostics, d => d.Code == "PE0211" && d.Message.Contains("'overview'", StringComparison.Ordinal));
    }
}
