using System;
using System.Collections.Generic;
using System.Linq;
using DocumentFormat.OpenXml.Spreadsheet;
using PerfEval.Inputs;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Office;

/// <summary>
/// The 三级指标 sheet (Rows) of a project's workbook: one line per third-level row, with 一级指标, 二级指标, 三级指标,
/// 分值, 年度指标值, 实际完成值, 定性档次, 自评得分, 偏差原因分析及改进措施 and 是否考核, written blank (one line per kind)
/// or pre-filled, and read back into <see cref="InputRow"/>s that name their sheet and cell.
/// </summary>
public static partial class InputWorkbook
{
    /// <summary>The row of the 三级指标 sheet's column headers, under the title and the note.</summary>
    internal const int RowsHeaderRow = 3;

    /// <summary>How many lines below the header the sheet's data validation covers, for rows an analyst inserts.</summary>
    private const int RowsValidated = 300;

    /// <summary>The headers of the sheet, in its column order (the reader finds each by its words, in either language).</summary>
    private static string[] RowHeaders(InputWorkbookLabels l) => new[] { l.Level1, l.Level2, l.Level3, l.Points, l.Target, l.Actual, l.Grade, l.Score, l.RowReason, l.Applies };

    private static WorkbookSheet RowsSheet(RuleSet ruleSet, InputValues? prefill, InputWorkbookLabels labels, out List<DataValidation> checks)
    {
        var sheet = new WorkbookSheet(labels.RowsSheet, 14, 18, 26, 8, 18, 18, 26, 10, 40, 10) { PrintTitleRow = RowsHeaderRow, FrozenRows = RowsHeaderRow };
        var headers = RowHeaders(labels);
        sheet.Merge(1, 1, 1, headers.Length, labels.RowsTitle(ruleSet), WorkbookStyles.Title);
        sheet.Height(1, 30);
        sheet.Merge(2, 1, 2, headers.Length, labels.RowsNote, WorkbookStyles.Value);
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Set(RowsHeaderRow, c + 1, headers[c], WorkbookStyles.Header);
        }

        var groups = ruleSet.RowGroups().ToList();
        var lines = prefill is { Rows.Count: > 0 }
            ? prefill.Rows.Select(r => (r.Level1, r.Level2, (InputRow?)r)).ToList()
            : groups.SelectMany(g => g.Rows!.Kinds.Select(k => (g.Name, k.Name, (InputRow?)null))).ToList();
        var row = RowsHeaderRow + 1;
        foreach (var (level1, level2, given) in lines)
        {
            sheet.Set(row, 1, level1, InputWorkbookStyles.InputText);
            sheet.Set(row, 2, level2, InputWorkbookStyles.InputText);
            sheet.Set(row, 3, given?.Name, InputWorkbookStyles.InputText);
            sheet.Set(row, 4, given?.Points, InputWorkbookStyles.InputNumber);
            sheet.Set(row, 5, given?.Target, InputWorkbookStyles.InputAsText);
            sheet.Set(row, 6, given?.Actual, InputWorkbookStyles.InputAsText);
            sheet.Set(row, 7, given?.Grade, InputWorkbookStyles.InputChoice);
            sheet.Set(row, 8, given?.Score, InputWorkbookStyles.InputNumber);
            sheet.Set(row, 9, given?.Reason, InputWorkbookStyles.InputText);
            sheet.Set(row, 10, given is { Applies: false } ? labels.No : null, InputWorkbookStyles.InputChoice);
            row++;
        }

