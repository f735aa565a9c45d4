namespace PerfEval.Results;

/// <summary>How a <see cref="NameList"/> is joined.</summary>
internal enum NameJoin
{
    /// <summary>a, b, c / a、b、c.</summary>
    List,

    /// <summary>a, b and c / a、b和c.</summary>
    And,

    /// <summary>a → b → c, a chain (a cycle of references).</summary>
    Chain,
}
