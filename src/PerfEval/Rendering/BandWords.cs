using System.Globalization;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Rendering;

/// <summary>
/// A band's bounds as a bureau writes a criterion, the one place every Chinese rendering words bands: "5%及以下",
/// "5%（不含）至10%（含）", "超过10%". By the Civil Code's reading (以上、以下 include the figure, 超过、低于 do not), an
/// open bound says 超过 or 低于 and a closed one 及以上 or 及以下; a closed lower bound of zero is the floor of every
/// amount, count and rate a rule set measures, so [0, 5%] reads as "5%及以下".
/// </summary>
internal static class BandWords
{
    public static string Chinese(NumericRange range, bool ratio, string? unit = null)
        => Chinese(range.Lower, range.LowerInclusive, range.Upper, range.UpperInclusive, ratio, unit);

    public static string Chinese(BandHit band) => Chinese(band.Lower, band.LowerInclusive, band.Upper, band.UpperInclusive, Labels.IsRatio(band.Unit), band.Unit);

    public static string Chinese(decimal? lower, bool lowerInclusive, decimal? upper, bool upperInclusive, bool ratio, string? unit)
    {
        string Bound(decimal value) => ratio ? Trimmed(value * 100m) + "%" : Trimmed(value) + (unit is null or "是/否" ? string.Empty : unit);
        if (lower == 0m && lowerInclusive)
        {
            lower = null;
        }

        return (lower, upper) switch
        {
            (null, null) => "任意值",
            (not null, null) => lowerInclusive ? Bound(lower.Value) + "及以上" : "超过" + Bound(lower.Value),
            (null, not null) => upperInclusive ? Bound(upper.Value) + "及以下" : "低于" + Bound(upper.Value),
            _ => Bound(lower!.Value) + (lowerInclusive ? "（含）" : "（不含）") + "至" + Bound(upper!.Value) + (upperInclusive ? "（含）" : "（不含）"),
        };
    }

    private static string Trimmed(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
