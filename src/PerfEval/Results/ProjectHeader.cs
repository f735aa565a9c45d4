using System.Collections.Generic;

namespace PerfEval.Results;

/// <summary>
/// The header of a 项目支出绩效自评表 as the input filled it, for the cells the rule set's <c>project_form</c> names:
/// 主管部门, 实施单位, the 项目资金（万元） lines and 年度总体目标. A cell the input left empty is <see langword="null"/>.
/// </summary>
public sealed class ProjectHeader
{
    internal ProjectHeader(string? department, string? implementer, IReadOnlyList<FundsLine> funds, string? goal, string? achieved)
    {
        Department = department;
        Implementer = implementer;
        Funds = funds;
        Goal = goal;
        Achieved = achieved;
    }

    /// <summary>Gets 主管部门.</summary>
    public string? Department { get; }

    /// <summary>Gets 实施单位.</summary>
    public string? Implementer { get; }

    /// <summary>Gets the lines of 项目资金（万元）, in the form's order.</summary>
    public IReadOnlyList<FundsLine> Funds { get; }

    /// <summary>Gets 年度总体目标 as planned (预期目标).</summary>
    public string? Goal { get; }

    /// <summary>Gets 年度总体目标 as achieved (实际完成情况).</summary>
    public string? Achieved { get; }
}

/// <summary>One line of 项目资金（万元）: 年初预算数, 全年预算数, 全年执行数, and, on the line the rule set scores, 执行率, 分值 and 得分.</summary>
/// <param name="Label">The line's label, e.g. 年度资金总额 or 其中：本年财政拨款.</param>
/// <param name="Initial">年初预算数, in 万元.</param>
/// <param name="Annual">全年预算数, in 万元.</param>
/// <param name="Executed">全年执行数, in 万元.</param>
/// <param name="Rate">执行率, as a ratio (1 is 100 %).</param>
/// <param name="IndicatorId">The indicator that scores the line (预算执行率), whose 分值 and 得分 the form shows on it.</param>
public sealed record FundsLine(string Label, decimal? Initial, decimal? Annual, decimal? Executed, decimal? Rate, string? IndicatorId);
