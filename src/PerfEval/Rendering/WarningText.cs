using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PerfEval.Results;

namespace PerfEval.Rendering;

/// <summary>
/// A warning as the renderings show it: <see cref="Diagnostic.ToString"/> in English; in Chinese the place, 警告 and the
/// code, with the evaluator's own sentence around a check's message (<c>… (check 'id': formula)</c>) in the bureau's words.
/// </summary>
internal static class WarningText
{
    // The shape Evaluator.ReportCheckFailed writes: "{message}: {figures} (check '{id}': {formula})".
    private static readonly Regex CheckFailed = new(@"^(?<message>.*?): (?<detail>.*) \(check '(?<id>[^']*)': (?<formula>.*)\)$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    // The shape Evaluator.WarnIgnoredJudgement writes.
    private static readonly Regex IgnoredJudgement = new(@"^The judgement for '(?<id>[^']*)' is ignored: the indicator is not assessed\.$", RegexOptions.CultureInvariant);

    public static string Of(Diagnostic warning, Labels labels, Scorecard? scorecard = null)
        => labels.IsChinese ? Place(warning) + (warning.Severity == DiagnosticSeverity.Error ? "错误 " : "警告 ") + warning.Code + "：" + Message(warning, labels, scorecard) : warning.ToString();

    /// <summary>The message alone, in the language of <paramref name="labels"/>.</summary>
    public static string Message(Diagnostic warning, Labels labels, Scorecard? scorecard = null)
    {
        if (!labels.IsChinese)
        {
            return warning.Message;
        }

        if (warning.Code == Codes.CheckFailed && CheckFailed.Match(warning.Message) is { Success: true } check)
        {
            var detail = check.Groups["detail"].Value;
            detail = detail.EndsWith(" is false", System.StringComparison.Ordinal) ? detail.Substring(0, detail.Length - " is false".Length) + "，不成立" : detail;
            detail = detail.Replace(", ", "，");
            return $"{check.Groups["message"].Value}：{detail}（校验规则“{check.Groups["id"].Value}”：{check.Groups["formula"].Value}）";
        }

        if (warning.Code == Codes.UnexpectedJudgement && IgnoredJudgement.Match(warning.Message) is { Success: true } ignored)
        {
            var id = ignored.Groups["id"].Value;
            var name = scorecard is null ? id : ExplanationRenderer.NameIn(scorecard)(id);
            return $"“{name}”指标不考核，所填评分及理由未予采用";
        }

        return warning.Message;
    }

    private static string Place(Diagnostic warning)
    {
        if (warning.File is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder(warning.File);
        if (warning.Line > 0)
        {
            text.Append(':').Append(warning.Line.ToString(CultureInfo.InvariantCulture));
            if (warning.Column > 0)
            {
                text.Append(':').Append(warning.Column.ToString(CultureInfo.InvariantCulture));
            }
        }

        return text.Append("：").ToString();
    }
}
