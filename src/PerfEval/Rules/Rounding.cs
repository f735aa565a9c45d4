using System;

namespace PerfEval.Rules;

/// <summary>How each indicator's score is rounded before the scores are summed.</summary>
public sealed class Rounding
{
    private readonly decimal zero;

    internal Rounding(int decimals, MidpointRounding mode, string? note = null, ShareRounding shares = ShareRounding.Last)
    {
        Decimals = decimals;
        Mode = mode;
        Shares = shares;
        zero = new decimal(0, 0, 0, false, (byte)decimals);
        Note = note;
    }

    /// <summary>Gets the author's note (e.g. an assumption), or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>Gets the number of decimals kept. <value>Defaults to 2.</value></summary>
    public int Decimals { get; }

    /// <summary>
    /// Gets the midpoint rule: <see cref="MidpointRounding.AwayFromZero"/> (YAML <c>away_from_zero</c>, the default)
    /// or <see cref="MidpointRounding.ToEven"/> (YAML <c>to_even</c>).
    /// </summary>
    public MidpointRounding Mode { get; }

    /// <summary>
    /// Gets how moved weight is split into rounded shares (YAML <c>shares</c>, new in <c>perfeval/1.1</c>).
    /// <value>Defaults to <see cref="ShareRounding.Last"/>.</value>
    /// </summary>
    public ShareRounding Shares { get; }

    /// <summary>Rounds a value by this rule.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The rounded value, carrying exactly <see cref="Decimals"/> decimals.</returns>
    /// <remarks>Adding a zero of that scale sets the scale without changing the value, so 4 shows as 4.00.</remarks>
    public decimal Apply(decimal value)
    {
#if NET8_0_OR_GREATER
        // Most values a scorecard rounds (sums of rounded scores, weights shown) already carry exactly the decimals.
        if (value.Scale == Decimals)
        {
            return value;
        }
#endif

        return Math.Round(value, Decimals, Mode) + zero;
    }
}
