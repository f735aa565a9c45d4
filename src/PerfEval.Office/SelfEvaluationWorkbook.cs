using System;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Office;

/// <summary>
/// Writes the 绩效自评表 a finance bureau receives as an Excel workbook (.xlsx): the form itself (自评表: title, unit,
/// year, notice, total and grade, then every indicator with merged level cells, 分值, 评分标准, 自评得分 and 得分说明,
/// group subtotals and 合计), the calculation (计算过程: metrics, how each computed indicator scored, weight moves) and
/// the data checks (数据核对). Printed on A4 landscape, one page wide, the column headers on every page. A project's
/// scorecard (<see cref="Scorecard.HasRows"/>) gets the 项目支出绩效自评表 in the national layout instead: the header
/// with the 项目资金 lines and 年度总体目标, then every 三级指标 row with 年度指标值, 实际完成值, 分值, 得分 and 偏差原因.
/// </summary>
/// <remarks>
/// The workbook reads the scorecard and the rule set and never scores: every number is the scorecard's, every sentence
/// comes from <see cref="SelfEvaluationText"/> and <see cref="ExplanationRenderer"/>. Under
/// <see cref="ReportLanguage.Chinese"/> every word the workbook adds is Chinese; under <see cref="ReportLanguage.English"/>
/// English. Names, criteria and reasons are the rule set's and the input's own words in either language.
/// </remarks>
public static partial class SelfEvaluationWorkbook
{
    /// <summary>Writes the workbook.</summary>
    /// <param name="stream">Where to write the .xlsx file; written from its current position and left open.</param>
    /// <param name="scorecard">The scorecard, scored with explanations (the default).</param>
    /// <param name="ruleSet">The rule set the scorecard was scored under: its title, notice, year and criteria.</param>
    /// <param name="options">The language. <value>Defaults to <see cref="RenderOptions.Default"/> (English).</value></param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/>, <paramref name="scorecard"/> or <paramref name="ruleSet"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The scorecard was scored under another rule set, or the stream cannot be written.</exception>
    public static void Write(Stream stream, Scorecard scorecard, RuleSet ruleSet, RenderOptions? options = null)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        if (scorecard is null)
        {
            throw new ArgumentNullException(nameof(scorecard));
        }

        if (ruleSet is null)
        {
            throw new ArgumentNullException(nameof(ruleSet));
        }

        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written.", nameof(stream));
        }

        if (scorecard.RuleSetId != ruleSet.Id || scorecard.RuleSetVersion != ruleSet.Version)
        {
            throw new ArgumentException($"The scorecard was scored under rule set '{scorecard.RuleSetId}' {scorecard.RuleSetVersion}, not '{ruleSet.Id}' {ruleSet.Version}.", nameof(ruleSet));
        }

        options ??= RenderOptions.Default;
        var labels = WorkbookLabels.For(options);
        var sheets = scorecard.HasRows
            ? new[] { FormOf(scorecard, ruleSet, options, labels) }
            : new[] { FormOf(scorecard, ruleSet, options, labels), Calculation(scorecard, ruleSet, options, labels), Checks(scorecard, ruleSet, options, labels) };

        // Packaging wants a seekable stream; standard output is not, so the file is built in memory and copied.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = WorkbookStyles.Create();
            var strings = new WorkbookStrings();
            var list = new Sheets();
            var names = new DefinedNames();
            for (var i = 0; i < sheets.Length; i++)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = sheets[i].Build(strings);
                list.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = (uint)(i + 1), Name = sheets[i].Name });
                if (sheets[i].PrintTitleRow > 0)
                {
                    names.Append(new DefinedName(sheets[i].PrintTitles()) { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
                }
            }

            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Build();
            workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0u }), list, names);
            workbookPart.Workbook.Save();
        }

        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    /// <summary>The form a unit files: the 项目支出绩效自评表 for a project's scorecard, else the department's 自评表.</summary>
    internal static WorkbookSheet FormOf(Scorecard scorecard, RuleSet ruleSet, RenderOptions options, WorkbookLabels labels)
        => scorecard.HasRows ? ProjectForm(scorecard, ruleSet, options, labels) : Form(scorecard, ruleSet, options, labels);

    /// <summary>The tree's depth: the number of level columns.</summary>
    private static int Depth(Scorecard scorecard) => scorecard.AllIndicators.Count == 0 ? 1 : scorecard.AllIndicators.Max(i => i.Level);
}
