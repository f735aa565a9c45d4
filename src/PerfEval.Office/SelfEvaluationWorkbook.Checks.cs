using System.Linq;
using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Office;

/// <summary>The third sheet, 数据核对: each of the rule set's checks with what it found, then any other warning.</summary>
public static partial class SelfEvaluationWorkbook
{
    /// <summary>The code of a failed check's warning (docs/diagnostics.md).</summary>
    private const string CheckFailedCode = "PE0505";

    private static WorkbookSheet Checks(Scorecard scorecard, RuleSet ruleSet, RenderOptions options, WorkbookLabels labels)
    {
        var sheet = new WorkbookSheet(labels.ChecksSheet, 7, 36, 48, 14, 56);
        sheet.Merge(1, 1, 1, 5, labels.ChecksTitle(scorecard.Subject), WorkbookStyles.Title);
        sheet.Height(1, 30);
        var row = 3;
        Headers(sheet, row++, labels.Number, labels.CheckItem, labels.CheckRule, labels.CheckResult, labels.CheckDetail);
        var number = 1;
        foreach (var check in ruleSet.Checks)
        {
            var finding = SelfEvaluationText.CheckFinding(scorecard, ruleSet, check, options);
            sheet.Set(row, 1, number++, WorkbookStyles.Centred);
            sheet.Set(row, 2, check.Message, WorkbookStyles.Text);
            sheet.Set(row, 3, SelfEvaluationText.Formula(ruleSet, check.Assertion.Text, options), WorkbookStyles.Text);
            sheet.Set(row, 4, finding is null ? labels.CheckClear : labels.CheckFailed, WorkbookStyles.Centred);
            sheet.Set(row, 5, finding, WorkbookStyles.Text);
            row++;
        }

        // A failed check is on its own row above; any other warning (a check that could not be computed, a judgement
        // ignored) follows.
        foreach (var warning in scorecard.Warnings.Where(w => w.Code != CheckFailedCode).Select(w => SelfEvaluationText.Warning(scorecard, w, options)))
        {
            sheet.Set(row, 1, number++, WorkbookStyles.Centred);
            sheet.Set(row, 2, labels.OtherWarning, WorkbookStyles.Text);
            sheet.Set(row, 3, null, WorkbookStyles.Text);
            sheet.Set(row, 4, labels.Warning, WorkbookStyles.Centred);
            sheet.Set(row, 5, warning, WorkbookStyles.Text);
            row++;
        }

        sheet.Merge(row + 1, 1, row + 1, 5, labels.ChecksNote, WorkbookStyles.Value);
        return sheet;
    }
}
