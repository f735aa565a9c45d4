namespace PerfEval.Rules;

/// <summary>
/// The rule set's <c>report</c> block: templates for the parts of 一、部门基本情况 and 五、其他需要说明的情况 that the
/// unit's figures or texts can fill. A part without a template is left as a marked gap for the unit to fill, except
/// （三）部门整体支出情况, which then lists the input's amounts.
/// </summary>
internal sealed class ReportSettings
{
    public ReportSettings(ReportTemplate? overview, ReportTemplate? tasks, ReportTemplate? spending, ReportTemplate? goals, ReportTemplate? other)
    {
        Overview = overview;
        Tasks = tasks;
        Spending = spending;
        Goals = goals;
        Other = other;
    }

    /// <summary>Gets the key of each part in the rule file, in the report's order.</summary>
    public static string[] Keys { get; } = { "overview", "tasks", "spending", "goals", "other" };

    /// <summary>Gets （一）部门整体概况.</summary>
    public ReportTemplate? Overview { get; }

    /// <summary>Gets （二）年度总体工作和重点工作任务.</summary>
    public ReportTemplate? Tasks { get; }

    /// <summary>Gets （三）部门整体支出情况.</summary>
    public ReportTemplate? Spending { get; }

    /// <summary>Gets （四）部门整体支出绩效目标.</summary>
    public ReportTemplate? Goals { get; }

    /// <summary>Gets 五、其他需要说明的情况.</summary>
    public ReportTemplate? Other { get; }

    /// <summary>Gets every template present, with its key.</summary>
    public System.Collections.Generic.IEnumerable<(string Key, ReportTemplate Template)> All()
    {
        var all = new[] { Overview, Tasks, Spending, Goals, Other };
        for (var i = 0; i < all.Length; i++)
        {
            if (all[i] is { } template)
            {
                yield return (Keys[i], template);
            }
        }
    }
}
