using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PerfEval.Inputs;
using PerfEval.Rendering;
using PerfEval.Rules;

namespace PerfEval.Office;

/// <summary>
/// The input of a rule set as an Excel workbook (.xlsx) an analyst fills in, and the filled workbook read back as an
/// <see cref="InputValues"/>. The 输入 sheet (Inputs) has one row per declared input: 名称, 中文说明, 单位, 类型,
/// 取值范围 and the value cell, above them the unit's name (单位名称); the 评价 sheet (Judgements) one row per judged
/// indicator: 指标编号, 指标, 分值, 评分标准, 自评得分, 理由. A project's rule set (rows groups) adds the 三级指标 sheet
/// (Rows): one line per third-level row, as the 项目支出绩效自评表 lists them. The value cells carry Excel data
/// validation: a 是/否 list for a condition, the choices for a choice, the declared bounds for a number.
/// </summary>
/// <remarks>
/// Rows are read by the name in their 名称 (or 指标编号) column, and columns by their header, so a sorted sheet or moved
/// columns read the same. Under <see cref="ReportLanguage.Chinese"/> the sheets and headers are Chinese, under
/// <see cref="ReportLanguage.English"/> English; <see cref="Read"/> reads either. The cells to fill in are pale yellow and
/// unlocked, so protecting a sheet in Excel locks everything else; the sheets are written unprotected so that an analyst
/// can still sort and widen them.
/// </remarks>
public static partial class InputWorkbook
{
    /// <summary>The largest workbook accepted, in bytes. <value>16 MiB, as for a JSON input.</value></summary>
    public const int MaxFileBytes = JsonInputReader.MaxFileBytes;

    /// <summary>The row of the 输入 sheet's column headers, under the title, the unit, the year, the rule set and the note.</summary>
    internal const int InputsHeaderRow = 6;

    /// <summary>The row of the 评价 sheet's column headers, under the title and the note.</summary>
    internal const int JudgementsHeaderRow = 3;

    /// <summary>The column of the value cells on the 输入 sheet (F) and of the scores on the 评价 sheet (E).</summary>
    internal const int ValueColumn = 6;

    internal const int ScoreColumn = 5;

