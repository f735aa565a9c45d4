using System.Globalization;
using PerfEval.Rendering;
using PerfEval.Rules;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Evaluation;

/// <summary>
/// Scoring computes every number and reports every error; the scorecard's indicator objects, texts, metric list and
/// check warnings are written from the evaluation's values when first read. These tests pin that what is read does
/// not depend on when, in what order or on how many threads it is read.
/// </summary>
public sealed class ScorecardOnFirstReadTests
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
    public void Metrics_ReadBeforeOrAfterIndicators_AreTheSame()
    {
        var metricsFirst = Score();
        var indicatorsFirst = Score();

        var metrics = metricsFirst.Metrics;
        var values = indicatorsFirst["collection"].Values;

        Assert.Equal(1m / 3m, Assert.Single(metrics, m => m.Name == "rate").Number);
        Assert.Contains(values, v => v.Name == "rate" && v.Number == 1m / 3m);
        Assert.Equal(JsonRenderer.Render(metricsFirst), JsonRenderer.Render(indicatorsFirst));
    }

    [Fact]
    public void Indicators_ReadByManyThreadsAtOnce_AreBuiltOnce()
    {
        var card = Score();
        using var start = new Barrier(8);
        var seen = new IReadOnlyList<Results.IndicatorScore>[8];

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            start.SignalAndWait();
            seen[i] = i % 2 == 0 ? card.Indicators : card.AllIndicators.Where(s => s.Level == 1).ToList();
            _ = card.Metrics;
        });

        Assert.All(seen.Where((_, i) => i % 2 == 0), list => Assert.Same(card.Indicators, list));
        Assert.All(seen.Where((_, i) => i % 2 == 1), list => Assert.Equal(card.Indicators, list));
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
    public void CheckWarning_WrittenWhenRead_NamesTheFiguresOnOneLine()
    {
        var card = Score(got: 5m, due: 3m);

        var warning = Assert.Single(card.Warnings);
        Assert.Equal("PE0505", warning.Code);
        Assert.Equal("collected more than due: got = 5, due = 3 (check 'got_within_due': got <= due)", warning.Message);
        Assert.Same(warning.Message, warning.Message);
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

            // The evaluation's own rounding, which leaves trailing zeros to the scorecard: the same value, no more decimals.
            var round = rounding.Round(value);
            Assert.Equal(rounded, round);
            Assert.True(((decimal.GetBits(round)[3] >> 16) & 0xFF) <= decimals);
        }
    }
}
