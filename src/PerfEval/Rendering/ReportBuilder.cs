using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PerfEval.Inputs;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Rendering;

/// <summary>
/// Builds the self-evaluation report (部门整体支出绩效自评报告) of a scorecard in the structure of the reports finance
/// bureaus receive: 一、部门基本情况, 二、绩效自评结论, 三、绩效自评分析 (every indicator with its figures),
/// 四、存在的问题、原因分析及改进措施 (drafted from the indicators that lost points), 五、其他需要说明的情况.
/// How each item reads comes from the rule set's report templates, else from the scorecard's explanations.
/// </summary>
public static class ReportBuilder
{
    /// <summary>Builds the report.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="ruleSet">The rule set it was scored with (its notice, year and report templates).</param>
    /// <param name="input">
    /// The input that was scored, for the figures of 部门整体支出情况 and of templates that name inputs no indicator
    /// uses. <value>Defaults to none: only the figures the scorecard holds are known, the others are marked as gaps.</value>
    /// </param>
    /// <param name="options">
    /// The language. <value>Defaults to <see cref="RenderOptions.Default"/> (English: the same structure, with the
    /// default sentences; the rule set's templates are Chinese prose and are used under Chinese only).</value>
    /// </param>
    /// <returns>The report as finished words.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="scorecard"/> or <paramref name="ruleSet"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.NotSupportedException">The scorecard is a project form's (<see cref="Scorecard.HasRows"/>): the report is the department form's.</exception>
    public static ReportDocument Build(Scorecard scorecard, RuleSet ruleSet, InputValues? input = null, RenderOptions? options = null)
    {
        Guard.NotNull(scorecard);
        Guard.NotNull(ruleSet);
        if (scorecard.HasRows)
        {
            throw new System.NotSupportedException($"Rule set '{scorecard.RuleSetId}' scores a project form's rows; the 自评报告 is written for the department form only.");
        }

        var language = (options ?? RenderOptions.Default).Language;
        var writer = new ReportWriter(scorecard, ruleSet, input, language == ReportLanguage.Chinese);
        return new ReportDocument(language, writer.Write());
    }
}
