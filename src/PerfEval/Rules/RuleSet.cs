using System.Collections.Generic;
using System.Linq;

namespace PerfEval.Rules;

/// <summary>
/// The immutable model of one rule set: metadata, inputs, metrics, checks, the indicator tree, rounding and grade bands.
/// </summary>
/// <threadsafety>Immutable: safe to share across threads.</threadsafety>
public sealed class RuleSet
{
    internal RuleSet(
        string format,
        string id,
        string version,
        string title,
        string? jurisdiction,
        int? fiscalYear,
        string? source,
        string? note,
        decimal totalPoints,
        Rounding rounding,
        IReadOnlyList<GradeBand> grades,
        IReadOnlyList<InputDefinition> inputs,
        IReadOnlyList<MetricDefinition> metrics,
        IReadOnlyList<CheckDefinition> checks,
        IReadOnlyList<Indicator> indicators,
        SourcePosition position)
    {
        Format = format;
        Id = id;
        Version = version;
        Title = title;
        Jurisdiction = jurisdiction;
        FiscalYear = fiscalYear;
        Source = source;
        Note = note;
        TotalPoints = totalPoints;
        Rounding = rounding;
        Grades = grades;
        Inputs = inputs;
        Metrics = metrics;
        Checks = checks;
        Indicators = indicators;
        Position = position;
    }

    /// <summary>Gets the format tag, <c>perfeval/1</c>.</summary>
    public string Format { get; }

    /// <summary>Gets the rule set's id.</summary>
    public string Id { get; }

    /// <summary>Gets the semantic version, e.g. <c>1.0.0</c>.</summary>
    public string Version { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the jurisdiction (e.g. 广东省阳江市阳西县), or <see langword="null"/>.</summary>
    public string? Jurisdiction { get; }

    /// <summary>Gets the fiscal year evaluated, or <see langword="null"/>.</summary>
    public int? FiscalYear { get; }

    /// <summary>Gets the notice the rule set implements, or <see langword="null"/>.</summary>
    public string? Source { get; }

    /// <summary>Gets the author's note.</summary>
    public string? Note { get; }

    /// <summary>Gets the total points of the tree (usually 100).</summary>
    public decimal TotalPoints { get; }

    /// <summary>Gets the rounding applied to every indicator's score.</summary>
    public Rounding Rounding { get; }

    /// <summary>Gets the grade bands.</summary>
    public IReadOnlyList<GradeBand> Grades { get; }

    /// <summary>Gets the declared inputs.</summary>
    public IReadOnlyList<InputDefinition> Inputs { get; }

    /// <summary>Gets the derived metrics.</summary>
    public IReadOnlyList<MetricDefinition> Metrics { get; }

    /// <summary>Gets the consistency checks.</summary>
    public IReadOnlyList<CheckDefinition> Checks { get; }

    /// <summary>Gets the top-level indicators.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>Gets where the rule set starts (its file).</summary>
    public SourcePosition Position { get; }

    /// <summary>
    /// Gets how an assessed indicator scores on weight moved onto it (YAML <c>received_weight</c>, new in
    /// <c>perfeval/1.1</c>). <value>Defaults to <see cref="ReceivedWeightRule.Scale"/>.</value>
    /// </summary>
    public ReceivedWeightRule ReceivedWeight { get; internal init; }

    /// <summary>Gets the templates of the report's 部门基本情况 and 其他需要说明的情况, when the rule file has a <c>report</c> block.</summary>
    internal ReportSettings? Report { get; init; }

    /// <summary>Gets the row rules declared under <c>row_rules</c> (the built-in ones are not listed).</summary>
    internal IReadOnlyList<RowRule> RowRules { get; init; } = System.Array.Empty<RowRule>();

    /// <summary>Gets the grades of qualitative rows, declared under <c>qualitative_grades</c>.</summary>
    internal IReadOnlyList<QualitativeGrade> QualitativeGrades { get; init; } = System.Array.Empty<QualitativeGrade>();

    /// <summary>Gets the units a row's figures may carry beyond <see cref="Inputs.RowFigures.BuiltInUnits"/>, declared under <c>units</c>.</summary>
    internal IReadOnlyList<string> Units { get; init; } = System.Array.Empty<string>();

    /// <summary>Gets the <c>project_form</c> block: the inputs that fill the 项目支出绩效自评表's header, or <see langword="null"/>.</summary>
    internal ProjectForm? ProjectForm { get; init; }

    /// <summary>Finds a row rule by name among the declared and built-in ones, or <see langword="null"/>.</summary>
    internal RowRule? FindRowRule(string name)
    {
        foreach (var rule in RowRules)
        {
            if (rule.Name == name)
            {
                return rule;
            }
        }

        foreach (var rule in RowRule.BuiltIn)
        {
            if (rule.Name == name)
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>Gets the groups whose rows the input brings (<c>rows</c>), in tree order: a project form's when any.</summary>
    internal IEnumerable<Indicator> RowGroups() => InTreeOrder(Indicators).Where(i => i.Rows is not null);

    /// <summary>
    /// An input or metric named as the rule set describes it: a metric by the left side of its description
    /// (部门预算资金支出完成率 of "部门预算资金支出完成率 = 实际支出 / 财政下达预算数"), an input by its description; else the name.
    /// </summary>
    internal string DescribedName(string name)
    {
        if (Metrics.FirstOrDefault(m => m.Name == name) is { } metric)
        {
            return metric.Description is { } d ? LeftSideOf(d) : name;
        }

        return Inputs.FirstOrDefault(i => i.Name == name)?.Description ?? name;
    }

    /// <summary>The left side of a metric's description, "部门预算资金支出完成率" of "部门预算资金支出完成率 = 实际支出 / 财政下达预算数".</summary>
    internal static string LeftSideOf(string description)
    {
        var equals = description.IndexOf('=');
        return equals > 0 ? description.Substring(0, equals).Trim() : description;
    }

    /// <summary>The indicators whose points move to <paramref name="id"/> when they are not assessed (<c>fallback: { move_to: id }</c>), in tree order.</summary>
    internal IEnumerable<Indicator> MovingTo(string id) => InTreeOrder(Indicators).Where(i => i.Fallback is { Kind: FallbackKind.MoveTo } f && f.Target == id);

    private static IEnumerable<Indicator> InTreeOrder(IEnumerable<Indicator> indicators) => indicators.SelectMany(i => new[] { i }.Concat(InTreeOrder(i.Children)));

    /// <summary>Finds an indicator anywhere in the tree.</summary>
    /// <param name="id">The indicator's id.</param>
    /// <returns>The indicator, or <see langword="null"/> when there is none with that id.</returns>
    public Indicator? FindIndicator(string id)
    {
        Guard.NotNull(id);
        var pending = new Stack<Indicator>(Indicators);
        while (pending.Count > 0)
        {
            var indicator = pending.Pop();
            if (indicator.Id == id)
            {
                return indicator;
            }

            foreach (var child in indicator.Children)
            {
                pending.Push(child);
            }
        }

        return null;
    }
}
