using System.Collections.Generic;

namespace PerfEval.Results;

/// <summary>
/// What every scorecard of one compiled rule set shows alike: the rule set's name and scale, and its indicators' tree.
/// Made once with the compiled rule set and shared by all its scorecards; never written.
/// </summary>
internal sealed class ScorecardLayout
{
    public ScorecardLayout(Rules.RuleSet definition, IndicatorInfo[] infos, int[] roots, int[] all, IReadOnlyDictionary<string, int> indexById, bool hasRows)
    {
        RuleSetId = definition.Id;
        RuleSetVersion = definition.Version;
        RuleSetTitle = definition.Title;
        TotalPoints = definition.TotalPoints;
        Decimals = definition.Rounding.Decimals;
        Infos = infos;
        Roots = roots;
        All = all;
        IndexById = indexById;
        HasRows = hasRows;
    }

    public string RuleSetId { get; }

    public string RuleSetVersion { get; }

    public string RuleSetTitle { get; }

    public decimal TotalPoints { get; }

    public int Decimals { get; }

    /// <summary>Gets what a scorecard shows of each indicator, by tree-order index.</summary>
    public IndicatorInfo[] Infos { get; }

    /// <summary>Gets the tree-order indices of the top-level indicators.</summary>
    public int[] Roots { get; }

    /// <summary>Gets every indicator's index, in tree order (0, 1, 2, …).</summary>
    public int[] All { get; }

    /// <summary>Gets each indicator's place in tree order, by id.</summary>
    public IReadOnlyDictionary<string, int> IndexById { get; }

    /// <summary>Gets a value indicating whether the rule set takes rows from the input (a project form).</summary>
    public bool HasRows { get; }
}
