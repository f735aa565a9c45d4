using PerfEval.Evaluation;

namespace PerfEval.Tests.Evaluation;

/// <summary>
/// The exact sum an evaluation adds its rounded scores with: whole hundredths (for 2 decimals) in a long where a score
/// fits, decimal addition where it does not. Whichever way each value goes, the sum is the decimal sum.
/// </summary>
public sealed class ScoreSumTests
{
    private static decimal Sum(int decimals, IEnumerable<decimal> values)
    {
        var sum = new ScoreSum(decimals);
        foreach (var value in values)
        {
            sum.Add(value);
        }

        return sum.Total();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(10)]
    public void Total_RandomValuesOfEveryScaleAndSize_IsTheDecimalSum(int decimals)
    {
        var random = new Random(decimals + 17);
        for (var run = 0; run < 500; run++)
        {
            var values = new List<decimal>();
            for (var i = random.Next(0, 40); i > 0; i--)
            {
                // Digits in 32 bits (the long way) or beyond (the decimal way), either sign, scales on both sides of the rule set's.
                var beyond = random.Next(4) == 0;
                values.Add(new decimal(random.Next(), beyond ? random.Next(1, 1_000) : 0, 0, random.Next(3) == 0, (byte)random.Next(0, Math.Min(decimals + 3, 28) + 1)));
            }

            Assert.Equal(values.Sum(), Sum(decimals, values));
        }
    }

    [Fact]
    public void Total_ManyLargeWholeValues_CarriesThemOverExactly()
    {
        // The largest value the long way takes, eight decimals short of the rule set's ten: each term is about 4.3e17
        // units, so the long is carried over to the decimal part every few terms.
        var value = new decimal(-1, 0, 0, false, 2); // 42,949,672.95
        var values = Enumerable.Repeat(value, 1_000).Concat(Enumerable.Repeat(-value, 400)).Append(0.0000000001m).ToList();

        Assert.Equal(values.Sum(), Sum(10, values));
        Assert.Equal(600m * value + 0.0000000001m, Sum(10, values));
    }

    [Fact]
    public void Total_ExtremesAndZeros_IsTheDecimalSum()
    {
        decimal[] values = [0m, -0m, 0.00m, decimal.MaxValue, -decimal.MaxValue, 1.5m, 0.01m, -0.01m, 79_228_162_514.264337593543950335m];

        Assert.Equal(values.Sum(), Sum(2, values));
        Assert.Equal(0m, Sum(2, []));
    }
}
