namespace PerfEval.Rules;

/// <summary>
/// Full points less so much per unit beyond a threshold, floored at zero: per percentage point
/// ("每超过一个百分点扣0.5分，扣完为止"), per whole step ("每低于5%扣2分"), or per violation ("每出现一例…扣1分").
/// </summary>
internal sealed class DeductionMethod : ScoringMethod
{
    internal DeductionMethod(FormulaText value, decimal threshold, DeductionDirection direction, decimal per, decimal points, DeductionCounting counting, string? note, SourcePosition position)
        : base(note, position)
    {
        Value = value;
        Threshold = threshold;
        Direction = direction;
        Per = per;
        Points = points;
        Counting = counting;
    }

    /// <inheritdoc />
    public override string Kind => "deduction";

    /// <summary>Gets the expression measured against the threshold.</summary>
    public FormulaText Value { get; }

    /// <summary>Gets the threshold. <value>Defaults to 0.</value></summary>
    public decimal Threshold { get; }

    /// <summary>Gets which side of the threshold is deducted for. <value>Defaults to <see cref="DeductionDirection.Above"/>.</value></summary>
    public DeductionDirection Direction { get; }

    /// <summary>Gets the size of one unit (0.01 for a percentage point of a ratio, 1 for a violation). <value>Defaults to 1.</value></summary>
    public decimal Per { get; }

    /// <summary>Gets the points deducted per unit.</summary>
    public decimal Points { get; }

    /// <summary>Gets how units are counted. <value>Defaults to <see cref="DeductionCounting.Exact"/>.</value></summary>
    public DeductionCounting Counting { get; }
}
