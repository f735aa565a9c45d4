using System.Text;
using PerfEval.Inputs;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Rendering;

/// <summary>
/// Writes a self-evaluation report (部门整体支出绩效自评报告) as plain text: the title, then each heading and paragraph
/// of the <see cref="ReportDocument"/> on its own line, a blank line before each first-level heading.
/// </summary>
public static class ReportRenderer
{
    /// <summary>Builds the Chinese report of a scorecard and renders it (see <see cref="ReportBuilder.Build"/>).</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="ruleSet">The rule set it was scored with (for the notice, the fiscal year and the report templates).</param>
    /// <returns>The report, ending with a newline.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string Render(Scorecard scorecard, RuleSet ruleSet) => Render(scorecard, ruleSet, null, new RenderOptions { Language = ReportLanguage.Chinese });

    /// <summary>Builds the report of a scorecard in a language and renders it (see <see cref="ReportBuilder.Build"/>).</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="ruleSet">The rule set it was scored with.</param>
    /// <param name="input">The input that was scored, for figures the scorecard does not hold. <value>Defaults to none.</value></param>
    /// <param name="options">The language. <value>Defaults to <see cref="RenderOptions.Default"/>.</value></param>
    /// <returns>The report, ending with a newline.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="scorecard"/> or <paramref name="ruleSet"/> is <see langword="null"/>.</exception>
    public static string Render(Scorecard scorecard, RuleSet ruleSet, InputValues? input, RenderOptions? options = null)
        => Render(ReportBuilder.Build(scorecard, ruleSet, input, options));

    /// <summary>Renders a built report as plain text.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The text, ending with a newline.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static string Render(ReportDocument report)
    {
        Guard.NotNull(report);
        var text = new StringBuilder();
        foreach (var block in report.Blocks)
        {
            if (block.Kind == ReportBlockKind.Heading1)
            {
                text.Append('\n');
            }

            text.Append(block.Text).Append('\n');
        }

        return text.ToString();
    }
}
