using System.Collections.Generic;

namespace PerfEval.Results;

/// <summary>What builds a scorecard's indicator tree and metric list, once, when either is first read.</summary>
internal interface IScorecardSource
{
    (IReadOnlyList<IndicatorScore> Indicators, IReadOnlyList<NamedValue> Metrics) Build();
}
