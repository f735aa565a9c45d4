using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfEval.Evaluation;
using PerfEval.Rules;

namespace PerfEval.Tests.Evaluation;

public sealed class RowScoringTests
{
    private const string Replay = "(20261202,1103515245)";

    [Theory]
    [InlineData(8, 50, 51, 8)] // 51 ≥ 50: full marks
    [InlineData(8, 50, 40, 6.4)] // 8 × 40 / 50 = 6.4
    [InlineData(10, 0, 0, 10)] // target 0: full marks
    public void Proportional_HandWorked_Scores(decimal points, decimal target, decimal actual, decimal expected)
        => Assert.Equal(expected, RowScoring.Proportional(points, target, actual));

    [Theory]
    [InlineData(8, 90, 89.97, 8)] // 89.97 ≤ 90: full marks
    [InlineData(8, 90, 100, 7.2)] // 8 × 90 / 100 = 7.2
    [InlineData(8, 0, 5, 0)] // target 0 exceeded: 8 × 0 / 5 = 0
    public void Inverse_HandWorked_Scores(decimal points, decimal target, decimal actual, decimal expected)
        => Assert.Equal(expected, RowScoring.Inverse(points, target, actual));

    [Theory]
    [InlineData(8, 100, 100, DeductionCounting.Started, 8)] // within target
    [InlineData(8, 100, 112, DeductionCounting.Started, 4)] // excess 12 % in steps of 10 %: 2 started steps × 2 = 4; 8 − 4 = 4
    [InlineData(8, 100, 112, DeductionCounting.Whole, 6)] // 1 whole step × 2 = 2; 8 − 2 = 6
    [InlineData(8, 100, 112, DeductionCounting.Exact, 5.6)] // 1.2 steps × 2 = 2.4; 8 − 2.4 = 5.6
    [InlineData(8, 100, 200, DeductionCounting.Started, 0)] // 10 steps × 2 = 20 > 8: floored at 0
    public void ExcessDeduction_HandWorked_Scores(decimal points, decimal target, decimal actual, DeductionCounting counting, decimal expected)
        => Assert.Equal(expected, RowScoring.ExcessDeduction(points, target, actual, 0.1m, 2m, counting));

    [Theory]
    [InlineData(8, 100, 100, 0, 8)]
    [InlineData(8, 100, 99.5, 0.5, 8)] // |99.5 − 100| = 0.5 ≤ 0.5
    [InlineData(8, 100, 99, 0.5, 0)] // 1 > 0.5
    public void Exact_HandWorked_Scores(decimal points, decimal target, decimal actual, decimal tolerance, decimal expected)
        => Assert.Equal(expected, RowScoring.Exact(points, target, actual, tolerance));

    [Theory]
    [InlineData(10, 8, 0.8, 1, true)] // 10 × 0.8 = 8 ≤ 8 ≤ 10
    [InlineData(10, 7.9, 0.8, 1, false)]
    [InlineData(10, 7.9, 0.6, 0.8, true)] // 6 ≤ 7.9 ≤ 8
    [InlineData(10, 10.5, 0.8, 1, false)]
    public void WithinGrade_HandWorked_Checks(decimal points, decimal score, decimal lower, decimal upper, bool expected)
        => Assert.Equal(expected, RowScoring.WithinGrade(points, score, lower, upper));

    [Fact]
    public void Every_NegativePoints_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RowScoring.Proportional(-1, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => RowScoring.Inverse(-1, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => RowScoring.ExcessDeduction(-1, 1, 1, 0.1m, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => RowScoring.Exact(-1, 1, 1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => RowScoring.WithinGrade(-1, 1, 0, 1));
    }

    [Property(MaxTest = 300, Replay = Replay, Arbitrary = new[] { typeof(Figures) })]
    public void Every_Score_LiesWithinItsPoints(Figure points, Figure target, Figure actual)
    {
        foreach (var score in new[]
        {
            RowScoring.Proportional(points.Value, target.Value, actual.Value),
            RowScoring.Inverse(points.Value, target.Value, actual.Value),
            RowScoring.ExcessDeduction(points.Value, target.Value, actual.Value, 0.1m, 1.5m),
            RowScoring.Exact(points.Value, target.Value, actual.Value, 0.5m),
        })
        {
            Assert.InRange(score, 0m, points.Value);
        }
    }

    [Property(MaxTest = 300, Replay = Replay, Arbitrary = new[] { typeof(Figures) })]
    public void Proportional_HigherActual_NeverScoresLess(Figure points, Figure target, Figure actual, Figure more)
        => Assert.True(RowScoring.Proportional(points.Value, target.Value, actual.Value + more.Value) >= RowScoring.Proportional(points.Value, target.Value, actual.Value));

    [Property(MaxTest = 300, Replay = Replay, Arbitrary = new[] { typeof(Figures) })]
    public void Inverse_LowerActual_NeverScoresLess(Figure points, Figure target, Figure actual, Figure more)
        => Assert.True(RowScoring.Inverse(points.Value, target.Value, actual.Value) >= RowScoring.Inverse(points.Value, target.Value, actual.Value + more.Value));

    [Property(MaxTest = 300, Replay = Replay, Arbitrary = new[] { typeof(Figures) })]
    public void ExcessDeduction_LowerActual_NeverScoresLess(Figure points, Figure target, Figure actual, Figure more)
    {
        foreach (var counting in new[] { DeductionCounting.Exact, DeductionCounting.Whole, DeductionCounting.Started })
        {
            Assert.True(RowScoring.ExcessDeduction(points.Value, target.Value, actual.Value, 0.05m, 0.7m, counting)
                >= RowScoring.ExcessDeduction(points.Value, target.Value, actual.Value + more.Value, 0.05m, 0.7m, counting));
        }
    }

    /// <summary>A figure of zero or more with up to two decimals, below 100,000.</summary>
    public sealed record Figure(decimal Value);

    public static class Figures
    {
        public static Arbitrary<Figure> Figure() => Gen.Choose(0, 10_000_000).Select(n => new Figure(n / 100m)).ToArbitrary();
    }
}
