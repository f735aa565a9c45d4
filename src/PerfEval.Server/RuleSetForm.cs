using System.Collections.Generic;
using System.Linq;
using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Server;

/// <summary>
/// What a form for a rule set needs (<c>GET /rulesets/{id}/{version}</c>): its header, grade bands, every declared input
/// (label, unit, range, choices) and every judgement (the indicator, its points, its criteria).
/// </summary>
internal sealed record RuleSetForm(
    string Id,
    string Version,
    string Title,
    string? Jurisdiction,
    int? FiscalYear,
    decimal TotalPoints,
    int Decimals,
    IReadOnlyList<FormGrade> Grades,
    IReadOnlyList<FormInput> Inputs,
    IReadOnlyList<FormJudgement> Judgements)
{
    public static RuleSetForm From(RuleSet rules)
    {
        var grades = rules.Grades.Select(g => new FormGrade(new Grade(g.Level, g.Label).Code, g.Label, g.Range.Lower, g.Range.LowerInclusive, g.Range.Upper, g.Range.UpperInclusive)).ToList();
        var inputs = rules.Inputs.Select(i => new FormInput(i.Name, TypeName(i.Type), i.Unit, i.Description ?? i.Name, i.Required, i.Min, i.Max, i.Choices, i.Note)).ToList();
        var judgements = new List<FormJudgement>();
        Collect(rules, rules.Indicators, string.Empty, judgements);
        return new RuleSetForm(rules.Id, rules.Version, rules.Title, rules.Jurisdiction, rules.FiscalYear, rules.TotalPoints, rules.Rounding.Decimals, grades, inputs, judgements);
    }

    private static readonly RenderOptions Chinese = new() { Language = ReportLanguage.Chinese };

    /// <summary>Scored by judgement, or by alternatives one of which is a judgement (as the model describes them publicly).</summary>
    private static bool IsJudged(Indicator indicator)
        => indicator.MethodKind == "judgement"
            || (indicator.MethodKind == "alternatives" && indicator.MethodDescription?.Contains(": judgement", System.StringComparison.Ordinal) == true);

    private static string TypeName(InputType type) => type switch
    {
        InputType.Decimal => "decimal",
        InputType.Integer => "integer",
        InputType.Boolean => "boolean",
        InputType.Choice => "choice",
        _ => "text",
    };

    /// <summary>The leaves scored by the evaluator's judgement, as <c>perfeval template</c> lists them, in tree order.</summary>
    private static void Collect(RuleSet rules, IEnumerable<Indicator> indicators, string path, List<FormJudgement> judgements)
    {
        foreach (var indicator in indicators)
        {
            var here = path.Length == 0 ? indicator.Name : path + " / " + indicator.Name;
            if (indicator.IsGroup)
            {
                Collect(rules, indicator.Children, here, judgements);
            }
            else if (IsJudged(indicator))
            {
                var conditional = !(indicator.AppliesWhen is null && indicator.MethodKind == "judgement");
                judgements.Add(new FormJudgement(indicator.Id, indicator.Name, here, indicator.Weight, SelfEvaluationText.Criteria(rules, indicator, Chinese), conditional));
            }
        }
    }
}
