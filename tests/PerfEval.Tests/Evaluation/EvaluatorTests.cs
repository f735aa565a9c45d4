using PerfEval.Tests.Support;

namespace PerfEval.Tests.Evaluation;

public sealed class EvaluatorTests
{
    private static readonly string LazyRules = Some.Header() + """
        inputs:
          - { name: got, type: decimal }
          - { name: due, type: decimal }
        metrics:
          - { name: rate, expression: got / due }
        indicators:
          - id: collection
            name: 非税收入执收情况
            weight: 40
            applies_when: due > 0
            fallback: { kind: full_marks }
            formula: weight * Min(1, rate)
          - { id: other, name: 其他, weight: 60, formula: weight }
        """;

    [Fact]
    public void Evaluate_MetricDividingByZeroButNotNeeded_ScoresWithoutError()
    {
        // due = 0: the indicator is not assessed (full marks), so rate = got / 0 is never needed.
        var card = Some.Score(Some.Rules(LazyRules), b => b.Set("got", 5m).Set("due", 0m));

        Assert.Equal(40.00m, card["collection"].Score);
        Assert.Equal(100.00m, card.Total);
        Assert.DoesNotContain(card.Metrics, m => m.Name == "rate");
    }

    [Fact]
    public void Evaluate_MetricDividingByZeroWhenNeeded_ReportsItOnceNamingUsers()
    {
        var rules = Some.Rules(LazyRules.Replace("applies_when: due > 0", "applies_when: got > 0", StringComparison.Ordinal));

        var errors = Some.ScoreErrors(rules, b => b.Set("got", 5m).Set("due", 0m));

        var error = Assert.Single(errors);
        Assert.Equal("PE0501", error.Code);
        Assert.Contains("metric 'rate'", error.Message, StringComparison.Ordinal);
        Assert.Contains("due = 0", error.Message, StringComparison.Ordinal);
        Assert.Equal("collection", error.IndicatorId);
    }

    [Fact]
    public void Evaluate_MetricComputed_IsListedWithItsExactValue()
    {
        var card = Some.Score(Some.Rules(LazyRules), b => b.Set("got", 1m).Set("due", 3m));

        // 40 × 1/3 = 13.333… → 13.33; the metric keeps every digit of decimal division.
        Assert.Equal(13.33m, card["collection"].Score);
        Assert.Equal(1m / 3m, card.Metrics.Single(m => m.Name == "rate").Number);
    }

    [Theory]
    [InlineData(20, 10)]   // on time: nothing deducted
    [InlineData(21, 9)]    // 1 day late: one started 5-day unit
    [InlineData(25, 9)]    // 5 days late: one unit
    [InlineData(27, 8)]    // 7 days late: two started units ("不足5日按5日计")
    [InlineData(80, 0)]    // floored at zero
    public void Evaluate_StartedCounting_CountsAPartUnitAsWhole(int days, int expected)
    {
        var rules = Some.Rules(Some.Header() + """
            inputs: [ { name: days, type: integer } ]
            indicators:
              - id: final_accounts
                name: 决算公开
                weight: 10
                deduction: { value: days, threshold: 20, per: 5, points: 1, counting: started }
              - { id: rest, name: 其余, weight: 90, formula: weight }
            """);

        Assert.Equal(expected, Some.Score(rules, b => b.Set("days", days))["final_accounts"].Score);
    }

    [Fact]
    public void Evaluate_CheckOnMissingOptionalInput_IsSkipped()
    {
        // The Yangxi sample leaves procurement_budget out: the procurement comparison check cannot run and is skipped.
        var card = Some.Yangxi().Score(Some.YangxiInput());

        Assert.DoesNotContain(card.Warnings, w => w.Message.Contains("procurement_comparison", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_CheckDividingByZero_WarnsAndStillScores()
    {
        var rules = Some.Rules(Some.Header() + """
            inputs: [ { name: a, type: decimal }, { name: b, type: decimal } ]
            checks:
              - { id: ratio_sane, assert: a / b < 10, message: ratio too high }
            indicators:
              - { id: only, name: 唯一, weight: 100, formula: "Min(weight, a)" }
            """);

        var card = Some.Score(rules, b => b.Set("a", 50m).Set("b", 0m));

        Assert.Equal(50.00m, card.Total);
        var warning = Assert.Single(card.Warnings);
        Assert.Equal(("PE0501", PerfEval.Results.DiagnosticSeverity.Warning), (warning.Code, warning.Severity));
    }

    [Fact]
    public void Diagnostic_MessageQuotingAMultiLineFormula_StaysOnOneLine()
    {
        var errors = Some.Errors(Some.Header() + """
            inputs: [ { name: a, type: decimal } ]
            indicators:
              - id: only
                name: 唯一
                weight: 100
                formula: |
                  weight *
                    nowhere
            """);

        var error = Assert.Single(errors, e => e.Code == "PE0302");
        Assert.DoesNotContain('\n', error.ToString());
        Assert.Contains("weight * nowhere", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnquotedCommaInFlowMapping_HintsToQuoteTheFormula()
    {
        var errors = Some.Errors(Some.Header() + """
            inputs: [ { name: rate, type: decimal } ]
            indicators:
              - { id: only, name: 唯一, weight: 100, formula: weight * Min(1, rate) }
            """);

        Assert.Contains(errors, e => e.Code == "PE0101" && e.Message.Contains("quote a formula", StringComparison.Ordinal));
    }
}
