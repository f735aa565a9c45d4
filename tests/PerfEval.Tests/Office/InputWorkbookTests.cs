using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PerfEval.Evaluation;
using PerfEval.Inputs;
using PerfEval.Loading;
using PerfEval.Office;
using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Office;

/// <summary>
/// The workbook to fill in, written from rules/yangxi-2023.yaml (and Dazhou), filled from samples/ or changed cell by
/// cell with DocumentFormat.OpenXml, and read back. The scores expected after a change are worked out from the rule
/// file by hand, in each test.
/// </summary>
public sealed class InputWorkbookTests
{
    private const string Inputs = "输入";
    private const string Judgements = "评价";
    private const string Source = "yangxi.xlsx";
    private static readonly RenderOptions Zh = new() { Language = ReportLanguage.Chinese };
    private static readonly RenderOptions En = new() { Language = ReportLanguage.English };
    private static readonly Lazy<CompiledRuleSet> Yangxi = new(() => RuleSetLoader.LoadFile(Repo.Rules("yangxi-2023.yaml")).GetValueOrThrow());
    private static readonly Lazy<CompiledRuleSet> Dazhou = new(() => RuleSetLoader.LoadFile(Repo.Rules("dazhou-2023.yaml")).GetValueOrThrow());

    public static TheoryData<string> Languages() => new() { "zh", "en" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Read_YangxiPrefilledFromTheSample_Scores9276Excellent(string language)
    {
        var bytes = Prefilled(Yangxi.Value, "yangxi-2023.json", language == "zh" ? Zh : En);

        var card = Score(Yangxi.Value, bytes);

        Assert.Equal(92.76m, card.Total);
        Assert.Equal("优", card.Grade.Label);
        Assert.Equal("阳西县土地储备和城市更新事务中心", card.Subject);
    }

    /// <summary>A workbook written for one rule set and read under another is read, with a warning at its 规则 cell; under its own, no warning.</summary>
    [Theory]
    [MemberData(nameof(Languages))]
    public void Read_WorkbookOfAnotherRuleSet_WarnsAtItsRuleSetCell(string language)
    {
        var bytes = Prefilled(Yangxi.Value, "yangxi-2023.json", language == "zh" ? Zh : En);
        var next = RuleSetLoader.LoadFile(Repo.Rules("yangxi-2024.yaml")).GetValueOrThrow();

        var own = Read(Yangxi.Value, bytes);
        var other = Read(next, bytes);

        Assert.Empty(own.Diagnostics);
        var warning = Assert.Single(other.Diagnostics);
        Assert.Equal(("PE0708", DiagnosticSeverity.Warning, language == "zh" ? Inputs : "Inputs", "B4"), (warning.Code, warning.Severity, warning.Sheet, warning.Cell));
        Assert.Contains("'yangxi-department-overall@1.0.0' and is read under 'yangxi-department-overall@2.0.0'", warning.Message, StringComparison.Ordinal);
        Assert.Equal(91.76m, next.Evaluate(other.Value!).GetValueOrThrow().Total); // the 2024 carry-over bands, as diff shows
    }

    [Fact]
    public void Read_YangxiPrefilled_GivesTheSampleValuesAndJudgementsExactly()
    {
        var json = JsonInputReader.ReadFile(Repo.Samples("yangxi-2023.json")).GetValueOrThrow();

        var read = Read(Yangxi.Value, Prefilled(Yangxi.Value, "yangxi-2023.json", Zh)).GetValueOrThrow();

        Assert.Equal(json.Values.ToDictionary(v => v.Key, v => v.Value.ToString()), read.Values.ToDictionary(v => v.Key, v => v.Value.ToString()));
        Assert.Equal(json.Judgements.ToDictionary(j => j.Key, j => (j.Value.Score, j.Value.Reason)), read.Judgements.ToDictionary(j => j.Key, j => (j.Value.Score, j.Value.Reason)));
        Assert.Equal(Source, read.SourceName);
    }

    [Fact]
    public void Read_DazhouPrefilledFromTheSample_Scores8108Good()
    {
        var bytes = Prefilled(Dazhou.Value, "dazhou-2023.json", Zh);

        var card = Score(Dazhou.Value, bytes);

        Assert.Equal(81.08m, card.Total);
        Assert.Equal("良", card.Grade.Label);
    }

    [Fact]
    public void Read_ActualSpendingChanged_ScoresTheExecutionRateAsTheRuleSays()
    {
        // budget_execution_rate: weight * Min(1, actual_spending / issued_budget), its weight 5 raised to 7 by the 2 points
        // of fund_allocation_compliance (not assessed: no transfer payments, no subordinate units). With 2500 of 2774.62:
        // 7 × 2500 / 2774.62 = 6.3072... → 6.31 (2 decimals), 0.45 less than the sample's 6.76: 92.76 − 0.45 = 92.31.
        var bytes = Edit(Prefilled(Yangxi.Value, "yangxi-2023.json", Zh), e => e.Set(Inputs, ValueCell(Yangxi.Value, "actual_spending"), 2500m));

        var card = Score(Yangxi.Value, bytes);

        Assert.True(card.TryGetIndicator("budget_execution_rate", out var execution));
        Assert.Equal(6.31m, execution.Score);
        Assert.Equal(92.31m, card.Total);
    }

    [Fact]
    public void Read_ProcurementNotOverBudgetAs否_GivesThePassFailIndicatorItsFourPoints()
    {
        // procurement_execution (4 points, pass/fail) fails when actual procurement exceeds its budget: 92.76 + 4 = 96.76.
        var bytes = Edit(Prefilled(Yangxi.Value, "yangxi-2023.json", Zh), e => e.Set(Inputs, ValueCell(Yangxi.Value, "procurement_exceeds_budget"), "否"));

        var card = Score(Yangxi.Value, bytes);

        Assert.Equal(96.76m, card.Total);
    }

    [Theory]
    [InlineData("是", true)]
    [InlineData("否", false)]
    [InlineData("true", true)]
    [InlineData("FALSE", false)]
    [InlineData(" True ", true)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Read_ConditionWrittenAnyAcceptedWay_ReadsAsTheCondition(object cell, bool expected)
    {
        var bytes = Edit(Prefilled(Yangxi.Value, "yangxi-2023.json", Zh), e => e.Set(Inputs, ValueCell(Yangxi.Value, "budget_disclosed"), cell));

        var read = Read(Yangxi.Value, bytes).GetValueOrThrow();

        Assert.Equal(InputValue.Of(expected).ToString(), read.Values["budget_disclosed"].ToString());
    }

    [Fact]
    public void Read_RowsOfBothSheetsReversed_ScoresTheSame()
    {
        var bytes = Edit(Prefilled(Yangxi.Value, "yangxi-2023.json", Zh), e => e.ReverseRows(Inputs, InputWorkbook.InputsHeaderRow).ReverseRows(Judgements, InputWorkbook.JudgementsHeaderRow));
        var before = Prefilled(Yangxi.Value, "yangxi-2023.json", Zh);
        Assert.NotEqual(Cells(before, Inputs)["A7"], Cells(bytes, Inputs)["A7"]);

        var card = Score(Yangxi.Value, bytes);

        Assert.Equal(92.76m, card.Total);
    }

    [Fact]
    public void Read_EnglishWorkbook_ReadsUnderTheEnglishSheetAndHeaderNames()
    {
        var bytes = Prefilled(Yangxi.Value, "yangxi-2023.json", En);
        using (var book = new WorkbookReader(bytes))
        {
            Assert.Equal(new[] { "Inputs", "Judgements" }, book.SheetNames);
            Assert.Equal(new object[] { "Name", "Description", "Unit", "Type", "Range", "Value" }, new[] { "A6", "B6", "C6", "D6", "E6", "F6" }.Select(r => book.Value("Inputs", r)!));
        }

        var read = Read(Yangxi.Value, Edit(bytes, e => e.Set("Inputs", "B2", "某单位"))).GetValueOrThrow();

        Assert.Equal("某单位", read.Subject);
        Assert.Equal(31, read.Values.Count);
    }

    [Fact]
    public void Read_BlankWorkbook_ReadsAsNothingGivenAndScoringNamesWhatIsMissing()
    {
        var bytes = Write(Yangxi.Value, null, Zh);

        var read = Read(Yangxi.Value, bytes);
        var evaluation = Yangxi.Value.Evaluate(read.GetValueOrThrow());

        Assert.Empty(read.Diagnostics);
        Assert.Empty(read.Value!.Values);
        Assert.Null(read.Value.Subject);
        Assert.False(evaluation.IsSuccess);
        Assert.Contains(evaluation.Errors, d => d.Code == "PE0402" && d.Message.Contains("'actual_spending'", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ValueCleared_IsNotGiven()
    {
        var bytes = Edit(Prefilled(Yangxi.Value, "yangxi-2023.json", Zh), e => e.Set(Inputs, ValueCell(Yangxi.Value, "operating_actual"), null));

        var read = Read(Yangxi.Value, bytes).GetValueOrThrow();

        Assert.False(read.Values.ContainsKey("operating_actual"));
        Assert.Equal(30, read.Values.Count);
    }

    public static TheoryData<string, string, string> BrokenWorkbooks() => new()
    {
        // What is changed, the edit, the one diagnostic expected.
        { "text in a number cell", "输入!F10=text:2679.48", "yangxi.xlsx:输入!F10: error PE0704: Input 'actual_spending': \"2679.48\" is a number stored as text; enter it as a number (in Excel: Convert to Number)." },
        { "a word in a number cell", "输入!F10=text:约两千", "yangxi.xlsx:输入!F10: error PE0403: Input 'actual_spending' must be a number, not the text \"约两千\"." },
        { "a condition in a number cell", "输入!F10=bool:true", "yangxi.xlsx:输入!F10: error PE0403: Input 'actual_spending' must be a number, not TRUE." },
        { "a value out of range", "输入!F10=number:-2679.48", "yangxi.xlsx:输入!F10: error PE0404: Input 'actual_spending' is -2679.48, outside its allowed range [0, +∞) (万元)." },
        { "an unknown name", "输入!A10=text:actual_spend", "yangxi.xlsx:输入!A10: error PE0405: Unknown input 'actual_spend': rule set 'yangxi-department-overall' declares no such input. Did you mean 'actual_spending'?" },
        { "a value with no name", "输入!A10=clear", "yangxi.xlsx:输入!F10: error PE0405: A value (2679.48) on a row with no name in column 'A'; give the input's name or clear the value." },
        { "a duplicate name", "输入!A11=text:actual_spending", "yangxi.xlsx:输入!A11: error PE0706: Input 'actual_spending' is listed twice: here and in 输入!A10; keep one row." },
        { "a bad condition", "输入!F30=text:已公开", "yangxi.xlsx:输入!F30: error PE0705: Input 'budget_disclosed' is a yes/no condition: write 是 or 否 (or true or false), not \"已公开\"." },
        { "a number for a condition", "输入!F30=number:1", "yangxi.xlsx:输入!F30: error PE0705: Input 'budget_disclosed' is a yes/no condition: write 是 or 否 (or true or false), not 1." },
        { "an error value", "输入!F10=error:#DIV/0!", "yangxi.xlsx:输入!F10: error PE0707: Input 'actual_spending': the cell holds the error #DIV/0!, not a value; correct the formula or enter the figure." },
        { "a formula never computed", "输入!F10=formula:F11+F12", "yangxi.xlsx:输入!F10: error PE0707: Input 'actual_spending': the cell holds a formula with no computed result (open and save the workbook in Excel or WPS), not a value; correct the formula or enter the figure." },
        { "a missing inputs sheet", "输入=delete", "yangxi.xlsx:输入: error PE0702: The workbook has no sheet '输入' (or 'Inputs') of inputs; it has 评价." },
        { "a missing judgements sheet", "评价=delete", "yangxi.xlsx:评价: error PE0702: The workbook has no sheet '评价' (or 'Judgements') of judgements; it has 输入." },
        { "a header renamed", "输入!F6=text:数值", "yangxi.xlsx:输入: error PE0703: The sheet has no header row with the columns '名称' and '填报值' (or 'Name' and 'Value')." },
        { "a judgement out of range", "评价!E4=number:4.5", "yangxi.xlsx:评价!E4: error PE0407: The judgement of indicator 'budget_rationality' is 4.5, outside [0, 4]. [budget_rationality]" },
        { "a judgement with no reason", "评价!F4=clear", "yangxi.xlsx:评价!F4: error PE0408: The judgement of indicator 'budget_rationality' has no written reason. [budget_rationality]" },
        { "a score stored as text", "评价!E4=text:4", "yangxi.xlsx:评价!E4: error PE0704: Judgement 'budget_rationality': the score \"4\" is a number stored as text; enter it as a number. [budget_rationality]" },
        { "a judgement of an indicator scored by formula", "评价!A4=text:budget_execution_rate", "yangxi.xlsx:评价!A4: error PE0409: Judgement for 'budget_execution_rate', which is scored by formula, not by judgement; remove the row." },
        { "a duplicate judgement", "评价!A5=text:budget_rationality", "yangxi.xlsx:评价!A5: error PE0706: Judgement 'budget_rationality' is listed twice: here and in 评价!A4; keep one row. [budget_rationality]" },
    };

    [Theory]
    [MemberData(nameof(BrokenWorkbooks))]
    public void Read_BrokenWorkbook_NamesTheSheetAndCell(string what, string edit, string expected)
    {
        var bytes = Edit(Prefilled(Yangxi.Value, "yangxi-2023.json", Zh), e => Apply(e, edit));

        var read = Read(Yangxi.Value, bytes);

        Assert.True(read.Value is null, what);
        Assert.Equal(expected, Assert.Single(read.Diagnostics).ToString());
        var diagnostic = read.Diagnostics[0];
        Assert.Equal(Source, diagnostic.File);
        Assert.Equal(edit.Split('!', '=')[0], diagnostic.Sheet);
    }

    [Fact]
    public void Read_SeveralProblems_ReportsEveryOneInSheetOrder()
    {
        var bytes = Edit(Prefilled(Yangxi.Value, "yangxi-2023.json", Zh), e => e
            .Set(Inputs, "F10", "2679.48")
            .Set(Inputs, "F7", -1m)
            .Set(Judgements, "E5", 9m));

        var read = Read(Yangxi.Value, bytes);

        Assert.Equal(new[] { "输入!F7 PE0404", "输入!F10 PE0704", "评价!E5 PE0407" }, read.Diagnostics.Select(d => $"{d.Sheet}!{d.Cell} {d.Code}"));
    }

    [Fact]
    public void Read_ReasonWithoutScore_WarnsAndLeavesTheJudgementNotGiven()
    {
        var bytes = Edit(Prefilled(Yangxi.Value, "yangxi-2023.json", Zh), e => e.Set(Judgements, "E4", null));

        var read = Read(Yangxi.Value, bytes);

        Assert.True(read.IsSuccess);
        Assert.False(read.Value!.Judgements.ContainsKey("budget_rationality"));
        Assert.Equal("yangxi.xlsx:评价!E4: warning PE0406: Judgement 'budget_rationality' has a reason but no score; it is not scored yet. Give a score from 0 to 4. [budget_rationality]", Assert.Single(read.Diagnostics).ToString());
    }

    [Theory]
    [InlineData("not a zip at all")]
    [InlineData("PK\u0003\u0004 a zip's signature and nothing else")]
    public void Read_NotAWorkbook_ReportsPE0701(string content)
    {
        var read = InputWorkbook.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content)), "filled.xlsx", Yangxi.Value.Definition);

        var error = Assert.Single(read.Diagnostics);
        Assert.Equal(("PE0701", "filled.xlsx"), (error.Code, error.File));
        Assert.StartsWith("filled.xlsx: error PE0701: The file cannot be read as an Excel workbook (.xlsx): ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WholeNumberInputWithAFraction_ReportsWrongType()
    {
        var bytes = Edit(Prefilled(Dazhou.Value, "dazhou-2023.json", Zh), e => e.Set(Inputs, ValueCell(Dazhou.Value, "project_count"), 12.5m));

        var read = Read(Dazhou.Value, bytes);

        var error = Assert.Single(read.Diagnostics);
        Assert.Equal(("PE0403", "Input 'project_count' must be a whole number, not 12.5."), (error.Code, error.Message));
    }

    [Fact]
    public void Read_PercentageAndChoiceCells_ReadTheNumberAndTheChoice()
    {
        var rules = RatioRules();
        var bytes = Write(rules, null, Zh);
        Assert.Equal("0.00%", new WorkbookReader(bytes).NumberFormat(Inputs, "F7"));
        bytes = Edit(bytes, e => e.Set(Inputs, "F7", 0.9657m).Set(Inputs, "F8", "B").Set(Inputs, "F9", 3).Set(Judgements, "E4", 2m).Set(Judgements, "F4", "合规"));

        var read = Read(rules, bytes).GetValueOrThrow();

        Assert.Equal(0.9657m, read.Values["rate"].Number);
        Assert.Equal("B", read.Values["level"].Text);
        Assert.Equal(3m, read.Values["count"].Number);
    }

    [Theory]
    [InlineData("0.96570000000000011", "0.9657")]
    [InlineData("0.30000000000000004", "0.3")]
    [InlineData("2679.4800000000001", "2679.48")]
    [InlineData("9.6570000000000003E-1", "0.9657")]
    [InlineData("123456789012345678", "123456789012346000")]
    [InlineData("1E-3", "0.001")]
    public void Read_NumberStoredWithBinaryNoise_ReadsAsExcelShowsIt(string stored, string expected)
    {
        var rules = RatioRules();
        var bytes = Edit(Write(rules, null, Zh), e => e.SetRaw(Inputs, "F10", stored));

        var read = Read(rules, bytes).GetValueOrThrow();

        Assert.Equal(expected, read.Values["amount"].ToString());
    }

    [Fact]
    public void Read_ChoiceNotListed_ReportsOutOfRange()
    {
        var rules = RatioRules();
        var bytes = Edit(Write(rules, null, Zh), e => e.Set(Inputs, "F8", "D"));

        var error = Assert.Single(Read(rules, bytes).Diagnostics);

        Assert.Equal("yangxi.xlsx:输入!F8: error PE0404: Input 'level' must be one of A, B, C, not 'D'.", error.ToString());
    }

    [Fact]
    public void Write_Yangxi_ValueCellsCarryTheDataValidationOfTheirDeclarations()
    {
        var bytes = Write(Yangxi.Value, null, Zh);

        var checks = Validations(bytes, Inputs);

        var rules = Yangxi.Value.Definition;
        Assert.Equal(rules.Inputs.Count, checks.Count);
        foreach (var input in rules.Inputs)
        {
            var check = checks[ValueCell(Yangxi.Value, input.Name)];
            if (input.Type == Rules.InputType.Boolean)
            {
                Assert.Equal(("list", null, "\"是,否\"", null), check);
            }
            else if (input.Type == Rules.InputType.Integer)
            {
                Assert.Equal(("whole", "greaterThanOrEqual", input.Min == 1m ? "1" : "0", null), check);
            }
            else
            {
                Assert.Equal(("decimal", "greaterThanOrEqual", "0", null), check);
            }
        }

        var scores = Validations(bytes, Judgements);
        Assert.Equal(14, scores.Count);
        Assert.Equal(("decimal", "between", "0", "4"), scores["E4"]);
        Assert.Equal(("decimal", "between", "0", "20"), scores.Values.Last());
    }

    [Fact]
    public void Write_RulesWithEveryKindOfInput_ChecksEachAsDeclared()
    {
        var checks = Validations(Write(RatioRules(), null, En), "Inputs");

        Assert.Equal(("decimal", "between", "0", "1"), checks["F7"]);
        Assert.Equal(("list", null, "\"A,B,C\"", null), checks["F8"]);
        Assert.Equal(("whole", "lessThanOrEqual", "100", null), checks["F9"]);
        Assert.Equal(("custom", null, "ISNUMBER(F10)", null), checks["F10"]);
        Assert.Equal(("list", null, "\"true,false\"", null), checks["F11"]);
        Assert.False(checks.ContainsKey("F12"));
    }

    [Fact]
    public void Write_YangxiChinese_HasTheHeaderRowsAndOneRowPerInput()
    {
        using var book = new WorkbookReader(Prefilled(Yangxi.Value, "yangxi-2023.json", Zh));

        Assert.Equal(new[] { "输入", "评价" }, book.SheetNames);
        Assert.Equal("阳西县部门整体支出绩效自评（2023年度）填报表", book.Value(Inputs, "A1"));
        Assert.Equal(new object?[] { "单位名称", "阳西县土地储备和城市更新事务中心", "年度", 2023m, "规则", "yangxi-department-overall@1.0.0" }, new[] { "A2", "B2", "A3", "B3", "A4", "B4" }.Select(r => book.Value(Inputs, r)));
        Assert.Equal(new object[] { "名称", "中文说明", "单位", "类型", "取值范围", "填报值" }, new[] { "A6", "B6", "C6", "D6", "E6", "F6" }.Select(r => book.Value(Inputs, r)!));
        Assert.Equal(new object?[] { "actual_spending", "实际支出", "万元", "数值", "[0, +∞)", 2679.48m }, new[] { "A10", "B10", "C10", "D10", "E10", "F10" }.Select(r => book.Value(Inputs, r)));
        Assert.Equal(new object?[] { "procurement_budget", "数值，选填", null }, new[] { "A18", "D18", "F18" }.Select(r => book.Value(Inputs, r)));
        Assert.Equal(new object?[] { "budget_disclosed", "是否", "是 / 否", "是" }, new[] { "A30", "D30", "E30", "F30" }.Select(r => book.Value(Inputs, r)));
        Assert.Equal(new object[] { "指标编号", "指标", "分值", "评分标准", "自评得分", "理由" }, new[] { "A3", "B3", "C3", "D3", "E3", "F3" }.Select(r => book.Value(Judgements, r)!));
        Assert.Equal(new object?[] { "budget_rationality", "预算编制合理性", 4m, 4m }, new[] { "A4", "B4", "C4", "E4" }.Select(r => book.Value(Judgements, r)));
        Assert.Equal(34d, book.Width(Inputs, 1));
        Assert.Equal(20d, book.Width(Inputs, 6));
    }

    [Fact]
    public void Write_ValueCells_AreUnlockedAndFilledAndTheLabelsAreNot()
    {
        var bytes = Write(Yangxi.Value, null, Zh);
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var sheet = ((WorksheetPart)document.WorkbookPart.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().First().Id!)).Worksheet;
        CellFormat Format(string reference) => formats[(int)sheet.Descendants<Cell>().Single(c => c.CellReference == reference).StyleIndex!.Value];

        Assert.False(Format("F10").Protection!.Locked!.Value);
        Assert.False(Format("B2").Protection!.Locked!.Value);
        Assert.Null(Format("A10").Protection);
        Assert.NotEqual(Format("A10").FillId!.Value, Format("F10").FillId!.Value);
    }

    [Fact]
    public void Unused_InputWithAnUndeclaredName_ListsIt()
    {
        var input = InputValues.CreateBuilder().Set("actual_spending", 1m).Set("not_declared", 2m).Judge("budget_execution_rate", 1m, "x").Build();

        Assert.Equal(new[] { "not_declared", "budget_execution_rate" }, InputWorkbook.Unused(Yangxi.Value.Definition, input));
    }

    [Fact]
    public void AsShown_Numbers_RoundTo15SignificantDigits()
    {
        Assert.Equal(0m, InputWorkbook.AsShown(0m));
        Assert.Equal(-0.1m, InputWorkbook.AsShown(-0.10000000000000000555m));
        Assert.Equal("1", InputWorkbook.AsShown(1.000m).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    internal static byte[] Write(CompiledRuleSet rules, InputValues? prefill, RenderOptions options)
    {
        using var stream = new MemoryStream();
        InputWorkbook.Write(stream, rules.Definition, prefill, options);
        return stream.ToArray();
    }

    private static byte[] Prefilled(CompiledRuleSet rules, string sample, RenderOptions options)
        => Write(rules, JsonInputReader.ReadFile(Repo.Samples(sample)).GetValueOrThrow(), options);

    private static Result<InputValues> Read(CompiledRuleSet rules, byte[] bytes) => InputWorkbook.Read(new MemoryStream(bytes), Source, rules.Definition);

    private static Scorecard Score(CompiledRuleSet rules, byte[] bytes)
    {
        var read = Read(rules, bytes);
        Assert.True(read.IsSuccess, string.Join("\n", read.Diagnostics));
        Assert.Empty(read.Diagnostics);
        return rules.Evaluate(read.Value!).GetValueOrThrow();
    }

    private static byte[] Edit(byte[] bytes, Action<WorkbookEditor> edit) => WorkbookEditor.Edit(bytes, edit);

    /// <summary>An edit written as <c>sheet!cell=kind:value</c> or <c>sheet=delete</c>.</summary>
    internal static void Apply(WorkbookEditor editor, string edit)
    {
        var (target, change) = (edit[..edit.IndexOf('=')], edit[(edit.IndexOf('=') + 1)..]);
        if (change == "delete")
        {
            editor.DeleteSheet(target);
            return;
        }

        var (sheet, cell) = (target[..target.IndexOf('!')], target[(target.IndexOf('!') + 1)..]);
        var colon = change.IndexOf(':');
        var (kind, value) = colon < 0 ? (change, string.Empty) : (change[..colon], change[(colon + 1)..]);
        _ = kind switch
        {
            "text" => editor.Set(sheet, cell, value),
            "number" => editor.Set(sheet, cell, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)),
            "bool" => editor.Set(sheet, cell, bool.Parse(value)),
            "clear" => editor.Set(sheet, cell, null),
            "error" => editor.SetRaw(sheet, cell, value, CellValues.Error),
            "formula" => editor.SetRaw(sheet, cell, string.Empty, null, value),
            _ => throw new ArgumentException("Unknown edit: " + edit, nameof(edit)),
        };
    }

    /// <summary>The value cell of an input, found by its name in column A of the written workbook.</summary>
    private static string ValueCell(CompiledRuleSet rules, string name)
    {
        using var stream = new MemoryStream();
        InputWorkbook.Write(stream, rules.Definition, null, Zh);
        var found = Cells(stream.ToArray(), Inputs).Single(c => c.Key.StartsWith('A') && Equals(c.Value, name)).Key;
        return "F" + found[1..];
    }

    private static IReadOnlyDictionary<string, object> Cells(byte[] bytes, string sheet)
    {
        using var book = new WorkbookReader(bytes);
        return book.Values(sheet);
    }

    /// <summary>Each validated cell with the validation's type, operator and formulas, read back from the file.</summary>
    private static Dictionary<string, (string?, string?, string?, string?)> Validations(byte[] bytes, string sheet)
    {
        using var book = new WorkbookReader(bytes);
        return book.Sheet(sheet).Descendants<DataValidation>().ToDictionary(
            v => v.SequenceOfReferences!.InnerText!,
            v => (v.Type?.InnerText, v.Operator?.InnerText, v.Formula1?.Text, v.Formula2?.Text));
    }

    /// <summary>Every kind of input: a ratio in [0, 1], a choice, a whole number up to 100, an unbounded number, a condition, text.</summary>
    private static CompiledRuleSet RatioRules() => Some.Rules(Some.Header(10m) + """
        inputs:
          - { name: rate, type: decimal, unit: ratio, description: 执行率, min: 0, max: 1 }
          - { name: level, type: choice, choices: [A, B, C], description: 等级 }
          - { name: count, type: integer, max: 100, description: 个数 }
          - { name: amount, type: decimal, required: false, description: 金额 }
          - { name: flag, type: boolean, required: false }
          - { name: note, type: text, required: false }
        indicators:
          - id: execution
            name: 执行率
            weight: 8
            formula: weight * Min(1, rate)
          - { id: compliance, name: 合规性, weight: 2, judgement: { criteria: 合规 } }
        """);
}
