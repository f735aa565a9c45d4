using System.Globalization;

namespace PerfEval.Rendering;

/// <summary>Number formatting shared by the renderers: invariant, and fixed to the rule set's decimals for scores.</summary>
internal static class Format
{
    public static string Points(decimal value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A ratio as a percentage rounded half away from zero to <paramref name="decimals"/>: 0.96571 → "96.57%".</summary>
    public static string Percent(decimal ratio, int decimals) => Points(System.Math.Round(ratio * 100m, decimals, System.MidpointRounding.AwayFromZero), decimals) + "%";

    public static string Exact(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Status(Results.IndicatorStatus status) => status switch
    {
        Results.IndicatorStatus.Scored => "scored",
        Results.IndicatorStatus.NotAssessed => "not_assessed",
        _ => "redistributed",
    };

    /// <summary>A row method's word in the rule file and in JSON: <c>proportional</c>, <c>inverse</c>, <c>deduct_excess</c>, <c>exact</c>, <c>qualitative</c>.</summary>
    public static string RowMethod(Rules.RowMethod method) => Rules.RowMethodNames.Of(method);
}
