using System.Globalization;
using PerfEval.Rendering;
using PerfEval.Rules;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Evaluation;

/// <summary>
/// A scorecard is plain data, complete when scoring returns it: explanations, metrics and warnings included, unless
/// the caller asked for numbers only, which leaves out the explanations and metrics and nothing else.
/// </summary>
public sealed class ScorecardTests
{
    // 'collection' is not assessed (weight moved to 'other'), so no scored indicator needs the metric 'rate': it is
    // computed only for the scorecard's metric list and the values shown beside 'collection'.
    private static readonly string Rules = Some.Header() + """
        inputs:
          - { name: got, type: decimal }
          - { name: due, type: decimal }
          - { name: collected, type: boolean }
        metrics:
          - { name: rate, expression: got / due }
        checks:
          - id: got_within_due
            assert: got <= due
            message: |-
              collected more
              than due
        indicators:
          - id: collection
            name: 非税收入执收情况
            weight: 40
            applies_when: collected
            fallback: { kind: move_to, target: other }
            formula: weight * Min(1, rate)
          - { id: other, name: 其他, weight: 60, formula: weight }
        """;

    private static Results.Scorecard Score(decimal got = 1m, decimal due = 3m)
        => Some.Score(Some.Rules(Rules), b => b.Set("got", got).Set("due", due).Set("collected", false));

    [Fact]
    public void Metrics_OfANotAssessedIndicator_AreShownBesideIt()
    {
        var card = Score();

        Assert.Equal(1m / 3m, Assert.Single(card.Metrics, m => m.Name == "rate").Number);
        Assert.Contains(card["collection"].Explanation!.Values, v => v.Name == "rate" && v.Number == 1m / 3m);
    }

    [Fact]
    public void Evaluate_NumbersOnly_GivesTheSameNumbersAndNoExplanations()
    {
        var rules = Some.Yangxi();
        var input = Some.YangxiInput();

        var full = rules.Evaluate(input).GetValueOrThrow();
        var numbers = rules.Evaluate(input, PerfEval.Evaluation.EvaluationOptions.NumbersOnly).GetValueOrThrow();

        Assert.Equal(92.76m, numbers.Total);
        Assert.Equal(full.Grade, numbers.Grade);
        Assert.Equal(full.EffectiveTotal, numbers.EffectiveTotal);
        Assert.Equal(full.AllIndicators.Select(i => (i.Id, i.Weight, i.EffectiveWeight, i.Score, i.Status, i.Method)), numbers.AllIndicators.Select(i => (i.Id, i.Weight, i.EffectiveWeight, i.Score, i.Status, i.Method)));
        Assert.Equal(full.WeightMoves.Select(m => (m.From, m.To, m.Points)), numbers.WeightMoves.Select(m => (m.From, m.To, m.Points)));
        Assert.Equal(full.Warnings.Select(w => w.ToString()), numbers.Warnings.Select(w => w.ToString()));
        Assert.All(full.AllIndicators, i => Assert.NotNull(i.Explanation));
        Assert.All(numbers.AllIndicators, i => Assert.Null(i.Explanation));
        Assert.NotEmpty(full.Metrics);
        Assert.Empty(numbers.Metrics);
    }

    [Fact]
    public void AllIndicators_AreTheTreeInOrder_AndLookUpById()
    {
        var card = Some.Yangxi().Score(Some.YangxiInput());

        var walked = new List<Results.IndicatorScore>();
        void Walk(IReadOnlyList<Results.IndicatorScore> level)
        {
            foreach (var indicator in level)
            {
                walked.Add(indicator);
                Walk(indicator.Children);
            }
        }

        Walk(card.Indicators);
        Assert.Equal(walked, card.AllIndicators);
        Assert.All(card.AllIndicators, i => Assert.Equal(i, card[i.Id]));
        Assert.NotEqual(card.AllIndicators[0], Some.Yangxi().Score(Some.YangxiInput()).AllIndicators[0]);
        Assert.False(card.TryGetIndicator("no_such_indicator", out _));
        Assert.Equal(100.00m, card.EffectiveTotal);
        Assert.Equal(7.24m, card.PointsLost);
    }

    [Fact]
    public void Scores_AreThoseOfTheFiguresComputedWhenScoring()
    {
        var card = Score();

        // Read in full: the figures the tree shows add up to the total the evaluation computed.
        Assert.Equal(100.00m, card.Total);
        Assert.Equal(card.Total, card.Indicators.Sum(s => s.Score));
        Assert.Equal(100.00m, card["other"].EffectiveWeight);
        Assert.Equal(100.00m, card["other"].Score);
        Assert.Equal(Results.IndicatorStatus.Redistributed, card["collection"].Status);
        Assert.Equal("100.00", card["other"].EffectiveWeight.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void CheckWarning_NamesTheFiguresOnOneLine()
    {
        var card = Score(got: 5m, due: 3m);

        var warning = Assert.Single(card.Warnings);
        Assert.Equal("PE0505", warning.Code);
        Assert.Equal("collected more than due: got = 5, due = 3 (check 'got_within_due': got <= due)", warning.Message);
    }

    [Theory]
    [InlineData(2, "away_from_zero")]
    [InlineData(2, "to_even")]
    [InlineData(0, "away_from_zero")]
    [InlineData(4, "to_even")]
    public void Rounding_Apply_IsMathRoundCarryingExactlyTheDecimals(int decimals, string midpoint)
    {
        var mode = midpoint == "to_even" ? MidpointRounding.ToEven : MidpointRounding.AwayFromZero;
        var rounding = new Rounding(decimals, mode);
        var random = new Random(decimals * 31 + (int)mode);
        var values = new List<decimal> { 0m, -0m, 0.00m, 5m, 5.0000m, 2.345m, -2.345m, 2.5m, 1m / 3m, 999_999_999_999_999.995m, -999_999_999_999_999.995m };
        for (var i = 0; i < 2_000; i++)
        {
            values.Add(new decimal(random.Next(), random.Next(4), 0, random.Next(2) == 0, (byte)random.Next(0, 12)));
        }

        foreach (var value in values)
        {
            var rounded = rounding.Apply(value);

            Assert.Equal(Math.Round(value, decimals, mode), rounded);
            Assert.Equal(decimals, (decimal.GetBits(rounded)[3] >> 16) & 0xFF);
        }
    }
}
