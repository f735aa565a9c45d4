using System.Text;
using PerfEval.Evaluation;
using PerfEval.Inputs;
using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.Rules;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Evaluation;

/// <summary>
/// Groups whose rows the input brings (项目支出绩效自评): each row scored by the rule its target's comparison names,
/// rounded, summed into its group; rows not assessed rescale the total or score 0; every row that cannot be scored is
/// reported at the row. Every figure below is worked by hand in the comment beside it.
/// </summary>
public sealed class ProjectRowsTests
{
    private static string Rules(string fallback = "", string costRule = "", string units = "") => Some.Header().Replace("format: perfeval/1\n", "format: perfeval/1.1\n", StringComparison.Ordinal) + units + $$"""
        inputs:
          - { name: annual_budget, type: decimal, unit: 万元, min: 0 }
          - { name: executed, type: decimal, unit: 万元, min: 0 }
        row_rules:
          - { name: cost_excess, kind: deduct_excess, step: 0.1, points: 1, counting: started }
          - { name: near, kind: exact, tolerance: 0.5 }
        qualitative_grades:
          - { label: 全部或基本达成预期指标, gte: 0.8, lte: 1, phrases: [达成预期指标] }
          - { label: 部分达成预期指标并具有一定效果, gte: 0.6, lt: 0.8, phrases: [部分达成预期指标] }
          - { label: 未达成预期指标且效果较差, gte: 0, lt: 0.6 }
        indicators:
          - { id: budget_execution, name: 预算执行率, weight: 10, formula: "weight * Min(1, executed / annual_budget)" }
          - id: output
            name: 产出指标
            weight: 50
            rows: { kinds: [ { name: 数量指标 }, { name: 质量指标, equal: near }, { name: 成本指标{{costRule}} } ] }
          - id: benefit
            name: 效益指标
            weight: 30
            rows: { kinds: [ { name: 社会效益指标 }, { name: 生态效益指标 } ]{{fallback}} }
          - id: satisfaction
            name: 满意度指标
            weight: 10
            rows: { kinds: [ { name: 服务对象满意度指标 } ], bare: equal }

        """;

    private static readonly CompiledRuleSet Project = Some.Rules(Rules());

    private static InputRow Row(string level1, string level2, string name, decimal points, string? target, string? actual, int line = 0) => new(level1, level2, name, points)
    {
        Target = target,
        Actual = actual,
        Reason = "按实际情况说明",
        Line = line,
        Column = line == 0 ? 0 : 5,
    };

    /// <summary>A project at full marks in every row but the ones a test replaces, keyed by name.</summary>
    private static InputValuesBuilder Input(params InputRow[] replacing)
    {
        var rows = new[]
        {
            Row("产出指标", "数量指标", "数量", 20, "≥50个", "51个"),
            Row("产出指标", "质量指标", "质量", 10, "=100%", "100%"),
            Row("产出指标", "成本指标", "成本", 20, "≤90万元", "89.97万元"),
            new InputRow("效益指标", "社会效益指标", "社会", 20) { Target = "效果明显", Actual = "达成预期指标", Score = 20 },
            Row("效益指标", "生态效益指标", "生态", 10, "≥95%", "96%"),
            Row("满意度指标", "服务对象满意度指标", "满意度", 10, "90%", "90%"),
        };
        var builder = InputValues.CreateBuilder().Set("annual_budget", 120m).Set("executed", 120m);
        foreach (var row in rows)
        {
            builder.Row(replacing.FirstOrDefault(r => r.Name == row.Name) ?? row);
        }

        foreach (var extra in replacing.Where(r => rows.All(row => row.Name != r.Name)))
        {
            builder.Row(extra);
        }

        return builder;
    }

