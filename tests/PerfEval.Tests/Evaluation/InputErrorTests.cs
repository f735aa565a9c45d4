using PerfEval.Evaluation;
using PerfEval.Inputs;
using PerfEval.Results;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Evaluation;

/// <summary>
/// Input that cannot be scored is an error naming the input and the indicator, never a silent zero:
/// missing, mistyped and out-of-range values, unknown names, division by zero, and bad judgements.
/// </summary>
public sealed class InputErrorTests
{
    private static readonly CompiledRuleSet Yangxi = Some.Yangxi();
    private static readonly InputValues Sample = Some.YangxiInput();

    // ---- Missing, mistyped and out-of-range values -------------------------------------------------------------

    [Fact]
    public void Evaluate_RequiredInputMissing_ReportsPE0402NamingInputAndIndicator()
    {
        var errors = YangxiErrors(values => values.Remove("issued_budget"));

        var error = Assert.Single(errors);
        Assert.Equal("PE0402", error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains("'issued_budget'", error.Message, StringComparison.Ordinal);
        Assert.Contains("财政下达预算数", error.Message, StringComparison.Ordinal);
        Assert.Contains("'budget_execution_rate'", error.Message, StringComparison.Ordinal);
        Assert.Equal("budget_execution_rate", error.IndicatorId);
    }

    [Fact]
    public void Evaluate_RequiredInputGivenAsJsonNull_ReportsPE0402()
    {
        var json = File.ReadAllText(Repo.Samples("yangxi-2023.json"))
            .Replace("\"actual_spending\": 2679.48", "\"actual_spending\": null", StringComparison.Ordinal);
        var input = JsonInputReader.Read(json, "yangxi.json").GetValueOrThrow();

        var errors = Yangxi.Evaluate(input).Errors.ToList();

        var error = Assert.Single(errors);
        Assert.Equal("PE0402", error.Code);
        Assert.Contains("'actual_spending'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'budget_execution_rate'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RequiredInputUsedOnlyByChecksMissing_ReportsPE0402WithoutIndicator()
    {
        var errors = YangxiErrors(values => values.Remove("basic_spending"));

        var error = Assert.Single(errors);
        Assert.Equal("PE0402", error.Code);
        Assert.Contains("'basic_spending'", error.Message, StringComparison.Ordinal);
        Assert.Null(error.IndicatorId);
    }

    [Fact]
    public void Evaluate_NumberWhereBooleanWanted_ReportsPE0403()
    {
        var errors = YangxiErrors(values => values["procurement_exceeds_budget"] = InputValue.Of(1m));

        var error = Assert.Single(errors);
        Assert.Equal("PE0403", error.Code);
        Assert.Contains("'procurement_exceeds_budget'", error.Message, StringComparison.Ordinal);
        Assert.Contains("true or false", error.Message, StringComparison.Ordinal);
        Assert.Contains("the number 1", error.Message, StringComparison.Ordinal);
        Assert.Equal("procurement_execution", error.IndicatorId);
    }

    [Fact]
    public void Evaluate_TextWhereNumberWanted_ReportsPE0403()
    {
        var errors = YangxiErrors(values => values["actual_spending"] = InputValue.Of("2679.48"));

        var error = Assert.Single(errors);
        Assert.Equal("PE0403", error.Code);
        Assert.Contains("'actual_spending'", error.Message, StringComparison.Ordinal);
        Assert.Contains("must be a number", error.Message, StringComparison.Ordinal);
        Assert.Contains("the text \"2679.48\"", error.Message, StringComparison.Ordinal);
        Assert.Equal("budget_execution_rate", error.IndicatorId);
    }

    [Fact]
    public void Evaluate_IntegerInputGivenFraction_ReportsPE0403()
    {
        var errors = YangxiErrors(values => values["work_target_count"] = InputValue.Of(2.5m));

        var error = Assert.Single(errors);
        Assert.Equal("PE0403", error.Code);
        Assert.Contains("'work_target_count'", error.Message, StringComparison.Ordinal);
        Assert.Contains("whole number", error.Message, StringComparison.Ordinal);
        Assert.Contains("2.5", error.Message, StringComparison.Ordinal);
        Assert.Equal("target_completion_rate", error.IndicatorId);
    }

    [Fact]
    public void Evaluate_IntegerInputGivenWholeDecimal_IsAccepted()
    {
        var input = YangxiInput(values => values["work_target_count"] = InputValue.Of(2.0m));

        var result = Yangxi.Evaluate(input);

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.Equal(92.76m, result.Value!.Total);
    }

    [Fact]
    public void Evaluate_ValueBelowMin_ReportsPE0404WithRange()
    {
        var errors = YangxiErrors(values => values["actual_spending"] = InputValue.Of(-1m));

        var error = Assert.Single(errors);
        Assert.Equal("PE0404", error.Code);
        Assert.Contains("'actual_spending'", error.Message, StringComparison.Ordinal);
        Assert.Contains("-1", error.Message, StringComparison.Ordinal);
        Assert.Contains("[0, +∞)", error.Message, StringComparison.Ordinal);
        Assert.Equal("budget_execution_rate", error.IndicatorId);
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("-0.0000000000000000000000000001")]
    [InlineData("-999999999999999")]
    public void Evaluate_ValueJustBelowMinOfZero_ReportsPE0404(string value)
    {
        var errors = YangxiErrors(values => values["actual_spending"] = InputValue.Of(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal("PE0404", Assert.Single(errors).Code);
    }

    [Fact]
    public void Evaluate_NegativeZeroWhereMinIsZero_IsAccepted()
    {
        // -0 is not below 0: decimal keeps the sign of a zero, and the range test must not see it.
        var input = YangxiInput(values => values["carryover_year_end"] = InputValue.Of(decimal.Negate(0.00m)));

        var result = Yangxi.Evaluate(input);

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
    }

    [Theory]
    [InlineData("2.5")]
    [InlineData("3.0000000000000000000000000001")]
    public void Evaluate_IntegerInputGivenAnyFraction_ReportsPE0403(string value)
    {
        var errors = YangxiErrors(values => values["work_target_count"] = InputValue.Of(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal("PE0403", Assert.Single(errors).Code);
    }

    [Fact]
    public void Evaluate_IntegerBelowMinOfOne_ReportsPE0404()
    {
        var errors = YangxiErrors(values => values["work_target_count"] = InputValue.Of(0m));

        var error = Assert.Single(errors);
        Assert.Equal("PE0404", error.Code);
        Assert.Contains("'work_target_count'", error.Message, StringComparison.Ordinal);
        Assert.Contains("[1, +∞)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ValueAboveMax_ReportsPE0404()
    {
        var rules = Some.Rules(Some.Header() + """
            inputs:
              - { name: rate, type: decimal, min: 0, max: 1 }
            indicators:
              - { id: only, name: Only, weight: 100, formula: weight * rate }
            """);

        var error = Assert.Single(Some.ScoreErrors(rules, b => b.Set("rate", 1.5m)));

        Assert.Equal("PE0404", error.Code);
        Assert.Contains("'rate'", error.Message, StringComparison.Ordinal);
        Assert.Contains("[0, 1]", error.Message, StringComparison.Ordinal);
        Assert.Equal("only", error.IndicatorId);
    }

    [Fact]
    public void Evaluate_ChoiceValueNotAmongChoices_ReportsErrorListingChoices()
    {
        var rules = ChoiceRules();

        var error = Assert.Single(Some.ScoreErrors(rules, b => b.Set("level", "county")));

        Assert.Equal("PE0404", error.Code);
        Assert.Contains("'level'", error.Message, StringComparison.Ordinal);
        Assert.Contains("province, city", error.Message, StringComparison.Ordinal);
        Assert.Contains("'county'", error.Message, StringComparison.Ordinal);
        Assert.Equal("only", error.IndicatorId);
    }

    [Fact]
    public void Evaluate_ChoiceGivenNumber_ReportsPE0403ListingChoices()
    {
        var rules = ChoiceRules();

        var error = Assert.Single(Some.ScoreErrors(rules, b => b.Set("level", 1m)));

        Assert.Equal("PE0403", error.Code);
        Assert.Contains("one of province, city", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ChoiceValueAmongChoices_Scores()
    {
        var card = Some.Score(ChoiceRules(), b => b.Set("level", "city"));

        Assert.Equal(50m, card.Total);
    }

    // ---- Unknown names -----------------------------------------------------------------------------------------

    [Fact]
    public void Evaluate_InputNameWithCaseSlip_ReportsPE0405WithSuggestion()
    {
        var errors = YangxiErrors(values =>
        {
            var value = values["issued_budget"];
            values.Remove("issued_budget");
            values["Issued_Budget"] = value;
        });

        var unknown = Assert.Single(errors, e => e.Code == "PE0405");
        Assert.Contains("'Issued_Budget'", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'issued_budget'?", unknown.Message, StringComparison.Ordinal);
        Assert.Contains(errors, e => e.Code == "PE0402" && e.Message.Contains("'issued_budget'", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_UnknownInputName_ReportsPE0405WithoutSuggestion()
    {
        var errors = YangxiErrors(values => values["office_rent"] = InputValue.Of(12m));

        var error = Assert.Single(errors);
        Assert.Equal("PE0405", error.Code);
        Assert.Contains("'office_rent'", error.Message, StringComparison.Ordinal);
        Assert.Contains("yangxi-department-overall", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnknownInputReadFromJson_CarriesLineAndColumn()
    {
        var json = File.ReadAllText(Repo.Samples("yangxi-2023.json"))
            .Replace("\"issued_budget\": 2774.62,", "\"issued_budget\": 2774.62, \"office_rent\": 12,", StringComparison.Ordinal);
        var input = JsonInputReader.Read(json, "yangxi.json").GetValueOrThrow();

        var error = Assert.Single(Yangxi.Evaluate(input).Errors);

        Assert.Equal("PE0405", error.Code);
        Assert.Equal("yangxi.json", error.File);
        Assert.Equal(7, error.Line);
        Assert.Equal(46, error.Column); // The value 12 after "office_rent": on line 7.
    }

    [Fact]
    public void Evaluate_ValueReadFromJsonOutOfRange_CarriesLineAndColumnOfValue()
    {
        var json = File.ReadAllText(Repo.Samples("yangxi-2023.json"))
            .Replace("\"issued_budget\": 2774.62,", "\"issued_budget\": -2774.62,", StringComparison.Ordinal);
        var input = JsonInputReader.Read(json, "yangxi.json").GetValueOrThrow();

        var error = Assert.Single(Yangxi.Evaluate(input).Errors);

        Assert.Equal("PE0404", error.Code);
        Assert.Equal(("yangxi.json", 7, 22), (error.File, error.Line, error.Column));
        Assert.Equal("yangxi.json:7:22: error PE0404: " + error.Message + " [budget_execution_rate]", error.ToString());
    }

    // ---- Division by zero --------------------------------------------------------------------------------------

    [Fact]
    public void Evaluate_ZeroDivisorInMetric_ReportsPE0501NamingZeroInputAndIndicator()
    {
        var errors = YangxiErrors(values => values["issued_budget"] = InputValue.Of(0m));

        var error = Assert.Single(errors);
        Assert.Equal("PE0501", error.Code);
        Assert.Contains("metric 'execution_rate'", error.Message, StringComparison.Ordinal);
        Assert.Contains("actual_spending / issued_budget", error.Message, StringComparison.Ordinal);
        Assert.Contains("2679.48 / 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("issued_budget = 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("budget_execution_rate", error.Message, StringComparison.Ordinal);
        Assert.Equal("budget_execution_rate", error.IndicatorId);

        // Positioned at the metric's expression in the rule file.
        var (line, column) = Find(Repo.Rules("yangxi-2023.yaml"), "actual_spending / issued_budget");
        Assert.EndsWith("yangxi-2023.yaml", error.File, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Evaluate_ZeroDenominatorSumInMetric_NamesEveryZeroInput()
    {
        var errors = YangxiErrors(values =>
        {
            values["carryover_opening"] = InputValue.Of(0m);
            values["general_budget_appropriation"] = InputValue.Of(0m);
            values["fund_budget_appropriation"] = InputValue.Of(0m);
        });

        var error = Assert.Single(errors);
        Assert.Equal("PE0501", error.Code);
        Assert.Contains("metric 'carryover_rate'", error.Message, StringComparison.Ordinal);
        Assert.Contains("carryover_opening = 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("general_budget_appropriation = 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("fund_budget_appropriation = 0", error.Message, StringComparison.Ordinal);
        Assert.Equal("carryover_rate", error.IndicatorId);
    }

    [Fact]
    public void Evaluate_ZeroDivisorInIndicatorFormula_ReportsPE0501AtFormula()
    {
        var yaml = Some.Header() + """
            inputs:
              - { name: done, type: decimal }
              - { name: planned, type: decimal }
            indicators:
              - id: completion
                name: Completion
                weight: 100
                formula: weight * Min(1, done / planned)
            """;
        var rules = Some.Rules(yaml);

        var error = Assert.Single(Some.ScoreErrors(rules, b => b.Set("done", 5m).Set("planned", 0m)));

        Assert.Equal("PE0501", error.Code);
        Assert.Contains("weight * Min(1, done / planned)", error.Message, StringComparison.Ordinal);
        Assert.Contains("planned = 0", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("done = 0", error.Message, StringComparison.Ordinal);
        Assert.Equal("completion", error.IndicatorId);
        Assert.Equal("test.yaml", error.File);
        Assert.Equal(LineOf(yaml, "formula:"), error.Line);
        Assert.Equal(14, error.Column);
    }

    // ---- Judgements --------------------------------------------------------------------------------------------

    [Fact]
    public void Evaluate_JudgementMissing_ReportsPE0406NamingIndicator()
    {
        var errors = YangxiErrors(judgements: judgements => judgements.Remove("duty_performance"));

        var error = Assert.Single(errors);
        Assert.Equal("PE0406", error.Code);
        Assert.Contains("'duty_performance'", error.Message, StringComparison.Ordinal);
        Assert.Contains("部门履职效益", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"judgements\"", error.Message, StringComparison.Ordinal);
        Assert.Equal("duty_performance", error.IndicatorId);
    }

    [Fact]
    public void Evaluate_JudgementAboveWeight_ReportsPE0407WithRange()
    {
        var errors = YangxiErrors(judgements: judgements => judgements["target_completeness"] = new Judgement(3m, "编报完整"));

        var error = Assert.Single(errors);
        Assert.Equal("PE0407", error.Code);
        Assert.Contains("'target_completeness'", error.Message, StringComparison.Ordinal);
        Assert.Contains(" 3,", error.Message, StringComparison.Ordinal);
        Assert.Contains("[0, 2]", error.Message, StringComparison.Ordinal);
        Assert.Equal("target_completeness", error.IndicatorId);
    }

    [Fact]
    public void Evaluate_NegativeJudgement_ReportsPE0407()
    {
        var errors = YangxiErrors(judgements: judgements => judgements["target_completeness"] = new Judgement(-1m, "编报不完整"));

        var error = Assert.Single(errors);
        Assert.Equal("PE0407", error.Code);
        Assert.Contains("-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_JudgementAboveWeightReadFromJson_CarriesLineAndColumn()
    {
        var json = File.ReadAllText(Repo.Samples("yangxi-2023.json"))
            .Replace("\"target_completeness\": { \"score\": 2,", "\"target_completeness\": { \"score\": 3,", StringComparison.Ordinal);
        var input = JsonInputReader.Read(json, "yangxi.json").GetValueOrThrow();

        var error = Assert.Single(Yangxi.Evaluate(input).Errors);

        Assert.Equal("PE0407", error.Code);
        Assert.Equal((46, 28), (error.Line, error.Column)); // The judgement's '{' on line 46.
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Evaluate_JudgementWithoutReason_ReportsPE0408(string reason)
    {
        var errors = YangxiErrors(judgements: judgements => judgements["asset_compliance"] = new Judgement(4m, reason));

        var error = Assert.Single(errors);
        Assert.Equal("PE0408", error.Code);
        Assert.Contains("'asset_compliance'", error.Message, StringComparison.Ordinal);
        Assert.Contains("reason", error.Message, StringComparison.Ordinal);
        Assert.Equal("asset_compliance", error.IndicatorId);
    }

    [Fact]
    public void Evaluate_JudgementForFormulaIndicator_ReportsPE0409()
    {
        var errors = YangxiErrors(judgements: judgements => judgements["budget_execution_rate"] = new Judgement(7m, "自评"));

        var error = Assert.Single(errors);
        Assert.Equal("PE0409", error.Code);
        Assert.Contains("'budget_execution_rate'", error.Message, StringComparison.Ordinal);
        Assert.Contains("formula", error.Message, StringComparison.Ordinal);
        Assert.Contains("not by judgement", error.Message, StringComparison.Ordinal);
        Assert.Equal("budget_execution_rate", error.IndicatorId);
    }

    [Fact]
    public void Evaluate_JudgementForGroup_ReportsPE0409()
    {
        var errors = YangxiErrors(judgements: judgements => judgements["budget_preparation"] = new Judgement(20m, "自评"));

        var error = Assert.Single(errors);
        Assert.Equal("PE0409", error.Code);
        Assert.Contains("'budget_preparation'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_JudgementForUnknownId_ReportsPE0409()
    {
        var errors = YangxiErrors(judgements: judgements => judgements["staff_training"] = new Judgement(1m, "培训"));

        var error = Assert.Single(errors);
        Assert.Equal("PE0409", error.Code);
        Assert.Contains("'staff_training'", error.Message, StringComparison.Ordinal);
        Assert.Contains("not an indicator", error.Message, StringComparison.Ordinal);
        Assert.Null(error.IndicatorId);
    }

    [Fact]
    public void Evaluate_JudgementForNotAssessedIndicator_WarnsAndScores()
    {
        var input = YangxiInput(judgements: judgements => judgements["fund_allocation_compliance"] = new Judgement(2m, "合规"));

        var result = Yangxi.Evaluate(input);

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.Equal(92.76m, result.Value!.Total);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "PE0409");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("'fund_allocation_compliance'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("not assessed", warning.Message, StringComparison.Ordinal);
    }

    // ---- Formula results and optional inputs -------------------------------------------------------------------

    [Fact]
    public void Evaluate_FormulaAboveWeight_ReportsPE0506()
    {
        var rules = RateRules("weight * rate");

        var error = Assert.Single(Some.ScoreErrors(rules, b => b.Set("rate", 1.2m)));

        Assert.Equal("PE0506", error.Code);
        Assert.Contains("'only'", error.Message, StringComparison.Ordinal);
        Assert.Contains("120", error.Message, StringComparison.Ordinal);
        Assert.Contains("[0, 100]", error.Message, StringComparison.Ordinal);
        Assert.Contains("100 * 1.2", error.Message, StringComparison.Ordinal);
        Assert.Contains("Min(weight", error.Message, StringComparison.Ordinal);
        Assert.Equal("only", error.IndicatorId);
        Assert.True(error.Line > 0);
    }

    [Fact]
    public void Evaluate_FormulaBelowZero_ReportsPE0506()
    {
        var rules = RateRules("weight * rate");

        var error = Assert.Single(Some.ScoreErrors(rules, b => b.Set("rate", -0.1m)));

        Assert.Equal("PE0506", error.Code);
        Assert.Contains("-10", error.Message, StringComparison.Ordinal);
        Assert.Contains("Max(0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_OptionalInputAbsentButNeeded_ReportsPE0507()
    {
        var rules = Some.Rules(Some.Header() + """
            inputs:
              - { name: rate, type: decimal, required: false }
            indicators:
              - { id: only, name: Only, weight: 100, formula: weight * rate }
            """);

        var error = Assert.Single(Some.ScoreErrors(rules, _ => { }));

        Assert.Equal("PE0507", error.Code);
        Assert.Contains("'only'", error.Message, StringComparison.Ordinal);
        Assert.Contains("input 'rate'", error.Message, StringComparison.Ordinal);
        Assert.Equal("only", error.IndicatorId);
    }

    [Fact]
    public void Evaluate_OptionalInputAbsentBehindMetric_ReportsPE0507NamingMetricAndInput()
    {
        var rules = Some.Rules(Some.Header() + """
            inputs:
              - { name: spent, type: decimal }
              - { name: budget, type: decimal, required: false }
            metrics:
              - { name: spend_rate, expression: spent / budget }
            indicators:
              - { id: only, name: Only, weight: 100, formula: "weight * Min(1, spend_rate)" }
            """);

        var error = Assert.Single(Some.ScoreErrors(rules, b => b.Set("spent", 5m)));

        Assert.Equal("PE0507", error.Code);
        Assert.Contains("metric 'spend_rate'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'budget'", error.Message, StringComparison.Ordinal);
        Assert.Equal("only", error.IndicatorId);
    }

    [Fact]
    public void Evaluate_OptionalConditionInputAbsent_ReportsPE0507()
    {
        var error = Assert.Single(Some.ScoreErrors(ConditionalRules(), b => b.Set("rate", 0.5m)));

        Assert.Equal("PE0507", error.Code);
        Assert.Contains("'applies_when'", error.Message, StringComparison.Ordinal);
        Assert.Contains("input 'flag'", error.Message, StringComparison.Ordinal);
        Assert.Equal("first", error.IndicatorId);
    }

    [Fact]
    public void Evaluate_OptionalConditionInputAbsent_NamesIndicatorOnce()
    {
        var error = Assert.Single(Some.ScoreErrors(ConditionalRules(), b => b.Set("rate", 0.5m)));

        Assert.DoesNotContain("of indicator 'first' of indicator 'first'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ArithmeticOverflow_ReportsPE0502()
    {
        var rules = RateRules("weight * rate");

        var error = Assert.Single(Some.ScoreErrors(rules, b => b.Set("rate", decimal.MaxValue)));

        Assert.Equal("PE0502", error.Code);
        Assert.Contains("overflow", error.Message, StringComparison.Ordinal);
        Assert.Contains("weight * rate", error.Message, StringComparison.Ordinal);
        Assert.Equal("only", error.IndicatorId);
    }

    [Fact]
    public void Evaluate_OptionalInputAbsentOnlyInCheck_SkipsCheckAndScores()
    {
        // procurement_budget is optional and null in the sample; only the procurement_comparison check reads it.
        Assert.False(Sample.Values.ContainsKey("procurement_budget"));

        var result = Yangxi.Evaluate(Sample);

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("procurement_comparison", StringComparison.Ordinal));
    }

    // ---- Several errors at once, and throwing ------------------------------------------------------------------

    [Fact]
    public void Evaluate_SeveralInputErrors_ReportsEveryOneInOneResult()
    {
        var errors = YangxiErrors(
            values =>
            {
                values.Remove("issued_budget");
                values["procurement_exceeds_budget"] = InputValue.Of("yes");
                values["work_targets_met"] = InputValue.Of(1.5m);
                values["petitions_overdue"] = InputValue.Of(-2m);
                values["office_rent"] = InputValue.Of(12m);
            },
            judgements => judgements["staff_training"] = new Judgement(1m, "培训"));

        Assert.Equal(
            new[] { "PE0402", "PE0403", "PE0403", "PE0404", "PE0405", "PE0409" },
            errors.Select(e => e.Code).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains(errors, e => e.Message.Contains("'issued_budget'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("'procurement_exceeds_budget'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("'work_targets_met'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("'petitions_overdue'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("'office_rent'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("'staff_training'", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_SeveralJudgementErrors_ReportsEveryOneInOneResult()
    {
        var errors = YangxiErrors(judgements: judgements =>
        {
            judgements.Remove("duty_performance");
            judgements["target_completeness"] = new Judgement(3m, "编报完整");
            judgements["asset_compliance"] = new Judgement(4m, " ");
        });

        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.Code == "PE0406" && e.IndicatorId == "duty_performance");
        Assert.Contains(errors, e => e.Code == "PE0407" && e.IndicatorId == "target_completeness");
        Assert.Contains(errors, e => e.Code == "PE0408" && e.IndicatorId == "asset_compliance");
    }

    [Fact]
    public void Evaluate_ZeroDivisorAndMissingJudgement_ReportsBothInOneResult()
    {
        var errors = YangxiErrors(
            values => values["issued_budget"] = InputValue.Of(0m),
            judgements => judgements.Remove("duty_performance"));

        Assert.Contains(errors, e => e.Code == "PE0501" && e.IndicatorId == "budget_execution_rate");
        Assert.Contains(errors, e => e.Code == "PE0406" && e.IndicatorId == "duty_performance");
    }

    [Fact]
    public void Evaluate_InputErrorAndMissingJudgement_ReportsBothInOneResult()
    {
        var errors = YangxiErrors(
            values => values.Remove("issued_budget"),
            judgements => judgements.Remove("duty_performance"));

        Assert.Contains(errors, e => e.Code == "PE0402");
        Assert.Contains(errors, e => e.Code == "PE0406" && e.IndicatorId == "duty_performance");
    }

    [Fact]
    public void GetValueOrThrow_InvalidInput_ThrowsInputExceptionListingErrors()
    {
        var input = YangxiInput(values =>
        {
            values.Remove("issued_budget");
            values["work_target_count"] = InputValue.Of(2.5m);
        });
        var result = Yangxi.Evaluate(input);

        var exception = Assert.Throws<InputException>(() => result.GetValueOrThrow());

        Assert.IsAssignableFrom<PerfEvalException>(exception);
        Assert.Contains("2 errors", exception.Message, StringComparison.Ordinal);
        Assert.Contains("PE0402", exception.Message, StringComparison.Ordinal);
        Assert.Contains("PE0403", exception.Message, StringComparison.Ordinal);
        Assert.Contains("issued_budget", exception.Message, StringComparison.Ordinal);
        Assert.Contains("work_target_count", exception.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "PE0402", "PE0403" }, exception.Errors.Select(e => e.Code).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Score_InvalidInput_ThrowsInputException()
    {
        var input = YangxiInput(judgements: judgements => judgements.Remove("duty_performance"));

        var exception = Assert.Throws<InputException>(() => Yangxi.Score(input));

        Assert.Contains("PE0406", exception.Message, StringComparison.Ordinal);
        Assert.Contains("duty_performance", exception.Message, StringComparison.Ordinal);
        Assert.Single(exception.Errors);
    }

    // ---- Helpers -----------------------------------------------------------------------------------------------

    private static List<Diagnostic> YangxiErrors(Action<Dictionary<string, InputValue>>? values = null, Action<Dictionary<string, Judgement>>? judgements = null)
    {
        var result = Yangxi.Evaluate(YangxiInput(values, judgements));
        Assert.False(result.IsSuccess, "expected scoring to fail");
        Assert.Null(result.Value);
        return result.Errors.ToList();
    }

    /// <summary>The Yangxi sample with its values and judgements changed by the callers.</summary>
    private static InputValues YangxiInput(Action<Dictionary<string, InputValue>>? values = null, Action<Dictionary<string, Judgement>>? judgements = null)
    {
        var valueCopy = new Dictionary<string, InputValue>(Sample.Values, StringComparer.Ordinal);
        var judgementCopy = new Dictionary<string, Judgement>(Sample.Judgements, StringComparer.Ordinal);
        values?.Invoke(valueCopy);
        judgements?.Invoke(judgementCopy);
        var builder = InputValues.CreateBuilder().Subject(Sample.Subject);
        foreach (var (name, value) in valueCopy)
        {
            builder.Set(name, value);
        }

        foreach (var (id, judgement) in judgementCopy)
        {
            builder.Judge(id, judgement);
        }

        return builder.Build();
    }

    private static CompiledRuleSet ChoiceRules() => Some.Rules(Some.Header() + """
        inputs:
          - { name: level, type: choice, choices: [province, city] }
        indicators:
          - { id: only, name: Only, weight: 100, formula: "if(level = 'province', weight, weight / 2)" }
        """);

    private static CompiledRuleSet ConditionalRules() => Some.Rules(Some.Header() + """
        inputs:
          - { name: flag, type: boolean, required: false }
          - { name: rate, type: decimal }
        indicators:
          - { id: first, name: First, weight: 50, judgement: { criteria: x }, applies_when: flag, fallback: { kind: move_to, target: second } }
          - { id: second, name: Second, weight: 50, formula: "weight * Min(1, rate)" }
        """);

    private static CompiledRuleSet RateRules(string formula) => Some.Rules(Some.Header() + $$"""
        inputs:
          - { name: rate, type: decimal }
        indicators:
          - { id: only, name: Only, weight: 100, formula: {{formula}} }
        """);

    private static int LineOf(string text, string marker)
        => text.Split('\n').Select((line, i) => (line, i)).First(p => p.line.Contains(marker, StringComparison.Ordinal)).i + 1;

    private static (int Line, int Column) Find(string path, string marker)
    {
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var at = lines[i].IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                return (i + 1, at + 1);
            }
        }

        throw new InvalidOperationException($"'{marker}' not found in {path}");
    }
}
