namespace PerfEval.Comparison;

/// <summary>What kind of difference a <see cref="RuleSetChange"/> is.</summary>
public enum ChangeKind
{
    /// <summary>Id, version, title, jurisdiction, fiscal year, source or note.</summary>
    Metadata,

    /// <summary>The total points.</summary>
    Total,

    /// <summary>The rounding rule.</summary>
    Rounding,

    /// <summary>The grade bands.</summary>
    GradeBands,

    /// <summary>An indicator added.</summary>
    IndicatorAdded,

    /// <summary>An indicator removed.</summary>
    IndicatorRemoved,

    /// <summary>An indicator moved to another group.</summary>
    IndicatorMoved,

    /// <summary>An indicator's name.</summary>
    IndicatorRenamed,

    /// <summary>An indicator's weight.</summary>
    Weight,

    /// <summary>A leaf's scoring method replaced by another kind of method.</summary>
    Method,

    /// <summary>A formula's text.</summary>
    Formula,

    /// <summary>The bands of a bands method.</summary>
    Bands,

    /// <summary>Another detail of a deduction, checklist, pass/fail, judgement or alternatives method.</summary>
    Scoring,

    /// <summary>When an indicator applies, or where its weight goes when it does not.</summary>
    Applicability,

    /// <summary>An input added, removed or changed.</summary>
    Input,

    /// <summary>A metric added, removed or changed.</summary>
    Metric,

    /// <summary>A consistency check added, removed or changed.</summary>
    Check,
}
