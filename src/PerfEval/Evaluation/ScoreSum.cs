using System;

namespace PerfEval.Evaluation;

/// <summary>
/// Adds up rounded scores exactly, and faster than decimal addition, which must first bring two values with different
/// decimals (4, 1.5, 6.76) to the same scale. A score with no more than the rule set's decimals whose digits fit in 32
/// bits, which is every score a rule set gives in practice, is added as a whole number of hundredths (for 2 decimals) in
/// a <see cref="long"/>; any other value, and the long when it grows large, is added as a decimal.
/// </summary>
internal struct ScoreSum
{
    // 10^k for the k a score's decimals fall short of the rule set's; beyond 8 a score goes the decimal way.
    private static readonly long[] PowersOfTen = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000 };

    // A term is below 2^32 × 10^8 < 4.3e17, so a sum kept below this limit cannot overflow a long when one more is added.
    private const long Limit = 4_000_000_000_000_000_000;

    private readonly int decimals;
    private long units;
    private decimal rest;
#if NET8_0_OR_GREATER
    private Bits bits; // Here rather than on the stack of Add, where a buffer costs more than the addition it saves.
#endif

    public ScoreSum(int decimals)
    {
        this.decimals = decimals;
        units = 0;
        rest = 0m;
    }

    /// <summary>Adds a value.</summary>
    public void Add(decimal value)
    {
#if NET8_0_OR_GREATER
        decimal.GetBits(value, bits);
        var shift = decimals - value.Scale;
        if (bits[1] == 0 && bits[2] == 0 && (uint)shift < (uint)PowersOfTen.Length)
        {
            var term = (uint)bits[0] * PowersOfTen[shift];
            units += bits[3] < 0 ? -term : term;
            if (units is > Limit or < -Limit)
            {
                Flush();
            }

            return;
        }
#endif

        rest += value;
    }

    /// <summary>Gets the sum.</summary>
    public readonly decimal Total() => rest + Of(units, decimals);

    private static decimal Of(long units, int decimals)
    {
        var magnitude = units < 0 ? (ulong)-units : (ulong)units;
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, units < 0, (byte)decimals);
    }

    private void Flush()
    {
        rest += Of(units, decimals);
        units = 0;
    }

#if NET8_0_OR_GREATER
    /// <summary>A decimal's four 32-bit parts, as <see cref="decimal.GetBits(decimal, Span{int})"/> writes them.</summary>
    [System.Runtime.CompilerServices.InlineArray(4)]
    private struct Bits
    {
        private int part;
    }
#endif
}
