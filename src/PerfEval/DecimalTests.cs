namespace PerfEval;

/// <summary>Tests of a decimal's sign and fraction that need no decimal arithmetic where the framework can look at its bits.</summary>
internal static class DecimalTests
{
    /// <summary>Whether a value is less than zero (negative zero is not).</summary>
    public static bool IsBelowZero(decimal value)
#if NET8_0_OR_GREATER
        => decimal.Sign(value) < 0; // Read from the sign bit and whether any digit is set.
#else
        => value < 0m;
#endif

    /// <summary>Whether a value has no fractional part.</summary>
    public static bool IsWhole(decimal value)
#if NET8_0_OR_GREATER
        => value.Scale == 0 || decimal.IsInteger(value); // No decimals at all, the usual case, is read from the bits.
#else
        => value == decimal.Truncate(value);
#endif
}
