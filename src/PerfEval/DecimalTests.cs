namespace PerfEval;

/// <summary>Tests of a decimal's sign and fraction that need no decimal arithmetic where the framework can look at its bits.</summary>
internal static class DecimalTests
{
    /// <summary>Whether a value is less than zero (negative zero is not).</summary>
    public static bool IsBelowZero(decimal value)
#if NET8_0_OR_GREATER
        => decimal.IsNegative(value) && value != 0m;
#else
        => value < 0m;
#endif

    /// <summary>Whether a value has no fractional part.</summary>
    public static bool IsWhole(decimal value)
#if NET8_0_OR_GREATER
        => decimal.IsInteger(value);
#else
        => value == decimal.Truncate(value);
#endif
}
