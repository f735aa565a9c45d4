namespace PerfEval.Rules;

/// <summary>The four grade levels of the Ministry of Finance convention; a rule set gives each its own label (优, 良, 中, 差).</summary>
public enum GradeLevel
{
    /// <summary>优: excellent.</summary>
    Excellent,

    /// <summary>良: good.</summary>
    Good,

    /// <summary>中: fair.</summary>
    Fair,

    /// <summary>差: poor.</summary>
    Poor,
}
