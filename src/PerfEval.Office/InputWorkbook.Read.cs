using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PerfEval.Inputs;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Office;

/// <summary>Reading a filled-in workbook: the 输入 and 评价 sheets, row by row, keyed by name.</summary>
public static partial class InputWorkbook
{
    /// <summary>
    /// Reads a filled-in workbook (one written by <see cref="Write"/>, or any with the same sheets and column headers in
    /// Chinese or English). An empty cell is not given. A condition reads 是/否, true/false (any case) or an Excel
    /// TRUE/FALSE; a number reads as Excel shows it, to 15 significant digits, and a percentage cell (96.57%) as the
    /// number it holds (0.9657); a number stored as text is an error, never a guess.
    /// </summary>
    /// <param name="stream">The .xlsx file, read from its current position; left open.</param>
    /// <param name="source">The name used in diagnostics, e.g. the file's name.</param>
    /// <param name="rules">The rule set the workbook was made for: each value is checked against its declaration.</param>
    /// <returns>
    /// The input, or every problem, each naming its sheet and cell (<see cref="Diagnostic.Sheet"/>,
    /// <see cref="Diagnostic.Cell"/>; <c>filled.xlsx:输入!F9: error …</c>). A value missing from a required input is not a
    /// reading problem: scoring names it, as it does for JSON.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static Result<InputValues> Read(Stream stream, string source, RuleSet rules)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        if (source is null)
        {
            throw new ArgumentNullException(nameof(source));
        }

        if (rules is null)
        {
            throw new ArgumentNullException(nameof(rules));
        }

        var sink = new DiagnosticSink(source);
        if (Buffer(stream, sink) is not { } bytes)
        {
            return Result<InputValues>.OfInput(null, sink.Sorted());
        }

        var builder = InputValues.CreateBuilder().Source(source);
        try
        {
            using var document = SpreadsheetDocument.Open(bytes, isEditable: false, new OpenSettings { MaxCharactersInPart = 8L * MaxFileBytes });
            var reader = new SheetReader(document, sink, source, rules, builder);
            reader.Run();
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FormatException or XmlException or IOException or InvalidOperationException or InvalidCastException)
        {
            sink.Error(Codes.NotAWorkbook, Messages.NotAWorkbook.With(ex.Message));
        }

