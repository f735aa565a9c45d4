using PerfEval.Tests.Support;

namespace PerfEval.Tests.Loading;

/// <summary>
/// The <c>project_form</c> block of format 1.1: its names are checked against the inputs, metrics and indicators when
/// the rule set loads, and the scorecard carries the header cells it names, exactly as given (empty when not given).
/// </summary>
public sealed class ProjectFormTests
{
    private static readonly string Header = Some.Header(total: 10).Replace("format: perfeval/1\n", "format: perfeval/1.1\n", StringComparison.Ordinal);

    private const string Body = """
        inputs:
          - { name: annual_budget, type: decimal, unit: 万元, min: 0 }
          - { name: executed, type: decimal, unit: 万元, min: 0 }
          - { name: initial_budget, type: decimal, unit: 万元, min: 0, required: false }
          - { name: department, type: text, required: false }
          - { name: goal, type: text, required: false }
        metrics:
          - { name: execution_rate, expression: executed / annual_budget, unit: ratio }
        indicators:
          - { id: budget_execution, name: 预算执行率, weight: 10, formula: "weight * Min(1, execution_rate)" }
        project_form:
          department: department
          funds:
            - { label: 年度资金总额, initial: initial_budget, annual: annual_budget, executed: executed, rate: execution_rate, indicator: budget_execution }
            - { label: 其他资金 }
          goal: goal
        """;

    [Fact]
    public void Evaluate_CarriesTheNamedCellsAndLeavesTheOthersEmpty()
    {
        var rules = Some.Rules(Header + Body);

        var card = Some.Score(rules, b => b.Set("annual_budget", 120m).Set("executed", 103.56m).Set("department", "某县农业农村局"));

        var project = card.Project!;
        Assert.Equal("某县农业农村局", project.Department);
        Assert.Null(project.Implementer); // not named by the block
        Assert.Null(project.Goal); // named, but not given
        Assert.Equal(2, project.Funds.Count);
        var total = project.Funds[0];
        // 103.56 / 120 = 0.863 exactly, in decimal arithmetic.
        Assert.Equal(("年度资金总额", (decimal?)null, 120m, 103.56m, 0.863m, "budget_execution"), (total.Label, total.Initial, total.Annual, total.Executed, total.Rate, total.IndicatorId));
        Assert.Equal(new PerfEval.Results.FundsLine("其他资金", null, null, null, null, null), project.Funds[1]);
    }

    [Fact]
    public void Evaluate_WithoutTheBlock_HasNoHeader()
    {
        var rules = Some.Rules(Header + Body[..Body.IndexOf("project_form:", StringComparison.Ordinal)]);

        Assert.Null(Some.Score(rules, b => b.Set("annual_budget", 1m).Set("executed", 1m)).Project);
    }

    [Theory]
    [InlineData("department: department", "department: executed", "PE0604", 23)] // a number where a text belongs
    [InlineData("annual: annual_budget", "annual: annual_budgt", "PE0604", 25)]
    [InlineData("executed: executed,", "executed: goal,", "PE0604", 25)] // a text where a number belongs
    [InlineData("indicator: budget_execution", "indicator: budget", "PE0605", 25)]
    [InlineData("goal: goal", "goal: nowhere", "PE0604", 27)]
    public void Load_NameOfTheWrongKindOrUnknown_IsAnErrorAtTheName(string from, string to, string code, int line)
    {
        var errors = Some.Errors(Header + Body.Replace(from, to, StringComparison.Ordinal));

        var error = Assert.Single(errors);
        Assert.Equal((code, line), (error.Code, error.Line));
    }

    [Fact]
    public void Load_UnknownKeyInTheBlock_IsPE0101()
    {
        var errors = Some.Errors(Header + Body.Replace("  goal: goal", "  goals: goal", StringComparison.Ordinal));

        Assert.Contains(errors, e => e.Code == "PE0101" && e.Message.Contains("'goals'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_InAFormat1File_ReportsPE0106Needs1_1()
    {
        var errors = Some.Errors(Some.Header(total: 10) + Body);

        var error = Assert.Single(errors);
        Assert.Equal(("PE0106", "PE0106.needs-1.1", 22), (error.Code, error.MessageId, error.Line));
    }
}