    private static Scorecard Score(CompiledRuleSet rules, InputValuesBuilder input)
    {
        var result = rules.Evaluate(input.Build());
        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    private static IReadOnlyList<Diagnostic> Errors(InputValuesBuilder input, CompiledRuleSet? rules = null)
    {
        var result = (rules ?? Project).Evaluate(input.Build());
        Assert.False(result.IsSuccess, "expected scoring to fail");
        return result.Errors.ToList();
    }

    private static RowResult RowOf(Scorecard card, string group, string name) => card[group].Explanation!.Rows.Single(r => r.Name == name);

    [Fact]
    public void Evaluate_EveryRowMet_ScoresFullMarks()
    {
        var card = Score(Project, Input());

        Assert.Equal(100.00m, card.Total);
        Assert.Equal("优", card.Grade.Label);
        Assert.Null(card.Rescaling);
        Assert.Empty(card.Warnings);
        Assert.Equal(6, card.AllIndicators.Sum(i => i.Explanation?.Rows.Count ?? 0));
    }

    [Fact]
    public void Evaluate_Shortfalls_ScoreEachRowByItsRuleAndSumTheRoundedRows()
    {
        var card = Score(Project, Input(
            Row("产出指标", "数量指标", "数量", 20, "≥53个", "47个"), // 20 × 47 / 53 = 17.735849… → 17.74
            Row("产出指标", "成本指标", "成本", 20, "≤90万元", "95万元"), // 20 × 90 / 95 = 18.947368… → 18.95
            Row("产出指标", "质量指标", "质量", 10, "=100%", "99.4%"))); // |99.4 − 100| = 0.6 > tolerance 0.5 → 0

        Assert.Equal(17.74m, RowOf(card, "output", "数量").Score);
        Assert.Equal(RowMethod.Proportional, RowOf(card, "output", "数量").Method);
        Assert.Equal(18.95m, RowOf(card, "output", "成本").Score);
        Assert.Equal("inverse", RowOf(card, "output", "成本").Rule);
        Assert.Equal(0.00m, RowOf(card, "output", "质量").Score);
        Assert.Equal("near", RowOf(card, "output", "质量").Rule);
        Assert.Equal(36.69m, card["output"].Score); // 17.74 + 0 + 18.95
        Assert.Equal(86.69m, card.Total); // 10 + 36.69 + 30 + 10
        Assert.Equal("良", card.Grade.Label);
    }

    [Fact]
    public void Evaluate_ExactWithinTolerance_ScoresFullMarks()
    {
        var card = Score(Project, Input(Row("产出指标", "质量指标", "质量", 10, "=100%", "99.5%")));

        Assert.Equal(10.00m, RowOf(card, "output", "质量").Score); // |99.5 − 100| = 0.5 ≤ 0.5
    }

    [Theory]
    [InlineData("95%", 0.00)] // bare: equal reads 90% as =90%, scored by the built-in exact rule: 95 ≠ 90
    [InlineData("90%", 10.00)]
    public void Evaluate_BareTargetInAGroupThatReadsItAsEqual_UsesTheEqualRule(string actual, decimal expected)
    {
        var card = Score(Project, Input(Row("满意度指标", "服务对象满意度指标", "满意度", 10, "90%", actual)));

        Assert.Equal(expected, RowOf(card, "satisfaction", "满意度").Score);
        Assert.Equal("exact", RowOf(card, "satisfaction", "满意度").Rule);
    }

    [Fact]
    public void Evaluate_StrictComparisons_UseTheAtLeastAndAtMostRules()
    {
        var card = Score(Project, Input(
            Row("产出指标", "数量指标", "数量", 20, ">50个", "45个"), // 20 × 45 / 50 = 18
            Row("产出指标", "成本指标", "成本", 20, "<80万元", "100万元"))); // 20 × 80 / 100 = 16

        Assert.Equal(18.00m, RowOf(card, "output", "数量").Score);
        Assert.Equal(16.00m, RowOf(card, "output", "成本").Score);
    }

    [Fact]
    public void Evaluate_DeductExcessRule_DeductsPerStepBegun()
    {
        var rules = Some.Rules(Rules(costRule: ", at_most: cost_excess"));

        // (100.8 − 90) / 90 = 0.12 = 1.2 steps of 10 %; a step begun counts: 2 steps × 1 point → 20 − 2 = 18.
        var card = Score(rules, Input(Row("产出指标", "成本指标", "成本", 20, "≤90万元", "100.8万元")));

        Assert.Equal(18.00m, RowOf(card, "output", "成本").Score);
        Assert.Equal(RowMethod.DeductExcess, RowOf(card, "output", "成本").Method);
    }

    [Fact]
    public void Evaluate_QualitativeRow_TakesTheGradeItsActualNamesAndTheScoreGiven()
    {
        var card = Score(Project, Input(new InputRow("效益指标", "社会效益指标", "社会", 20) { Target = "效果明显", Actual = "部分达成预期指标", Score = 13.5m, Reason = "部分片区未完成" }));

        var row = RowOf(card, "benefit", "社会");
        Assert.Equal("部分达成预期指标并具有一定效果", row.Grade);
        Assert.Equal(RowMethod.Qualitative, row.Method);
        Assert.Equal(13.50m, row.Score);
        Assert.Equal(93.50m, card.Total); // 100 − 6.5
    }

    [Fact]
    public void Evaluate_RowNotAssessed_DropsOutAndTheTotalIsRescaled()
    {
        var card = Score(Project, Input(
            Row("产出指标", "数量指标", "数量", 20, "≥53个", "47个"), // 17.74, as above
            new InputRow("效益指标", "生态效益指标", "生态", 10) { Target = "≥95%", Applies = false }));

        // Sum 10 + (17.74 + 10 + 20) + 20 + 10 = 87.74 over the 90 points that apply: 87.74 × 100 / 90 = 97.4888… → 97.49.
        Assert.Equal(new Rescaling(87.74m, 10m, 90m, 100m), card.Rescaling);
        Assert.Equal(97.49m, card.Total);
        Assert.Equal(20.00m, card["benefit"].Score);
        var row = RowOf(card, "benefit", "生态");
        Assert.False(row.Applies);
        Assert.Null(row.Method);
        Assert.Null(row.RawScore);
    }

    [Fact]
    public void Evaluate_RowNotAssessedInAGroupThatScoresZero_CountsNothingAndIsNotRescaled()
    {
        var card = Score(Some.Rules(Rules(fallback: ", fallback: zero")), Input(new InputRow("效益指标", "生态效益指标", "生态", 10) { Applies = false }));

        Assert.Null(card.Rescaling);
        Assert.Equal(90.00m, card.Total);
    }

    [Fact]
    public void Evaluate_NoPointsLeftToRescale_ReportsPE0808()
    {
        var rules = Some.Rules(Some.Header().Replace("format: perfeval/1\n", "format: perfeval/1.1\n", StringComparison.Ordinal) + """
            indicators:
              - { id: output, name: 产出指标, weight: 100, rows: { kinds: [ { name: 数量指标 } ] } }
            """);
        var input = InputValues.CreateBuilder().Row(new InputRow("产出指标", "数量指标", "数量", 100) { Applies = false });

        var error = Assert.Single(Errors(input, rules));

        Assert.Equal("PE0808", error.Code);
    }

    [Fact]
    public void Evaluate_ShortfallWithoutReason_WarnsPE0805AtTheRow()
    {
        var card = Score(Project, Input(Row("产出指标", "数量指标", "数量", 20, "≥53个", "47个", line: 7)));
        Assert.Empty(card.Warnings); // The row above has a reason.

        var bare = new InputRow("产出指标", "数量指标", "数量", 20) { Target = "≥53个", Actual = "47个", Line = 7, Column = 5 };
        var warning = Assert.Single(Score(Project, Input(bare)).Warnings);

        Assert.Equal("PE0805", warning.Code);
        Assert.Equal((7, 5), (warning.Line, warning.Column));
        Assert.Equal("output", warning.IndicatorId);
        Assert.Contains("17.74", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_GivenScoreDiffersFromTheRules_WarnsPE0807AndTheRuleCounts()
    {
        var row = new InputRow("产出指标", "数量指标", "数量", 20) { Target = "≥53个", Actual = "47个", Score = 18m, Reason = "工期延误" };

        var card = Score(Project, Input(row));

        Assert.Equal("PE0807", Assert.Single(card.Warnings).Code);
        Assert.Equal(17.74m, RowOf(card, "output", "数量").Score);
        Assert.Equal(18m, RowOf(card, "output", "数量").GivenScore);
    }

    [Theory]
    [InlineData("产出", "数量指标", "≥50个", "51个", "PE0802.group")]
    [InlineData("产出指标", "数量", "≥50个", "51个", "PE0802.kind")]
    [InlineData("产出指标", "数量指标", "约50个", "51个", "PE0801.row")]
    [InlineData("产出指标", "数量指标", "≥50个", "≥51个", "PE0801.row")]
    [InlineData("产出指标", "数量指标", "≥50个", "51万元", "PE0803")]
    [InlineData("产出指标", "数量指标", "≥50个", null, "PE0802.no-figure")]
    [InlineData("产出指标", "数量指标", null, "51个", "PE0802.no-figure")]
    [InlineData("产出指标", "数量指标", "≥50个", "达成预期指标", "PE0802.actual-not-number")]
    [InlineData("产出指标", "数量指标", "效果明显", "51个", "PE0802.actual-number")]
    [InlineData("产出指标", "数量指标", "效果明显", "效果很好", "PE0806.no-grade")]
    public void Evaluate_RowThatCannotBeScored_IsReportedAtTheRow(string level1, string level2, string? target, string? actual, string messageId)
    {
        var row = new InputRow(level1, level2, "数量", 20) { Target = target, Actual = actual, Line = 9, Column = 5 };

        var errors = Errors(Input(row));

        var error = Assert.Single(errors, e => e.MessageId == messageId);
        Assert.Equal((9, 5), (error.Line, error.Column));
        Assert.Contains("第", error.ToString(ReportLanguage.Chinese), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("50.01")] // above its group's 50
    [InlineData("79228162514264337593543950335")] // would overflow the group's sum
    public void Evaluate_RowPointsOutsideTheGroup_ReportPE0802(string points)
    {
        var row = Row("产出指标", "数量指标", "数量", decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture), "≥50个", "51个", line: 3);

        var errors = Errors(Input(row, Row("产出指标", "数量指标", "数量二", decimal.MaxValue, "≥50个", "51个", line: 4)));

        Assert.Equal(2, errors.Count(e => e.MessageId == "PE0802.points"));
        Assert.Contains(errors, e => e.Code == "PE0804");
    }

    [Fact]
    public void Evaluate_UnknownKind_SuggestsTheClosest()
    {
        var error = Assert.Single(Errors(Input(Row("产出指标", "数量指", "数量", 20, "≥50个", "51个"))), e => e.MessageId == "PE0802.kind");

        Assert.Contains("'数量指标'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("全部或基本达成预期指标", "15.99", "PE0806.score")] // below 0.8 × 20 = 16
    [InlineData("部分达成预期指标并具有一定效果", "16", "PE0806.score")] // the middle grade stops short of 0.8: 16 is the top grade's
    [InlineData("优秀", "18", "PE0806.unknown-grade")]
    [InlineData("全部或基本达成预期指标", null, "PE0806.no-score")]
    public void Evaluate_QualitativeRowOutsideItsGrade_ReportsPE0806(string grade, string? score, string messageId)
    {
        var row = new InputRow("效益指标", "社会效益指标", "社会", 20) { Target = "效果明显", Grade = grade, Score = score is null ? null : decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture), Reason = "说明" };

        var error = Assert.Single(Errors(Input(row)));

        Assert.Equal(messageId, error.MessageId);
    }

    [Fact]
    public void Evaluate_GradeThatContradictsTheActual_ReportsPE0806()
    {
        var row = new InputRow("效益指标", "社会效益指标", "社会", 20) { Target = "效果明显", Actual = "达成预期指标", Grade = "部分达成预期指标并具有一定效果", Score = 14, Reason = "说明" };

        Assert.Equal("PE0806.grade-conflict", Assert.Single(Errors(Input(row))).MessageId);
    }

    [Fact]
    public void Evaluate_RowsNotAddingUpToTheirGroup_ReportsPE0804WithBothSums()
    {
        var error = Assert.Single(Errors(Input(Row("产出指标", "数量指标", "数量", 25, "≥50个", "51个", line: 4))));

        Assert.Equal("PE0804", error.Code);
        Assert.Equal("output", error.IndicatorId);
        Assert.Contains("55", error.Message, StringComparison.Ordinal); // 25 + 10 + 20
        Assert.Contains("50", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_GroupWithoutRows_ReportsPE0802()
    {
        var input = InputValues.CreateBuilder().Set("annual_budget", 120m).Set("executed", 120m);

        var errors = Errors(input);

        Assert.Equal(new[] { "benefit", "output", "satisfaction" }, errors.Select(e => e.IndicatorId).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Equal("PE0802.empty-group", e.MessageId));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Evaluate_ConditionalGroupWithoutRows_NeedsThemOnlyWhenAssessed(bool assessed)
    {
        // A group under applies_when false is not assessed: its 40 points spread to its sibling, and it asks for no rows.
        var rules = Some.Rules(Some.Header().Replace("format: perfeval/1\n", "format: perfeval/1.1\n", StringComparison.Ordinal) + """
            inputs:
              - { name: has_works, type: boolean }
            indicators:
              - id: works
                name: 工程指标
                weight: 40
                applies_when: has_works
                fallback: { kind: spread }
                rows: { kinds: [ { name: 数量指标 } ] }
              - id: service
                name: 服务指标
                weight: 60
                rows: { kinds: [ { name: 数量指标 } ] }
            """);
        var input = InputValues.CreateBuilder().Set("has_works", assessed).Row(Row("服务指标", "数量指标", "服务人次", 60, "≥100人次", "100人次"));

        var result = rules.Evaluate(input.Build());

        if (assessed)
        {
            var error = Assert.Single(result.Errors);
            Assert.Equal(("PE0802.empty-group", "works"), (error.MessageId, error.IndicatorId));
        }
        else
        {
            Assert.Empty(result.Errors);
            Assert.Equal(100m, result.Value!.Total); // 60 of 60, spread over the 100 points: the one sibling gets 40 more
        }
    }

    [Fact]
    public void Evaluate_RowsForARuleSetThatTakesNone_ReportsPE0802()
    {
        var rules = Some.Rules(Some.Header() + "indicators:\n  - { id: a, name: A, weight: 100, judgement: { criteria: 按时完成 } }\n");
        var input = InputValues.CreateBuilder().Judge("a", 100m, "完成").Row(Row("产出指标", "数量指标", "数量", 20, "≥50个", "51个"));

        Assert.Equal("PE0802.no-row-groups", Assert.Single(Errors(input, rules)).MessageId);
    }

    [Fact]
    public void Read_RowsFromJson_ScoreWithTheirPositions()
    {
        var json = """
            {
              "values": { "annual_budget": 120, "executed": 120 },
              "rows": [
                { "level1": "产出指标", "level2": "数量指标", "name": "数量", "points": 20, "target": "≥53个", "actual": "47个" },
                { "level1": "产出指标", "level2": "质量指标", "name": "质量", "points": 10, "target": "=100%", "actual": "100%" },
                { "level1": "产出指标", "level2": "成本指标", "name": "成本", "points": 20, "target": "≤90万元", "actual": "80万元" },
                { "level1": "效益指标", "level2": "社会效益指标", "name": "社会", "points": 20, "target": "效果明显", "actual": "达成预期指标", "score": 20 },
                { "level1": "效益指标", "level2": "生态效益指标", "name": "生态", "points": 10, "target": null, "applies": false },
                { "level1": "满意度指标", "level2": "服务对象满意度指标", "name": "满意度", "points": 10, "target": "90%", "actual": "90%" }
              ]
            }
            """;

        var bound = JsonInputReader.Read(Encoding.UTF8.GetBytes(json), Project, "input.json");
        var card = Project.Evaluate(bound.GetValueOrThrow()).GetValueOrThrow();

        var warning = Assert.Single(card.Warnings); // 数量 has no reason
        Assert.Equal(("PE0805", 4, 5), (warning.Code, warning.Line, warning.Column));
        Assert.Equal(97.49m, card.Total); // 87.74 × 100 / 90, as in the rescaling test
    }

    [Theory]
    [InlineData("""{ "level1": "产出指标", "level2": "数量指标", "name": "数量" }""", "PE0401.row-missing-key")]
    [InlineData("""{ "level1": "产出指标", "level2": "数量指标", "name": "数量", "points": "20" }""", "PE0401.row-kind")]
    [InlineData("""{ "level1": "产出指标", "level2": "数量指标", "name": "数量", "points": 20, "wobble": 1 }""", "PE0401.row-unknown-key")]
    [InlineData("""{ "level1": "产出指标", "level1": "产出指标", "level2": "数量指标", "name": "数量", "points": 20 }""", "PE0401.row-duplicate-key")]
    [InlineData("""[]""", "PE0401.row")]
    public void Read_MalformedRow_ReportsPE0401AtTheRow(string row, string messageId)
    {
        var json = "{\n  \"values\": {},\n  \"rows\": [\n    " + row + "\n  ]\n}";

        var result = JsonInputReader.Read(json, "input.json");

        var error = Assert.Single(result.Errors, e => e.MessageId == messageId);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void Read_RowsNotAList_ReportsPE0401()
    {
        var result = JsonInputReader.Read("""{ "values": {}, "rows": {} }""", "input.json");

        Assert.Equal("PE0401.rows", Assert.Single(result.Errors).MessageId);
    }

    [Fact]
    public void Evaluate_UnitTheRuleSetDeclares_IsRead()
    {
        var rules = Some.Rules(Rules(units: "units: [元/平方米]\n"));
        var row = Row("产出指标", "成本指标", "成本", 20, "≤3000元/平方米", "3200元/平方米"); // 20 × 3000 / 3200 = 18.75

        Assert.Equal(18.75m, RowOf(Score(rules, Input(row)), "output", "成本").Score);
        Assert.Equal("PE0801.row", Assert.Single(Errors(Input(row))).MessageId); // Not a unit of the rule set without it.
    }

    [Theory]
    [InlineData("units: [3个]\n")]
    [InlineData("units: [\"  \"]\n")]
    public void Load_UnitThatIsNotAWord_ReportsPE0105(string units)
    {
        var error = Assert.Single(Some.Errors(Rules(units: units)));

        Assert.Equal("PE0105.unit", error.MessageId);
        Assert.Equal(12, error.Line); // The header is 11 lines.
    }
}
