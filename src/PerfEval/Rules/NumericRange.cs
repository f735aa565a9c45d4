using System.Globalization;
using System.Text;

namespace PerfEval.Rules;

/// <summary>
/// A range of numbers with each bound stated as inclusive or exclusive, written in YAML with
/// <c>gte</c>/<c>gt</c> for the lower bound and <c>lte</c>/<c>lt</c> for the upper; a missing bound is unbounded.
/// </summary>
public sealed class NumericRange
{
    /// <summary>Initializes a new range.</summary>
    /// <param name="lower">The lower bound, or <see langword="null"/> for none.</param>
    /// <param name="lowerInclusive">Whether the lower bound belongs to the range.</param>
    /// <param name="upper">The upper bound, or <see langword="null"/> for none.</param>
    /// <param name="upperInclusive">Whether the upper bound belongs to the range.</param>
    public NumericRange(decimal? lower, bool lowerInclusive, decimal? upper, bool upperInclusive)
    {
        Lower = lower;
        LowerInclusive = lower is not null && lowerInclusive;
        Upper = upper;
        UpperInclusive = upper is not null && upperInclusive;
    }

    /// <summary>Gets the lower bound, or <see langword="null"/> when unbounded below.</summary>
    public decimal? Lower { get; }

    /// <summary>Gets a value indicating whether <see cref="Lower"/> belongs to the range.</summary>
    public bool LowerInclusive { get; }

    /// <summary>Gets the upper bound, or <see langword="null"/> when unbounded above.</summary>
    public decimal? Upper { get; }

    /// <summary>Gets a value indicating whether <see cref="Upper"/> belongs to the range.</summary>
    public bool UpperInclusive { get; }

    /// <summary>Tells whether a value lies in the range.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Contains(decimal value)
    {
        if (Lower is { } lower && (LowerInclusive ? value < lower : value <= lower))
        {
            return false;
        }

        return Upper is not { } upper || (UpperInclusive ? value <= upper : value < upper);
    }

    /// <summary>Formats the range in interval notation, e.g. <c>[0.8, 0.9)</c> or <c>(-∞, 0.05]</c>.</summary>
    /// <returns>The range as text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(LowerInclusive ? '[' : '(');
        text.Append(Lower is { } lower ? lower.ToString(CultureInfo.InvariantCulture) : "-∞");
        text.Append(", ");
        text.Append(Upper is { } upper ? upper.ToString(CultureInfo.InvariantCulture) : "+∞");
        text.Append(UpperInclusive ? ']' : ')');
        return text.ToString();
    }
}
