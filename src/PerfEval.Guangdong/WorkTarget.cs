namespace PerfEval.Guangdong;

/// <summary>A quantified work target: what was planned and what was achieved (e.g. 三旧改造 180 亩 → 266.76 亩).</summary>
public sealed record WorkTarget
{
    /// <summary>Gets the target's name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets the unit of measure, e.g. 亩.</summary>
    public string? Unit { get; init; }

    /// <summary>Gets the planned quantity.</summary>
    public decimal Planned { get; init; }

    /// <summary>Gets the achieved quantity.</summary>
    public decimal Actual { get; init; }

    /// <summary>Gets a value indicating whether the target was met (achieved ≥ planned).</summary>
    public bool IsMet => Actual >= Planned;
}