    /// <summary>Writes the workbook to fill in, blank or pre-filled.</summary>
    /// <param name="stream">Where to write the .xlsx file; written from its current position and left open.</param>
    /// <param name="ruleSet">The rule set whose inputs and judgements the workbook asks for.</param>
    /// <param name="prefill">
    /// Values and judgements to fill in, e.g. read from a JSON input, or <see langword="null"/> for a blank workbook.
    /// Its subject fills 单位名称. Values of names the rule set does not declare, and judgements of indicators it does not
    /// judge, have no row and are left out (<see cref="Unused"/> lists them).
    /// </param>
    /// <param name="options">The language of the sheets' names and words. <value>Defaults to <see cref="RenderOptions.Default"/> (English).</value></param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="ruleSet"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The stream cannot be written.</exception>
    public static void Write(Stream stream, RuleSet ruleSet, InputValues? prefill = null, RenderOptions? options = null)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        if (ruleSet is null)
        {
            throw new ArgumentNullException(nameof(ruleSet));
        }

        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written.", nameof(stream));
        }

        options ??= RenderOptions.Default;
        var labels = InputWorkbookLabels.For(options);
        var inputs = InputsSheet(ruleSet, prefill, labels, out var inputChecks);
        var judgements = JudgementsSheet(ruleSet, prefill, options, labels, out var scoreChecks);
        var sheets = new List<(WorkbookSheet Sheet, List<DataValidation> Checks)> { (inputs, inputChecks) };
        if (ruleSet.RowGroups().Any())
        {
            sheets.Add((RowsSheet(ruleSet, prefill, labels, out var rowChecks), rowChecks));
        }

        sheets.Add((judgements, scoreChecks));

        // Packaging wants a seekable stream; standard output is not, so the file is built in memory and copied.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = InputWorkbookStyles.Create();
            var strings = new WorkbookStrings();
            var list = new Sheets();
            var names = new DefinedNames();
            for (var i = 0; i < sheets.Count; i++)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                var worksheet = sheets[i].Sheet.Build(strings);
                if (sheets[i].Checks.Count > 0)
                {
                    // Data validation comes after the merged cells and before the print options in a worksheet's schema.
                    worksheet.InsertBefore(new DataValidations(sheets[i].Checks) { Count = (uint)sheets[i].Checks.Count }, worksheet.GetFirstChild<PrintOptions>());
                }

                part.Worksheet = worksheet;
                list.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = (uint)(i + 1), Name = sheets[i].Sheet.Name });
                names.Append(new DefinedName(sheets[i].Sheet.PrintTitles()) { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
            }

            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Build();
            workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0u }), list, names);
            workbookPart.Workbook.Save();
        }

        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    /// <summary>What of an input has no row in the rule set's workbook: values of undeclared names, judgements of indicators not judged.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="prefill">The input.</param>
    /// <returns>The names and indicator ids <see cref="Write"/> leaves out, in order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<string> Unused(RuleSet ruleSet, InputValues prefill)
    {
        if (ruleSet is null)
        {
            throw new ArgumentNullException(nameof(ruleSet));
        }

        if (prefill is null)
        {
            throw new ArgumentNullException(nameof(prefill));
        }

        var declared = new HashSet<string>(ruleSet.Inputs.Select(i => i.Name), StringComparer.Ordinal);
        var judged = new HashSet<string>(Judged(ruleSet).Select(i => i.Id), StringComparer.Ordinal);
        return prefill.Values.Keys.Where(n => !declared.Contains(n)).OrderBy(n => n, StringComparer.Ordinal)
            .Concat(prefill.Judgements.Keys.Where(id => !judged.Contains(id)).OrderBy(id => id, StringComparer.Ordinal))
            .ToList();
    }

    private static WorkbookSheet InputsSheet(RuleSet ruleSet, InputValues? prefill, InputWorkbookLabels labels, out List<DataValidation> checks)
    {
        var sheet = new WorkbookSheet(labels.InputsSheet, 34, 40, 10, 14, 22, 20) { PrintTitleRow = InputsHeaderRow, FrozenRows = InputsHeaderRow };
        sheet.Merge(1, 1, 1, ValueColumn, labels.InputsTitle(ruleSet), WorkbookStyles.Title);
        sheet.Height(1, 30);
        sheet.Set(2, 1, ruleSet.RowGroups().Any() ? labels.Project : labels.Unit, WorkbookStyles.Label);
        sheet.Merge(2, 2, 2, ValueColumn, prefill?.Subject, InputWorkbookStyles.InputText);
        sheet.Set(3, 1, labels.Year, WorkbookStyles.Label);
        sheet.Merge(3, 2, 3, ValueColumn, ruleSet.FiscalYear, WorkbookStyles.ValueYear);
        sheet.Set(4, 1, labels.RuleSet, WorkbookStyles.Label);
        sheet.Merge(4, 2, 4, ValueColumn, ruleSet.Id + "@" + ruleSet.Version, WorkbookStyles.Value);
        sheet.Merge(5, 1, 5, ValueColumn, labels.InputsNote, WorkbookStyles.Value);
        var headers = new[] { labels.Name, labels.Description, labels.UnitHeader, labels.Type, labels.Range, labels.Value };
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Set(InputsHeaderRow, c + 1, headers[c], WorkbookStyles.Header);
        }

        checks = new List<DataValidation>();
        var row = InputsHeaderRow + 1;
        foreach (var input in ruleSet.Inputs)
        {
            sheet.Set(row, 1, input.Name, WorkbookStyles.Text);
            sheet.Set(row, 2, input.Description, WorkbookStyles.Text);
            sheet.Set(row, 3, labels.UnitName(input), WorkbookStyles.Centred);
            sheet.Set(row, 4, labels.TypeName(input), WorkbookStyles.Centred);
            sheet.Set(row, 5, labels.RangeText(input), WorkbookStyles.Centred);
            var given = prefill is not null && prefill.Values.TryGetValue(input.Name, out var value) ? value : null;
            sheet.Set(row, ValueColumn, Cell(given, labels), StyleOf(input));
            if (Check(input, WorkbookSheet.Reference(row, ValueColumn), labels) is { } check)
            {
                checks.Add(check);
            }

            row++;
        }

        return sheet;
    }

    private static WorkbookSheet JudgementsSheet(RuleSet ruleSet, InputValues? prefill, RenderOptions options, InputWorkbookLabels labels, out List<DataValidation> checks)
    {
        var sheet = new WorkbookSheet(labels.JudgementsSheet, 26, 22, 8, 46, 10, 46) { PrintTitleRow = JudgementsHeaderRow, FrozenRows = JudgementsHeaderRow };
        sheet.Merge(1, 1, 1, 6, labels.JudgementsTitle(ruleSet), WorkbookStyles.Title);
        sheet.Height(1, 30);
        sheet.Merge(2, 1, 2, 6, labels.JudgementsNote, WorkbookStyles.Value);
        var headers = new[] { labels.Id, labels.Indicator, labels.Points, labels.Criteria, labels.Score, labels.Reason };
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Set(JudgementsHeaderRow, c + 1, headers[c], WorkbookStyles.Header);
        }

        checks = new List<DataValidation>();
        var row = JudgementsHeaderRow + 1;
        foreach (var indicator in Judged(ruleSet))
        {
            var criteria = SelfEvaluationText.Criteria(ruleSet, indicator, options);
            if (!(indicator.AppliesWhen is null && indicator.Method is JudgementMethod))
            {
                criteria = (criteria is null ? string.Empty : criteria + (labels.IsChinese ? "。" : ". ")) + "(" + labels.Conditional + ")";
            }

            Judgement? given = null;
            _ = prefill?.Judgements.TryGetValue(indicator.Id, out given);
            sheet.Set(row, 1, indicator.Id, WorkbookStyles.Text);
            sheet.Set(row, 2, indicator.Name, WorkbookStyles.Text);
            sheet.Set(row, 3, indicator.Weight, WorkbookStyles.Centred);
            sheet.Set(row, 4, criteria, WorkbookStyles.Text);
            sheet.Set(row, ScoreColumn, given?.Score, InputWorkbookStyles.InputNumber);
            sheet.Set(row, 6, given?.Reason, InputWorkbookStyles.InputText);
            checks.Add(Between(DataValidationValues.Decimal, WorkbookSheet.Reference(row, ScoreColumn), 0m, indicator.Weight, labels.JudgementRange(indicator.Weight), labels));
            row++;
        }

        return sheet;
    }

    /// <summary>The leaves an evaluator scores: by judgement, or by alternatives one of which is a judgement.</summary>
    internal static IEnumerable<Indicator> Judged(RuleSet ruleSet) => Leaves(ruleSet.Indicators)
        .Where(l => l.Method is JudgementMethod || (l.Method is AlternativesMethod a && a.Options.Any(o => o.Method is JudgementMethod)));

    private static IEnumerable<Indicator> Leaves(IEnumerable<Indicator> indicators) => indicators.SelectMany(i => i.IsGroup ? Leaves(i.Children) : new[] { i });

    private static object? Cell(InputValue? value, InputWorkbookLabels labels) => value?.Kind switch
    {
        InputValueKind.Number => value.Number,
        InputValueKind.Boolean => value.Boolean ? labels.Yes : labels.No,
        InputValueKind.Text => value.Text,
        _ => null,
    };

    private static uint StyleOf(InputDefinition input) => input.Type switch
    {
        InputType.Decimal when input.Unit == "ratio" => InputWorkbookStyles.InputPercent,
        InputType.Decimal or InputType.Integer => InputWorkbookStyles.InputNumber,
        InputType.Boolean or InputType.Choice => InputWorkbookStyles.InputChoice,
        _ => InputWorkbookStyles.InputText,
    };

    /// <summary>The data validation of an input's value cell, or <see langword="null"/> for free text.</summary>
    private static DataValidation? Check(InputDefinition input, string cell, InputWorkbookLabels labels)
    {
        var prompt = input.Description;
        switch (input.Type)
        {
            case InputType.Boolean:
                return List(cell, new[] { labels.Yes, labels.No }, prompt, labels);
            case InputType.Choice:
                // An in-cell list holds at most 255 characters and no commas; a longer list is left to the reader's check.
                var joined = string.Join(",", input.Choices);
                return joined.Length <= 255 && input.Choices.All(c => c.IndexOf(',') < 0 && c.IndexOf('"') < 0) ? List(cell, input.Choices, prompt, labels) : null;
            case InputType.Decimal or InputType.Integer:
                var type = input.Type == InputType.Integer ? DataValidationValues.Whole : DataValidationValues.Decimal;
                var range = labels.RangeText(input);
                if (input.Min is null && input.Max is null)
                {
                    // Any number, but a number: text typed in the cell is turned away.
                    return Validation(DataValidationValues.Custom, null, cell, "ISNUMBER(" + cell + ")", null, prompt, input.Type == InputType.Integer ? labels.NotWhole : labels.NotNumber, labels);
                }

                return Between(type, cell, input.Min, input.Max, range!, labels, prompt);
            default:
                return null;
        }
    }

    private static DataValidation List(string cell, IEnumerable<string> items, string? prompt, InputWorkbookLabels labels)
        => Validation(DataValidationValues.List, null, cell, "\"" + string.Join(",", items) + "\"", null, prompt, labels.NotListed, labels);

    private static DataValidation Between(DataValidationValues type, string cell, decimal? min, decimal? max, string range, InputWorkbookLabels labels, string? prompt = null)
    {
        var error = labels.RangeError + " " + range;
        return (min, max) switch
        {
            ({ } low, { } high) => Validation(type, DataValidationOperatorValues.Between, cell, Number(low), Number(high), prompt, error, labels),
            ({ } low, null) => Validation(type, DataValidationOperatorValues.GreaterThanOrEqual, cell, Number(low), null, prompt, error, labels),
            _ => Validation(type, DataValidationOperatorValues.LessThanOrEqual, cell, Number(max!.Value), null, prompt, error, labels),
        };
    }

    private static DataValidation Validation(DataValidationValues type, DataValidationOperatorValues? op, string cell, string formula1, string? formula2, string? prompt, string error, InputWorkbookLabels labels)
    {
        var validation = new DataValidation
        {
            Type = type,
            Operator = op,
            AllowBlank = true,
            ShowInputMessage = prompt is not null,
            ShowErrorMessage = true,
            ErrorStyle = DataValidationErrorStyleValues.Stop,
            ErrorTitle = labels.IsChinese ? "填报值有误" : "Invalid value",
            Error = error,
            PromptTitle = prompt is null ? null : labels.Value,
            Prompt = prompt,
            SequenceOfReferences = new DocumentFormat.OpenXml.ListValue<DocumentFormat.OpenXml.StringValue>(new[] { new DocumentFormat.OpenXml.StringValue(cell) }),
        };
        validation.Append(new Formula1(formula1));
        if (formula2 is not null)
        {
            validation.Append(new Formula2(formula2));
        }

        return validation;
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
