using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Office;

/// <summary>
/// Builds a finance bureau's summary workbook of many departments scored under one rule set (全县汇总), one department
/// at a time: the 汇总 sheet (one row per department, sorted by total with its rank, unit, total, grade and every
/// first-level subtotal), the 统计分析 sheet (the grade distribution and the points lost per indicator summed over the
/// departments, each as a table and a native Excel bar chart over it), the 错误 sheet (the diagnostics of every input
/// that could not be scored) and, when asked, one sheet per department in the 自评表 layout of
/// <see cref="SelfEvaluationWorkbook"/>. Printed on A4 landscape, one page wide, headers repeated on every page.
/// </summary>
/// <remarks>
/// <para>
/// Memory: of each department the builder keeps a small row (record and unit names, total, grade, first-level
/// subtotals) and adds its points lost into one running sum per indicator; no scorecard is kept. A department's own
/// sheet (<c>departmentSheets</c>) is laid out and written into the package as soon as the department is added, so
/// what stays is that sheet's XML in the package being built, not the scorecard.
/// </para>
/// <para>
/// Ranks: departments are sorted by total, highest first; equal totals share a rank and the next rank skips
/// (1, 2, 2, 4: standard competition ranking), and keep the order they were added in.
/// </para>
/// <para>Not thread-safe: add departments from one thread, in the order they should keep among equal totals.</para>
/// </remarks>
public sealed partial class SummaryWorkbook : IDisposable
{
    private readonly RuleSet ruleSet;
    private readonly RenderOptions options;
    private readonly SummaryWorkbookLabels labels;
    private readonly bool departmentSheets;
    private readonly List<SummaryWorkbookRow> rows = new();
    private readonly List<(string Record, string? Subject, IReadOnlyList<Diagnostic> Diagnostics)> failures = new();
    private readonly WorkbookStrings strings = new();
    private readonly MemoryStream buffer = new();
    private readonly SpreadsheetDocument document;
    private readonly WorkbookPart workbookPart;
    private readonly Indicator[] roots;
    private readonly (Indicator Leaf, Indicator Root)[] leaves;
    private readonly decimal[] lost;
    private readonly int[] losing;
    private int decimals = -1;
    private bool finished;

    /// <summary>Starts an empty summary workbook.</summary>
    /// <param name="ruleSet">The rule set every department is scored under: its title, grades and indicators.</param>
    /// <param name="options">The language. <value>Defaults to <see cref="RenderOptions.Default"/> (English).</value></param>
    /// <param name="departmentSheets">
    /// Whether each department also gets a sheet of its own in the 自评表 layout; its scorecard must then be scored with
    /// explanations (the default evaluation). <value>Defaults to <see langword="false"/>.</value>
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is <see langword="null"/>.</exception>
    public SummaryWorkbook(RuleSet ruleSet, RenderOptions? options = null, bool departmentSheets = false)
    {
        this.ruleSet = ruleSet ?? throw new ArgumentNullException(nameof(ruleSet));
        this.options = options ?? RenderOptions.Default;
        this.departmentSheets = departmentSheets;
        labels = SummaryWorkbookLabels.For(this.options, projects: ruleSet.RowGroups().Any());
        roots = ruleSet.Indicators.ToArray();
        leaves = roots.SelectMany(root => Leaves(root).Select(leaf => (leaf, root))).ToArray();
        lost = new decimal[leaves.Length];
        losing = new int[leaves.Length];
        document = SpreadsheetDocument.Create(buffer, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        workbookPart = document.AddWorkbookPart();
    }

    /// <summary>Gets how many departments were scored and added.</summary>
    public int Scored => rows.Count;

    /// <summary>Gets how many inputs could not be scored.</summary>
    public int Failed => failures.Count;

    /// <summary>Adds a scored department.</summary>
    /// <param name="scorecard">Its scorecard, scored under the workbook's rule set.</param>
    /// <param name="record">The name of the input it came from (a file, or a line of one), shown beside the unit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> or <paramref name="record"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The scorecard was scored under another rule set.</exception>
    /// <exception cref="InvalidOperationException">The workbook was already written.</exception>
    public void Add(Scorecard scorecard, string record)
    {
        if (scorecard is null)
        {
            throw new ArgumentNullException(nameof(scorecard));
        }

        if (record is null)
        {
            throw new ArgumentNullException(nameof(record));
        }

        EnsureOpen();
        if (scorecard.RuleSetId != ruleSet.Id || scorecard.RuleSetVersion != ruleSet.Version)
        {
            throw new ArgumentException($"The scorecard was scored under rule set '{scorecard.RuleSetId}' {scorecard.RuleSetVersion}, not '{ruleSet.Id}' {ruleSet.Version}.", nameof(scorecard));
        }

        decimals = scorecard.Decimals;
        var subtotals = new decimal[roots.Length];
        for (var i = 0; i < roots.Length; i++)
        {
            subtotals[i] = scorecard.TryGetIndicator(roots[i].Id, out var root) ? root.Score : 0m;
        }

        for (var i = 0; i < leaves.Length; i++)
        {
            if (scorecard.TryGetIndicator(leaves[i].Leaf.Id, out var leaf) && leaf.PointsLost != 0)
            {
                lost[i] += leaf.PointsLost;
                losing[i]++;
            }
        }

        var grade = -1;
        for (var i = 0; i < ruleSet.Grades.Count; i++)
        {
            if (ruleSet.Grades[i].Level == scorecard.Grade.Level && ruleSet.Grades[i].Label == scorecard.Grade.Label)
            {
                grade = i;
                break;
            }
        }

        var row = new SummaryWorkbookRow(rows.Count, record, scorecard.Subject, scorecard.Total, grade, subtotals);
        if (departmentSheets)
        {
            row.Sheet = WriteDepartment(scorecard);
        }

        rows.Add(row);
    }

    /// <summary>Adds an input that could not be read or scored, for the 错误 sheet.</summary>
    /// <param name="record">The name of the input (a file, or a line of one).</param>
    /// <param name="subject">The unit's name, when the input was read far enough to give it; else <see langword="null"/>.</param>
    /// <param name="diagnostics">Why it could not be scored: its errors (and any warnings that explain them).</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> or <paramref name="diagnostics"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The workbook was already written.</exception>
    public void AddFailure(string record, string? subject, IEnumerable<Diagnostic> diagnostics)
    {
        if (record is null)
        {
            throw new ArgumentNullException(nameof(record));
        }

        if (diagnostics is null)
        {
            throw new ArgumentNullException(nameof(diagnostics));
        }

        EnsureOpen();
        failures.Add((record, subject, diagnostics.ToList()));
    }

    /// <summary>Finishes the workbook and writes it; after this, nothing more can be added.</summary>
    /// <param name="stream">Where to write the .xlsx file; written from its current position and left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The stream cannot be written.</exception>
    /// <exception cref="InvalidOperationException">The workbook was already written.</exception>
    public void Write(Stream stream)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written.", nameof(stream));
        }

