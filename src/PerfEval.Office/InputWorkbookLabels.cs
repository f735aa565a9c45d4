using System.Globalization;
using PerfEval.Rules;

namespace PerfEval.Office;

/// <summary>
/// The fixed words of the input workbook, in Chinese and in English. The reader knows the sheets and the column headers
/// by either language's words, so a workbook written under one language reads under the other.
/// </summary>
internal sealed class InputWorkbookLabels
{
    public static readonly InputWorkbookLabels Chinese = new()
    {
        IsChinese = true,
        InputsSheet = "输入", JudgementsSheet = "评价",
        Unit = "单位名称", Year = "年度", RuleSet = "规则",
        InputsNote = "请在浅黄色单元格中填写，留空表示未提供；标“选填”的可以留空。是否项选“是”或“否”；比率填数值或百分比（如 96.57%），不要以文本形式填写数字。按“名称”列读取，行序可以调整。",
        Name = "名称", Description = "中文说明", UnitHeader = "单位", Type = "类型", Range = "取值范围", Value = "填报值",
        JudgementsNote = "定性指标由评价人据实评分：“自评得分”填 0 至分值之间的数，并在“理由”中写明依据；留空表示尚未评分。按“指标编号”列读取。",
        Id = "指标编号", Indicator = "指标", Points = "分值", Criteria = "评分标准", Score = "自评得分", Reason = "理由",
        Yes = "是", No = "否", Optional = "选填", Conditional = "仅在本项指标考核时填写",
        RangeError = "超出取值范围", NotNumber = "请填写数值", NotWhole = "请填写整数", NotListed = "请从列表中选择",
        Project = "项目名称", RowsSheet = "三级指标",
        RowsNote = "每行填写一项三级指标：一级指标、二级指标须为规则集所列名称；各一级指标下的分值之和须等于其分值。年度指标值、实际完成值按表中写法以文本填写（如“≥50个”“51个”“达成预期指标”）；定性指标选择定性档次并填写自评得分；未达满分须填写偏差原因；不考核的填“否”。可插入行，行序可以调整。",
        Level1 = "一级指标", Level2 = "二级指标", Level3 = "三级指标", Target = "年度指标值", Actual = "实际完成值", Grade = "定性档次",
        RowReason = "偏差原因分析及改进措施", Applies = "是否考核",
    };

    public static readonly InputWorkbookLabels English = new()
    {
        InputsSheet = "Inputs", JudgementsSheet = "Judgements",
        Unit = "Unit", Year = "Fiscal year", RuleSet = "Rule set",
        InputsNote = "Fill in the pale yellow cells; an empty cell is not given, and only the inputs marked optional may stay empty. Pick true or false for a condition (是 and 否 read too); enter a ratio as a number or a percentage (96.57%), never a number as text. Rows are read by their name, in any order.",
        Name = "Name", Description = "Description", UnitHeader = "Unit", Type = "Type", Range = "Range", Value = "Value",
        JudgementsNote = "The evaluator scores each judged indicator: a Score from 0 to its points and a written Reason; an empty Score is not scored yet. Rows are read by their id.",
        Id = "Id", Indicator = "Indicator", Points = "Points", Criteria = "Scoring standard", Score = "Score", Reason = "Reason",
        Yes = "true", No = "false", Optional = "optional", Conditional = "only when the indicator is assessed",
        RangeError = "Out of range", NotNumber = "Enter a number", NotWhole = "Enter a whole number", NotListed = "Pick a value from the list",
        Project = "Project", RowsSheet = "Rows",
        RowsNote = "One third-level indicator per row: Level 1 and Level 2 are names the rule set lists, and the points under each Level 1 add up to its points. Write Target and Actual as text, as the table does (≥50个, 51个, 达成预期指标); for a qualitative row pick the Grade and give a Score; give a Reason for each row below full marks; write false under Assessed for a row not assessed. Rows may be inserted and reordered.",
        Level1 = "Level 1", Level2 = "Level 2", Level3 = "Indicator", Target = "Target", Actual = "Actual", Grade = "Grade",
        RowReason = "Reason for the shortfall", Applies = "Assessed",
    };

    public bool IsChinese { get; private init; }

    /// <summary>The label of the subject on a project's 输入 sheet (项目名称), where a department's reads 单位名称.</summary>
    public string Project { get; private init; } = string.Empty;

