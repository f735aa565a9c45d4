using System.Collections.Generic;

namespace PerfEval.Rules;

/// <summary>
/// The rule set's <c>project_form</c> block (format 1.1): which declared inputs fill the header of the
/// 项目支出绩效自评表 (主管部门, 实施单位, the 项目资金 lines, 年度总体目标). It names inputs; it computes nothing.
/// </summary>
internal sealed class ProjectForm
{
    public ProjectForm(FormName? department, FormName? implementer, IReadOnlyList<FundsLineDefinition> funds, FormName? goal, FormName? achieved)
    {
        Department = department;
        Implementer = implementer;
        Funds = funds;
        Goal = goal;
        Achieved = achieved;
    }

    /// <summary>Gets the text input giving 主管部门.</summary>
    public FormName? Department { get; }

    /// <summary>Gets the text input giving 实施单位.</summary>
    public FormName? Implementer { get; }

    /// <summary>Gets the lines of 项目资金（万元）, in the form's order.</summary>
    public IReadOnlyList<FundsLineDefinition> Funds { get; }

    /// <summary>Gets the text input giving 年度总体目标 as planned (预期目标).</summary>
    public FormName? Goal { get; }

    /// <summary>Gets the text input giving 年度总体目标 as achieved (实际完成情况).</summary>
    public FormName? Achieved { get; }
}

/// <summary>One line of 项目资金（万元）: its label and the inputs of its cells; one line may also name the indicator that scores it.</summary>
internal sealed class FundsLineDefinition
{
    public FundsLineDefinition(string label, FormName? initial, FormName? annual, FormName? executed, FormName? rate, FormName? indicator)
    {
        Label = label;
        Initial = initial;
        Annual = annual;
        Executed = executed;
        Rate = rate;
        Indicator = indicator;
    }

    /// <summary>Gets the label, e.g. 年度资金总额 or 其中：本年财政拨款.</summary>
    public string Label { get; }

    /// <summary>Gets the input giving 年初预算数.</summary>
    public FormName? Initial { get; }

    /// <summary>Gets the input giving 全年预算数.</summary>
    public FormName? Annual { get; }

    /// <summary>Gets the input giving 全年执行数.</summary>
    public FormName? Executed { get; }

    /// <summary>Gets the metric or input giving 执行率.</summary>
    public FormName? Rate { get; }

    /// <summary>Gets the indicator whose 分值 and 得分 the line shows (预算执行率).</summary>
    public FormName? Indicator { get; }
}

/// <summary>A name written in <c>project_form</c>, with where it was written.</summary>
/// <param name="Name">The input, metric or indicator named.</param>
/// <param name="Key">The key it was written under, e.g. <c>executed</c>.</param>
/// <param name="Position">Where it was written.</param>
internal sealed record FormName(string Name, string Key, SourcePosition Position);
