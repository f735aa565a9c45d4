using PerfEval.Rendering;

namespace PerfEval.Tests.Rendering;

public sealed class BandWordsTests
{
    [Theory]
    [InlineData("0", true, "0.05", true, true, null, "5%及以下")]
    [InlineData("0.05", false, "0.10", true, true, null, "5%（不含）至10%（含）")]
    [InlineData("0.10", false, null, false, true, null, "超过10%")]
    [InlineData("0.9", true, null, false, true, null, "90%及以上")]
    [InlineData("0.8", true, "0.9", false, true, null, "80%（含）至90%（不含）")]
    [InlineData(null, false, "0.8", false, true, null, "低于80%")]
    [InlineData("0", false, "5", true, false, "个", "0个（不含）至5个（含）")]
    [InlineData(null, false, null, false, false, null, "任意值")]
    [InlineData("100", true, null, false, false, "万元", "100万元及以上")]
    public void Chinese_Bounds_ReadAsABureauWritesCriteria(string? lower, bool lowerInclusive, string? upper, bool upperInclusive, bool ratio, string? unit, string expected)
    {
        var words = BandWords.Chinese(Parse(lower), lowerInclusive, Parse(upper), upperInclusive, ratio, unit);

        Assert.Equal(expected, words);
    }

    private static decimal? Parse(string? value) => value is null ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