        return Result<InputValues>.OfInput(sink.HasErrors ? null : builder.Build(), sink.Sorted());
    }

    /// <summary>The workbook's bytes, within the size limit, or <see langword="null"/> with the reason.</summary>
    private static MemoryStream? Buffer(Stream stream, DiagnosticSink sink)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int count;
        while ((count = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + count > MaxFileBytes)
            {
                sink.Error(Codes.FileTooLarge, Messages.WorkbookTooLarge.With(MaxFileBytes));
                return null;
            }

            buffer.Write(chunk, 0, count);
        }

        buffer.Position = 0;
        return buffer;
    }

    /// <summary>What a cell holds, as read.</summary>
    private enum CellKind
    {
        Empty,
        Number,
        Text,
        Boolean,

        /// <summary>An error value (#DIV/0!, #N/A) or a formula without a stored result.</summary>
        Unreadable,
    }

    private readonly record struct CellContent(CellKind Kind, decimal Number, string Text, bool Boolean, string Reference)
    {
        /// <summary>The content as the cell shows it, for a message.</summary>
        public string Shown => Kind switch
        {
            CellKind.Number => Number.ToString(CultureInfo.InvariantCulture),
            CellKind.Boolean => Boolean ? "TRUE" : "FALSE",
            _ => Text,
        };
    }

    /// <summary>Reads the two sheets of one workbook into a builder, reporting into a sink.</summary>
    private sealed partial class SheetReader
    {
        private readonly SpreadsheetDocument document;
        private readonly DiagnosticSink sink;
        private readonly string source;
        private readonly RuleSet rules;
        private readonly InputValuesBuilder builder;
        private readonly string[] strings;

        public SheetReader(SpreadsheetDocument document, DiagnosticSink sink, string source, RuleSet rules, InputValuesBuilder builder)
        {
            this.document = document;
            this.sink = sink;
            this.source = source;
            this.rules = rules;
            this.builder = builder;
            strings = document.WorkbookPart?.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(RichText).ToArray() ?? Array.Empty<string>();
        }

        public void Run()
        {
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("it has no workbook part");
            var sheets = workbook.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? new List<Sheet>();
            var inputs = sheets.FirstOrDefault(s => s.Name?.Value is { } n && InputWorkbookLabels.IsInputsSheet(n));
            var judgements = sheets.FirstOrDefault(s => s.Name?.Value is { } n && InputWorkbookLabels.IsJudgementsSheet(n));
            var names = sheets.Count == 0 ? (object)Messages.NoSheets.With() : NameList.Of(sheets.Select(s => s.Name?.Value ?? string.Empty));
            if (inputs is null)
            {
                SheetError(Codes.MissingSheet, InputWorkbookLabels.Chinese.InputsSheet, Messages.MissingSheet.With(InputWorkbookLabels.Chinese.InputsSheet, InputWorkbookLabels.English.InputsSheet, Messages.OfInputs.With(), names));
            }
            else
            {
                ReadInputs(inputs.Name!.Value!, Cells(workbook, inputs));
            }

            var rows = sheets.FirstOrDefault(s => s.Name?.Value is { } n && InputWorkbookLabels.IsRowsSheet(n));
            if (rows is not null)
            {
                ReadRows(rows.Name!.Value!, Cells(workbook, rows));
            }
            else if (rules.RowGroups().Any())
            {
                SheetError(Codes.MissingSheet, InputWorkbookLabels.Chinese.RowsSheet, Messages.MissingSheet.With(InputWorkbookLabels.Chinese.RowsSheet, InputWorkbookLabels.English.RowsSheet, Messages.OfRows.With(), names));
            }

            if (judgements is null)
            {
                // A rule set without judged indicators needs no such sheet.
                if (Judged(rules).Any())
                {
                    SheetError(Codes.MissingSheet, InputWorkbookLabels.Chinese.JudgementsSheet, Messages.MissingSheet.With(InputWorkbookLabels.Chinese.JudgementsSheet, InputWorkbookLabels.English.JudgementsSheet, Messages.OfJudgements.With(), names));
                }
            }
            else
            {
                ReadJudgements(judgements.Name!.Value!, Cells(workbook, judgements));
            }
        }

        private void ReadInputs(string sheet, SortedDictionary<int, SortedDictionary<int, CellContent>> cells)
        {
            var (header, columns) = FindHeader(cells, (InputWorkbookLabels.Chinese.Name, InputWorkbookLabels.English.Name), (InputWorkbookLabels.Chinese.Value, InputWorkbookLabels.English.Value));
            if (header == 0)
            {
                SheetError(Codes.MissingColumn, sheet, Messages.MissingValueColumns.With(InputWorkbookLabels.Chinese.Name, InputWorkbookLabels.Chinese.Value, InputWorkbookLabels.English.Name, InputWorkbookLabels.English.Value));
                return;
            }

            ReadHeaderBlock(sheet, cells, header);
            var (nameColumn, valueColumn) = (columns[0], columns[1]);
            var declared = rules.Inputs.ToDictionary(i => i.Name, StringComparer.Ordinal);
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var row in cells.Where(r => r.Key > header))
            {
                var name = Get(row, nameColumn);
                var value = Get(row, valueColumn);
                if (name.Kind == CellKind.Empty)
                {
                    if (value.Kind != CellKind.Empty)
                    {
                        Error(Codes.UnknownInput, sheet, value.Reference, Messages.ValueWithoutName.With(value.Shown, WorkbookSheet.ColumnName(nameColumn)));
                    }

                    continue;
                }

                var text = name.Shown.Trim();
                if (!declared.TryGetValue(text, out var input))
                {
                    var hint = Spelling.Closest(text, declared.Keys);
                    Error(Codes.UnknownInput, sheet, name.Reference, Messages.UnknownInput.With(text, rules.Id, hint is null ? null : Messages.DidYouMean.With(hint)));
                    continue;
                }

                if (seen.TryGetValue(text, out var first))
                {
                    Error(Codes.DuplicateRow, sheet, name.Reference, Messages.DuplicateInputRow.With(text, sheet, first));
                    continue;
                }

                seen.Add(text, name.Reference);
                if (Value(sheet, input, value) is { } read)
                {
                    builder.Set(text, read);
                }
            }
        }

        /// <summary>
        /// The header block above the header row: the unit's name right of 单位名称 (or 项目名称), and right of 规则 the
        /// rule set the workbook was written for, a warning when it is not the one reading it.
        /// </summary>
        private void ReadHeaderBlock(string sheet, SortedDictionary<int, SortedDictionary<int, CellContent>> cells, int header)
        {
            foreach (var row in cells.Where(r => r.Key < header))
            {
                foreach (var cell in row.Value.Where(c => c.Value.Kind == CellKind.Text))
                {
                    var label = cell.Value.Text.Trim();
                    var value = Get(row, cell.Key + 1);
                    if (label == InputWorkbookLabels.Chinese.Unit || label == InputWorkbookLabels.English.Unit || label == InputWorkbookLabels.Chinese.Project || label == InputWorkbookLabels.English.Project)
                    {
                        switch (value.Kind)
                        {
                            case CellKind.Text:
                                builder.Subject(value.Text.Trim());
                                break;
                            case CellKind.Empty:
                                break;
                            default:
                                Error(Codes.WrongInputType, sheet, value.Reference, Messages.SubjectNotText.With(value.Shown));
                                break;
                        }
                    }
                    else if ((label == InputWorkbookLabels.Chinese.RuleSet || label == InputWorkbookLabels.English.RuleSet) && value.Kind == CellKind.Text
                        && value.Text.Trim() is var written && written != rules.Id + "@" + rules.Version)
                    {
                        sink.Add(new Diagnostic(Codes.OtherRuleSet, DiagnosticSeverity.Warning, Messages.WorkbookForOtherRuleSet.With(written, rules.Id + "@" + rules.Version), source, sheet, value.Reference));
                    }
                }
            }
        }

        /// <summary>A value cell as the input's declared type, or <see langword="null"/> when empty or in error (reported).</summary>
        private InputValue? Value(string sheet, InputDefinition input, CellContent cell)
        {
            var name = input.Name;
            switch (cell.Kind)
            {
                case CellKind.Empty:
                    return null;
                case CellKind.Unreadable:
                    Error(Codes.UnreadableCell, sheet, cell.Reference, Messages.UnreadableCell.With(name, cell.Text));
                    return null;
            }

            switch (input.Type)
            {
                case InputType.Decimal or InputType.Integer:
                    if (cell.Kind == CellKind.Text)
                    {
                        if (IsNumberText(cell.Text))
                        {
                            Error(Codes.NumberAsText, sheet, cell.Reference, Messages.NumberAsText.With(name, cell.Text));
                        }
                        else
                        {
                            Error(Codes.WrongInputType, sheet, cell.Reference, Messages.InputNotNumberText.With(name, input.Type == InputType.Integer ? Messages.AWholeNumber.With() : Messages.ANumber.With(), cell.Text));
                        }

                        return null;
                    }

                    if (cell.Kind == CellKind.Boolean)
                    {
                        Error(Codes.WrongInputType, sheet, cell.Reference, Messages.WrongInputType.With(name, Messages.ANumber.With(), cell.Shown));
                        return null;
                    }

                    if (input.Type == InputType.Integer && cell.Number != decimal.Truncate(cell.Number))
                    {
                        Error(Codes.WrongInputType, sheet, cell.Reference, Messages.WrongInputType.With(name, Messages.AWholeNumber.With(), cell.Shown));
                        return null;
                    }

                    if ((input.Min is { } min && cell.Number < min) || (input.Max is { } max && cell.Number > max))
                    {
                        var unit = input.Unit is null ? string.Empty : $" ({input.Unit})";
                        Error(Codes.InputOutOfRange, sheet, cell.Reference, Messages.InputOutOfRange.With(name, cell.Shown, new NumericRange(input.Min, true, input.Max, true).ToString(), unit));
                        return null;
                    }

                    return InputValue.Of(cell.Number);
                case InputType.Boolean:
                    if (cell.Kind == CellKind.Boolean)
                    {
                        return InputValue.Of(cell.Boolean);
                    }

                    if (cell.Kind == CellKind.Text && YesOrNo(cell.Text) is { } flag)
                    {
                        return InputValue.Of(flag);
                    }

                    Error(Codes.NotYesOrNo, sheet, cell.Reference, Messages.NotYesOrNo.With(name, cell.Kind == CellKind.Text ? "\"" + cell.Text + "\"" : cell.Shown));
                    return null;
                default:
                    if (cell.Kind != CellKind.Text)
                    {
                        Error(Codes.WrongInputType, sheet, cell.Reference, input.Type == InputType.Choice ? Messages.InputNotInChoices.With(name, NameList.Of(input.Choices), cell.Shown) : Messages.WrongInputType.With(name, Messages.AText.With(), cell.Shown));
                        return null;
                    }

                    var text = cell.Text.Trim();
                    if (input.Type == InputType.Choice && !input.Choices.Contains(text))
                    {
                        Error(Codes.InputOutOfRange, sheet, cell.Reference, Messages.InputNotInChoices.With(name, NameList.Of(input.Choices), text));
                        return null;
                    }

                    return InputValue.Of(text);
            }
        }

        private void ReadJudgements(string sheet, SortedDictionary<int, SortedDictionary<int, CellContent>> cells)
        {
            var ids = (InputWorkbookLabels.Chinese.Id, InputWorkbookLabels.English.Id);
            var scores = (InputWorkbookLabels.Chinese.Score, InputWorkbookLabels.English.Score);
            var reasons = (InputWorkbookLabels.Chinese.Reason, InputWorkbookLabels.English.Reason);
            var (header, columns) = FindHeader(cells, ids, scores, reasons);
            if (header == 0)
            {
                SheetError(Codes.MissingColumn, sheet, Messages.MissingJudgementColumns.With(ids.Item1, scores.Item1, reasons.Item1, ids.Item2, scores.Item2, reasons.Item2));
                return;
            }

            var judged = Judged(rules).ToDictionary(i => i.Id, StringComparer.Ordinal);
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var row in cells.Where(r => r.Key > header))
            {
                var id = Get(row, columns[0]);
                var score = Get(row, columns[1]);
                var reason = Get(row, columns[2]);
                if (id.Kind == CellKind.Empty)
                {
                    if (score.Kind != CellKind.Empty || reason.Kind != CellKind.Empty)
                    {
                        var at = score.Kind != CellKind.Empty ? score : reason;
                        Error(Codes.UnexpectedJudgement, sheet, at.Reference, Messages.JudgementWithoutId.With(WorkbookSheet.ColumnName(columns[0])));
                    }

                    continue;
                }

                var text = id.Shown.Trim();
                if (!judged.TryGetValue(text, out var indicator))
                {
                    var message = rules.FindIndicator(text) is { } other ? Messages.JudgementNotJudged.With(text, other.MethodKind is { } kind ? Messages.MethodNamed.With(kind) : Messages.ItsChildren.With()) : Messages.JudgementNoIndicator.With(text, rules.Id);
                    Error(Codes.UnexpectedJudgement, sheet, id.Reference, message);
                    continue;
                }

                if (seen.TryGetValue(text, out var first))
                {
                    Error(Codes.DuplicateRow, sheet, id.Reference, Messages.DuplicateJudgementRow.With(text, sheet, first), text);
                    continue;
                }

                seen.Add(text, id.Reference);
                if (Score(sheet, indicator, score, reason) is { } given)
                {
                    builder.Judge(text, given, reason.Kind == CellKind.Empty ? string.Empty : reason.Shown.Trim());
                }
            }
        }

        private decimal? Score(string sheet, Indicator indicator, CellContent score, CellContent reason)
        {
            var id = indicator.Id;
            switch (score.Kind)
            {
                case CellKind.Empty:
                    if (reason.Kind != CellKind.Empty)
                    {
                        sink.Add(new Diagnostic(Codes.MissingJudgement, DiagnosticSeverity.Warning, Messages.ScoreWithoutNumber.With(id, Number(indicator.Weight)), source, sheet, score.Reference, id));
                    }

                    return null;
                case CellKind.Number:
                    break;
                case CellKind.Unreadable:
                    Error(Codes.UnreadableCell, sheet, score.Reference, Messages.UnreadableScoreCell.With(id, score.Text), id);
                    return null;
                case CellKind.Text when IsNumberText(score.Text):
                    Error(Codes.NumberAsText, sheet, score.Reference, Messages.ScoreAsText.With(id, score.Text), id);
                    return null;
                default:
                    Error(Codes.WrongInputType, sheet, score.Reference, Messages.ScoreNotNumber.With(id, score.Shown), id);
                    return null;
            }

            if (score.Number < 0m || score.Number > indicator.Weight)
            {
                Error(Codes.JudgementOutOfRange, sheet, score.Reference, Messages.JudgementOutOfRange.With(id, score.Shown, Number(indicator.Weight)), id);
                return null;
            }

            if (reason.Kind == CellKind.Empty || string.IsNullOrWhiteSpace(reason.Shown))
            {
                Error(Codes.JudgementWithoutReason, sheet, reason.Reference, Messages.JudgementWithoutReason.With(id), id);
                return null;
            }

            return score.Number;
        }

        private void Error(string code, string sheet, string cell, DiagnosticMessage message, string? indicatorId = null)
            => sink.Add(new Diagnostic(code, DiagnosticSeverity.Error, message, source, sheet, cell, indicatorId));

        private void SheetError(string code, string sheet, DiagnosticMessage message)
            => sink.Add(new Diagnostic(code, DiagnosticSeverity.Error, message, source, sheet, null));

        /// <summary>The first row holding every one of the headers (each in either language), and their columns; 0 when none does.</summary>
        private static (int Row, int[] Columns) FindHeader(SortedDictionary<int, SortedDictionary<int, CellContent>> cells, params (string Chinese, string English)[] headers)
        {
            foreach (var row in cells)
            {
                var columns = new int[headers.Length];
                for (var h = 0; h < headers.Length; h++)
                {
                    columns[h] = row.Value.FirstOrDefault(c => c.Value.Kind == CellKind.Text && c.Value.Text.Trim() is var t && (t == headers[h].Chinese || t == headers[h].English)).Key;
                }

                if (columns.All(c => c > 0))
                {
                    return (row.Key, columns);
                }
            }

            return (0, Array.Empty<int>());
        }

        private static CellContent Get(KeyValuePair<int, SortedDictionary<int, CellContent>> row, int column)
            => row.Value.TryGetValue(column, out var cell) ? cell : new CellContent(CellKind.Empty, 0m, string.Empty, false, WorkbookSheet.Reference(row.Key, column));

        /// <summary>Every cell of a sheet by row and column (1-based); cells with no reference follow the one before, as the format allows.</summary>
        private SortedDictionary<int, SortedDictionary<int, CellContent>> Cells(WorkbookPart workbook, Sheet sheet)
        {
            var rows = new SortedDictionary<int, SortedDictionary<int, CellContent>>();
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                return rows;
            }

            var rowNumber = 0;
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                rowNumber = row.RowIndex?.Value is { } index ? (int)index : rowNumber + 1;
                var cells = new SortedDictionary<int, CellContent>();
                var column = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : column + 1;
                    var content = Content(cell, WorkbookSheet.Reference(rowNumber, column));
                    if (content.Kind != CellKind.Empty)
                    {
                        cells[column] = content;
                    }
                }

                rows[rowNumber] = cells;
            }

            return rows;
        }

        private CellContent Content(Cell cell, string reference)
        {
            var raw = cell.CellValue?.Text;
            var type = cell.DataType?.Value;
            if (type == CellValues.InlineString)
            {
                return TextContent(cell.InlineString is { } inline ? RichText(inline) : string.Empty, reference);
            }

            if (raw is null)
            {
                return cell.CellFormula is not null
                    ? new CellContent(CellKind.Unreadable, 0m, "a formula with no computed result (open and save the workbook in Excel or WPS)", false, reference)
                    : new CellContent(CellKind.Empty, 0m, string.Empty, false, reference);
            }

            if (type == CellValues.SharedString)
            {
                var index = int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Length ? i : -1;
                return index < 0
                    ? new CellContent(CellKind.Unreadable, 0m, $"a reference to shared text {raw} that the workbook does not have", false, reference)
                    : TextContent(strings[index], reference);
            }

            if (type == CellValues.String || type == CellValues.Date)
            {
                return TextContent(raw, reference);
            }

            if (type == CellValues.Boolean)
            {
                return new CellContent(CellKind.Boolean, 0m, raw, raw.Trim() == "1", reference);
            }

            if (type == CellValues.Error)
            {
                return new CellContent(CellKind.Unreadable, 0m, "the error " + raw, false, reference);
            }

            if (string.IsNullOrWhiteSpace(raw))
            {
                return new CellContent(CellKind.Empty, 0m, string.Empty, false, reference);
            }

            return decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? new CellContent(CellKind.Number, AsShown(number), raw, false, reference)
                : new CellContent(CellKind.Unreadable, 0m, $"the number {raw}, which is beyond the range of decimal numbers", false, reference);
        }

        private static CellContent TextContent(string text, string reference)
            => new(string.IsNullOrWhiteSpace(text) ? CellKind.Empty : CellKind.Text, 0m, text, false, reference);

        /// <summary>The text of a shared or inline string: its plain text, or its runs' text (phonetic guides left out).</summary>
        private static string RichText(OpenXmlElement item)
            => item.GetFirstChild<Text>() is { } plain ? plain.Text : string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));
    }

    /// <summary>
    /// A number as Excel shows it: rounded to 15 significant digits, Excel's own precision, so that a stored
    /// 0.30000000000000004 reads as the 0.3 the analyst sees; trailing zeros dropped.
    /// </summary>
    internal static decimal AsShown(decimal number)
    {
        if (number == 0m)
        {
            return 0m;
        }

        var magnitude = Math.Abs(number);
        var digits = 0;
        if (magnitude >= 1m)
        {
            digits = decimal.Truncate(magnitude).ToString(CultureInfo.InvariantCulture).Length;
        }
        else
        {
            for (var x = magnitude; x < 0.1m; x *= 10m)
            {
                digits--;
            }
        }

        var places = 15 - digits;
        decimal rounded;
        if (places >= 0)
        {
            rounded = Math.Round(number, Math.Min(places, 28), MidpointRounding.AwayFromZero);
        }
        else
        {
            var scale = 1m;
            for (var i = 0; i < -places; i++)
            {
                scale *= 10m;
            }

            rounded = Math.Round(number / scale, MidpointRounding.AwayFromZero) * scale;
        }

        return rounded / 1.0000000000000000000000000000m;
    }

    /// <summary>是/否, true/false (any case), or <see langword="null"/>.</summary>
    internal static bool? YesOrNo(string text) => text.Trim() switch
    {
        "是" => true,
        "否" => false,
        var t when t.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
        var t when t.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
        _ => null,
    };

    /// <summary>Whether text reads as a number (with a percent sign or thousands separators too): a number stored as text.</summary>
    private static bool IsNumberText(string text)
    {
        var t = text.Trim().TrimEnd('%').Trim();
        return t.Length > 0 && decimal.TryParse(t, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out _);
    }

    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                column = (column * 26) + (c - 'A' + 1);
            }
            else if (c is >= 'a' and <= 'z')
            {
                column = (column * 26) + (c - 'a' + 1);
            }
            else
            {
                break;
            }
        }

        return column;
    }
}
