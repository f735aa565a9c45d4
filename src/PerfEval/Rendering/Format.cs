using System.Globalization;

namespace PerfEval.Rendering;

/// <summary>Number formatting shared by the renderers: invariant, and fixed to the rule set's decimals for scores.</summary>
internal static class Format
{
    public static string Points(decimal value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Exact(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Status(Results.IndicatorStatus status) => status switch
    {
        Results.IndicatorStatus.Scored => "scored",
        Results.IndicatorStatus.NotAssessed => "not_assessed",
        _ => "redistributed",
    };
}
