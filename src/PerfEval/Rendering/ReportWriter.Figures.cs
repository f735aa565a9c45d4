using System.Globalization;
using System.Linq;
using System.Text;
using PerfEval.Inputs;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Rendering;

/// <content>Filling a template: each placeholder's figure, formatted with its unit and the rule set's decimals.</content>
internal sealed partial class ReportWriter
{
    /// <summary>Fills a template for an indicator (<paramref name="leaf"/>) or for the rule set (<see langword="null"/>).</summary>
    private string Fill(ReportTemplate template, IndicatorScore? leaf)
    {
        var text = new StringBuilder();
        foreach (var part in template.Parts)
        {
            if (part.Name is not { } name)
            {
                text.Append(part.Literal);
                continue;
            }

            var value = Resolve(name, leaf);
            if (value is null)
            {
                var description = rules.Inputs.FirstOrDefault(i => i.Name == name)?.Description ?? rules.Metrics.FirstOrDefault(m => m.Name == name)?.Description ?? name;
                text.Append("【待补充：").Append(description).Append('】');
            }
            else if (part.IsChoice)
            {
                text.Append(value.Boolean == true ? part.WhenTrue : part.WhenFalse);
            }
            else
            {
                text.Append(value.Number is null ? value.Text : Figure(value));
            }
        }

        return text.ToString();
    }

    /// <summary>A placeholder's value: the template's own names first, then metrics, then inputs; <see langword="null"/> when the input leaves it out.</summary>
    private NamedValue? Resolve(string name, IndicatorScore? leaf)
    {
        if (leaf is { } row && Own(name, row) is { } own)
        {
            return own;
        }

        if (leaf is null && name == "total")
        {
            return Text(name, Points(card.Total));
        }

        if (leaf is null && name == "grade")
        {
            return Text(name, card.Grade.Label);
        }

        switch (name)
        {
            case "fiscal_year":
                return Year.Length == 0 ? null : Text(name, Year);
            case "subject":
                return card.Subject is null ? null : Text(name, card.Subject);
        }

        return card.Metrics.FirstOrDefault(m => m.Name == name)
            ?? leaf?.Explanation?.Values.FirstOrDefault(v => v.Name == name)
            ?? InputFigure(name);
    }

    private NamedValue? Own(string name, IndicatorScore leaf)
    {
        var e = leaf.Explanation;
        return name switch
        {
            "name" => Text(name, leaf.Name),
            "reason" => e?.Reason is { } reason ? Text(name, reason.Trim().TrimEnd(EndPunctuation)) : null,
            "weight" => Text(name, Points(leaf.Weight)),
            "effective_weight" => Text(name, Points(leaf.EffectiveWeight)),
            "score" => Text(name, Points(leaf.Score)),
            "lost" => Text(name, Points(leaf.PointsLost)),
            "passed" => e?.Passed is { } passed ? new NamedValue(name, false, null, null, null, passed, null) : null,
            _ => e?.Criteria.FirstOrDefault(c => c.Id == name) is { } criterion ? new NamedValue(name, false, null, criterion.Name, null, criterion.Met, null) : null,
        };
    }

    /// <summary>An input's value as the input gives it, with the rule set's unit and description.</summary>
    private NamedValue? InputFigure(string name)
    {
        if (input is null || !input.Values.TryGetValue(name, out var value) || rules.Inputs.FirstOrDefault(i => i.Name == name) is not { } definition)
        {
            return null;
        }

        return value.Kind switch
        {
            InputValueKind.Number => new NamedValue(name, false, definition.Unit, definition.Description, value.Number, null, null),
            InputValueKind.Boolean => new NamedValue(name, false, definition.Unit, definition.Description, null, value.Boolean, null),
            InputValueKind.Text => new NamedValue(name, false, definition.Unit, definition.Description, null, null, value.Text),
            _ => null,
        };
    }

    private static NamedValue Text(string name, string text) => new(name, false, null, null, null, null, text);

    /// <summary>
    /// A number as the report writes it: a ratio as a percentage to the rule set's decimals (96.57%), an amount rounded
    /// to them without trailing zeros and followed by its unit (2679.48万元, 42万元).
    /// </summary>
    private string Figure(NamedValue value)
    {
        if (value.Number is not { } number)
        {
            return value.Boolean is { } flag ? (zh ? (flag ? "是" : "否") : flag ? "yes" : "no") : value.Text ?? string.Empty;
        }

        if (Labels.IsRatio(value.Unit))
        {
            return Format.Percent(number, decimals);
        }

        var figure = Points(number);
        return value.Unit is null ? figure : zh ? figure + value.Unit : figure + " " + value.Unit;
    }

    /// <summary>Points and amounts as the reports write them: 4, 6.76, 2.5 (rounded half away from zero to the rule set's decimals).</summary>
    private string Points(decimal value)
    {
        var rounded = System.Math.Round(value, decimals, System.MidpointRounding.AwayFromZero);
        return rounded.ToString("0." + new string('#', System.Math.Max(1, decimals)), CultureInfo.InvariantCulture);
    }
}