    public string RowsSheet { get; private init; } = string.Empty;

    public string RowsNote { get; private init; } = string.Empty;

    public string Level1 { get; private init; } = string.Empty;

    public string Level2 { get; private init; } = string.Empty;

    public string Level3 { get; private init; } = string.Empty;

    public string Target { get; private init; } = string.Empty;

    public string Actual { get; private init; } = string.Empty;

    public string Grade { get; private init; } = string.Empty;

    public string RowReason { get; private init; } = string.Empty;

    public string Applies { get; private init; } = string.Empty;

    public string InputsSheet { get; private init; } = string.Empty;

    public string JudgementsSheet { get; private init; } = string.Empty;

    public string Unit { get; private init; } = string.Empty;

    public string Year { get; private init; } = string.Empty;

    public string RuleSet { get; private init; } = string.Empty;

    public string InputsNote { get; private init; } = string.Empty;

    public string Name { get; private init; } = string.Empty;

    public string Description { get; private init; } = string.Empty;

    public string UnitHeader { get; private init; } = string.Empty;

    public string Type { get; private init; } = string.Empty;

    public string Range { get; private init; } = string.Empty;

    public string Value { get; private init; } = string.Empty;

    public string JudgementsNote { get; private init; } = string.Empty;

    public string Id { get; private init; } = string.Empty;

    public string Indicator { get; private init; } = string.Empty;

    public string Points { get; private init; } = string.Empty;

    public string Criteria { get; private init; } = string.Empty;

    public string Score { get; private init; } = string.Empty;

    public string Reason { get; private init; } = string.Empty;

    /// <summary>The word for true in a condition's list (是, or true in English).</summary>
    public string Yes { get; private init; } = string.Empty;

    public string No { get; private init; } = string.Empty;

    public string Optional { get; private init; } = string.Empty;

    public string Conditional { get; private init; } = string.Empty;

    public string RangeError { get; private init; } = string.Empty;

    public string NotNumber { get; private init; } = string.Empty;

    public string NotWhole { get; private init; } = string.Empty;

    public string NotListed { get; private init; } = string.Empty;

    public static InputWorkbookLabels For(Rendering.RenderOptions options) => options.Language == Rendering.ReportLanguage.Chinese ? Chinese : English;

    public string InputsTitle(Rules.RuleSet ruleSet) => IsChinese ? ruleSet.Title + "填报表" : "Input for " + ruleSet.Title;

    public string JudgementsTitle(Rules.RuleSet ruleSet) => IsChinese ? ruleSet.Title + "定性指标评分表" : "Judgements for " + ruleSet.Title;

    public string TypeName(InputDefinition input)
    {
        var type = input.Type switch
        {
            InputType.Decimal => IsChinese ? "数值" : "number",
            InputType.Integer => IsChinese ? "整数" : "whole number",
            InputType.Boolean => IsChinese ? "是否" : "yes or no",
            InputType.Choice => IsChinese ? "选项" : "choice",
            _ => IsChinese ? "文字" : "text",
        };
        return input.Required ? type : type + (IsChinese ? "，" : ", ") + Optional;
    }

    public string? UnitName(InputDefinition input) => input.Type == InputType.Boolean
        ? null
        : input.Unit == "ratio" ? (IsChinese ? "比率" : "ratio") : input.Unit;

    public string? RangeText(InputDefinition input)
    {
        if (input.Type == InputType.Boolean)
        {
            return Yes + " / " + No;
        }

        if (input.Choices.Count > 0)
        {
            return string.Join(" / ", input.Choices);
        }

        return input.Min is null && input.Max is null ? null : new NumericRange(input.Min, true, input.Max, true).ToString();
    }

    public string JudgementRange(decimal weight) => "0 – " + weight.ToString(CultureInfo.InvariantCulture);

    public static bool IsInputsSheet(string name) => name == Chinese.InputsSheet || name == English.InputsSheet;

    public string RowsTitle(Rules.RuleSet ruleSet) => IsChinese ? ruleSet.Title + "三级指标填报表" : "Rows for " + ruleSet.Title;

    public static bool IsRowsSheet(string name) => name == Chinese.RowsSheet || name == English.RowsSheet;

    public static bool IsJudgementsSheet(string name) => name == Chinese.JudgementsSheet || name == English.JudgementsSheet;
}