        var last = RowsHeaderRow + Math.Max(lines.Count, RowsValidated);
        string Column(int column) => WorkbookSheet.Reference(RowsHeaderRow + 1, column) + ":" + WorkbookSheet.Reference(last, column);
        checks = new List<DataValidation>
        {
            Between(DataValidationValues.Decimal, Column(4), 0m, null, "≥ 0", labels),
            Between(DataValidationValues.Decimal, Column(8), 0m, null, "≥ 0", labels),
            List(Column(10), new[] { labels.Yes, labels.No }, null, labels),
        };
        AddList(checks, Column(1), groups.Select(g => g.Name), labels);
        AddList(checks, Column(2), groups.SelectMany(g => g.Rows!.Kinds.Select(k => k.Name)).Distinct(StringComparer.Ordinal), labels);
        AddList(checks, Column(7), ruleSet.QualitativeGrades.Select(g => g.Label), labels);
        return sheet;
    }

    /// <summary>An in-cell list, when its items fit one (at most 255 characters, no commas or quotes); else no check, the reader's suffices.</summary>
    private static void AddList(List<DataValidation> checks, string cells, IEnumerable<string> items, InputWorkbookLabels labels)
    {
        var list = items.ToList();
        if (list.Count > 0 && string.Join(",", list).Length <= 255 && list.All(i => i.IndexOf(',') < 0 && i.IndexOf('"') < 0))
        {
            checks.Add(List(cells, list, null, labels));
        }
    }

    private sealed partial class SheetReader
    {
        /// <summary>Reads the 三级指标 sheet: each line with a 三级指标 is a row; a line with nothing but its level names is a blank template line.</summary>
        private void ReadRows(string sheet, SortedDictionary<int, SortedDictionary<int, CellContent>> cells)
        {
            var headers = RowHeaders(InputWorkbookLabels.Chinese).Zip(RowHeaders(InputWorkbookLabels.English), (zh, en) => (zh, en)).ToArray();
            var (header, columns) = FindHeader(cells, headers);
            if (header == 0)
            {
                SheetError(Codes.MissingColumn, sheet, Messages.MissingRowColumns.With(NameList.QuotedOf(headers.Select(h => h.zh)), NameList.QuotedOf(headers.Select(h => h.en))));
                return;
            }

            foreach (var line in cells.Where(r => r.Key > header))
            {
                var at = line.Key.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var c = columns.Select(column => Get(line, column)).ToArray();
                var (level1, level2, name, points, target, actual, grade, score, reason, applies) = (c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]);
                if (name.Kind == CellKind.Empty)
                {
                    if (c.Skip(3).Any(x => x.Kind != CellKind.Empty))
                    {
                        Error(Codes.RowNotScorable, sheet, name.Reference, Messages.RowWithoutName.With(at, headers[2].zh));
                    }

                    continue;
                }

                var ok = true;
                string Text(CellContent cell, int header, bool figure = false)
                {
                    switch (cell.Kind)
                    {
                        case CellKind.Empty:
                            return string.Empty;
                        case CellKind.Text:
                            return cell.Text.Trim();
                        case CellKind.Number when figure:
                            Error(Codes.WrongInputType, sheet, cell.Reference, Messages.RowFigureIsNumber.With(at, headers[header].zh, cell.Shown));
                            break;
                        default:
                            Error(Codes.WrongInputType, sheet, cell.Reference, Messages.RowCellNotText.With(at, headers[header].zh, cell.Shown));
                            break;
                    }

                    ok = false;
                    return string.Empty;
                }

                decimal? Number(CellContent cell, int header)
                {
                    switch (cell.Kind)
                    {
                        case CellKind.Empty:
                            return null;
                        case CellKind.Number:
                            return cell.Number;
                        case CellKind.Text when IsNumberText(cell.Text):
                            Error(Codes.NumberAsText, sheet, cell.Reference, Messages.RowCellAsText.With(at, headers[header].zh, cell.Text));
                            break;
                        default:
                            Error(Codes.WrongInputType, sheet, cell.Reference, Messages.RowCellNotNumber.With(at, headers[header].zh, cell.Shown));
                            break;
                    }

                    ok = false;
                    return null;
                }

                var rowPoints = Number(points, 3);
                if (points.Kind == CellKind.Empty)
                {
                    Error(Codes.RowNotScorable, sheet, points.Reference, Messages.RowCellNotNumber.With(at, headers[3].zh, string.Empty));
                    ok = false;
                }

                var assessed = applies.Kind switch
                {
                    CellKind.Empty => true,
                    CellKind.Boolean => applies.Boolean,
                    CellKind.Text when YesOrNo(applies.Text) is { } flag => flag,
                    _ => (bool?)null,
                };
                if (assessed is null)
                {
                    Error(Codes.NotYesOrNo, sheet, applies.Reference, Messages.RowAppliesNotYesOrNo.With(at, headers[9].zh, applies.Shown));
                    ok = false;
                }

                var row = new InputRow(Text(level1, 0), Text(level2, 1), Text(name, 2), rowPoints ?? 0m)
                {
                    Target = Text(target, 4, figure: true) is { Length: > 0 } t ? t : null,
                    Actual = Text(actual, 5, figure: true) is { Length: > 0 } a ? a : null,
                    Grade = Text(grade, 6) is { Length: > 0 } g ? g : null,
                    Score = Number(score, 7),
                    Reason = Text(reason, 8) is { Length: > 0 } r ? r : null,
                    Applies = assessed ?? true,
                    Sheet = sheet,
                    Cell = name.Reference,
                };
                if (ok)
                {
                    builder.Row(row);
                }
            }
        }
    }
}
