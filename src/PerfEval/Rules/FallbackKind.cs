namespace PerfEval.Rules;

/// <summary>Where a not-assessed indicator's weight goes.</summary>
public enum FallbackKind
{
    /// <summary>To one named indicator (YAML <c>move_to</c>), whose score scales by new weight / old weight.</summary>
    MoveTo,

    /// <summary>Over the assessed siblings in proportion to their weights (YAML <c>spread</c>).</summary>
    Spread,

    /// <summary>Nowhere: the indicator is awarded full marks (YAML <c>full_marks</c>; Anhui: "若单位无项目，得2分").</summary>
    FullMarks,

    /// <summary>Nowhere: the indicator scores zero (YAML <c>zero</c>).</summary>
    Zero,
}