        EnsureOpen();
        finished = true;

        // Highest total first; equal totals keep input order and share the rank of the first of them.
        var sorted = rows.OrderByDescending(r => r.Total).ThenBy(r => r.Order).ToList();
        for (var i = 0; i < sorted.Count; i++)
        {
            sorted[i].Rank = i > 0 && sorted[i].Total == sorted[i - 1].Total ? sorted[i - 1].Rank : i + 1;
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { labels.SummarySheet, labels.StatisticsSheet, labels.ErrorsSheet };
        foreach (var row in sorted.Where(r => r.Sheet is not null))
        {
            row.SheetName = UniqueSheetName(row.Subject ?? row.Record, names);
        }

        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = WorkbookStyles.Create();
        var list = new Sheets();
        var definedNames = new DefinedNames();
        void Append(WorksheetPart part, string name, int printTitleRow)
        {
            var index = (uint)list.ChildElements.Count;
            list.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = index + 1, Name = name });
            if (printTitleRow > 0)
            {
                definedNames.Append(new DefinedName(PrintTitles(name, printTitleRow)) { Name = "_xlnm.Print_Titles", LocalSheetId = index });
            }
        }

        Append(SummarySheet(sorted), labels.SummarySheet, SummaryHeaderRow);
        Append(StatisticsSheet(), labels.StatisticsSheet, 0);
        Append(ErrorsSheet(), labels.ErrorsSheet, ErrorsHeaderRow);
        foreach (var row in sorted.Where(r => r.Sheet is not null))
        {
            Append(row.Sheet!, row.SheetName!, SelfEvaluationWorkbook.HeaderRow);
        }

        workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Build();
        workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0u }), list, definedNames);
        workbookPart.Workbook.Save();
        document.Dispose();
        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    /// <summary>Releases the workbook being built.</summary>
    public void Dispose()
    {
        finished = true;
        document.Dispose();
        buffer.Dispose();
    }

    private static IEnumerable<Indicator> Leaves(Indicator indicator)
        => indicator.IsGroup ? indicator.Children.SelectMany(Leaves) : new[] { indicator };

    /// <summary>The print title reference of a sheet's header row, e.g. <c>'汇总'!$3:$3</c>.</summary>
    private static string PrintTitles(string sheet, int row)
        => Quoted(sheet) + "!$" + row.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":$" + row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A sheet name as formulas and chart references write it: in single quotes, a quote doubled.</summary>
    private static string Quoted(string sheet) => "'" + sheet.Replace("'", "''") + "'";

    /// <summary>
    /// A sheet name Excel accepts: none of <c>: \ / ? * [ ]</c>, no quote at either end, at most 31 characters, unlike
    /// every other name in the workbook whatever the case (a second 阳西县财政局 becomes 阳西县财政局 (2)).
    /// </summary>
    private static string UniqueSheetName(string name, HashSet<string> taken)
    {
        var clean = new string(name.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' || char.IsControl(c) ? '_' : c).ToArray()).Trim().Trim('\'');
        if (clean.Length == 0)
        {
            clean = "_";
        }

        var candidate = clean.Length > 31 ? clean.Substring(0, 31) : clean;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            var suffix = " (" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
            candidate = (clean.Length + suffix.Length > 31 ? clean.Substring(0, 31 - suffix.Length) : clean) + suffix;
        }

        return candidate;
    }

    private void EnsureOpen()
    {
        if (finished)
        {
            throw new InvalidOperationException("The summary workbook was already written.");
        }
    }

    /// <summary>Lays out a department's 自评表 sheet and writes it into the package at once, keeping only the part.</summary>
    private WorksheetPart WriteDepartment(Scorecard scorecard)
    {
        var sheet = SelfEvaluationWorkbook.FormOf(scorecard, ruleSet, options, WorkbookLabels.For(options));
        var part = workbookPart.AddNewPart<WorksheetPart>();
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        sheet.Build(strings).Save(stream);
        return part;
    }

    private WorksheetPart AddSheet(WorkbookSheet sheet)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        part.Worksheet = sheet.Build(strings);
        return part;
    }
}
