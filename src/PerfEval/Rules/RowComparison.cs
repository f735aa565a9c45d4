namespace PerfEval.Rules;

/// <summary>The side of a row's target that counts as met: which of a row group's rules scores it.</summary>
internal enum RowComparison
{
    /// <summary>At least the target (≥, &gt;): the group's <c>at_least</c> rule.</summary>
    AtLeast,

    /// <summary>At most the target (≤, &lt;): the group's <c>at_most</c> rule.</summary>
    AtMost,

    /// <summary>Exactly the target (=): the group's <c>equal</c> rule.</summary>
    Equal,
}
