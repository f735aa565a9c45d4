using System.Globalization;
using System.Text;
using PerfEval.Rules;

namespace PerfEval.Rendering;

/// <summary>Writes a rule set's indicator tree as an indented outline: id, name, weight, scoring method and condition.</summary>
public static class OutlineRenderer
{
    /// <summary>Renders the outline.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>One line for the rule set, then one per indicator, indented by depth.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="ruleSet"/> is <see langword="null"/>.</exception>
    public static string Render(RuleSet ruleSet)
    {
        Guard.NotNull(ruleSet);
        var text = new StringBuilder();
        text.Append(ruleSet.Id).Append('@').Append(ruleSet.Version).Append("  ").Append(ruleSet.Title).Append('\n');
        foreach (var indicator in ruleSet.Indicators)
        {
            Write(text, indicator, 1);
        }

        return text.ToString();
    }

    private static void Write(StringBuilder text, Indicator indicator, int depth)
    {
        text.Append(' ', 2 * depth).Append(indicator.Id).Append(' ').Append(indicator.Name).Append("  ").Append(indicator.Weight.ToString(CultureInfo.InvariantCulture));
        if (indicator.MethodDescription is { } method)
        {
            text.Append("  ").Append(method);
        }

        if (indicator.AppliesWhen is { } when)
        {
            text.Append("  [applies when ").Append(when.Text).Append(']');
        }

        text.Append('\n');
        foreach (var child in indicator.Children)
        {
            Write(text, child, depth + 1);
        }
    }
}
