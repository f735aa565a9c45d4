using DocumentFormat.OpenXml.Packaging;

namespace PerfEval.Office;

/// <summary>What the summary keeps of one scored department: a few figures, never its scorecard.</summary>
internal sealed class SummaryWorkbookRow
{
    public SummaryWorkbookRow(int order, string record, string? subject, decimal total, int grade, decimal[] subtotals)
    {
        Order = order;
        Record = record;
        Subject = subject;
        Total = total;
        Grade = grade;
        Subtotals = subtotals;
    }

    /// <summary>Gets the position in input order, which breaks ties between equal totals.</summary>
    public int Order { get; }

    public string Record { get; }

    public string? Subject { get; }

    public decimal Total { get; }

    /// <summary>Gets the index of the grade in the rule set's grade list, or -1 when it is none of them.</summary>
    public int Grade { get; }

    /// <summary>Gets the first-level indicators' scores, in tree order.</summary>
    public decimal[] Subtotals { get; }

    /// <summary>Gets or sets the rank: 1 plus the number of departments with a higher total, so ties share a rank (1, 2, 2, 4).</summary>
    public int Rank { get; set; }

    /// <summary>Gets or sets the department's own sheet, written when it was scored (with department sheets on).</summary>
    public WorksheetPart? Sheet { get; set; }

    /// <summary>Gets or sets the department sheet's name, given when the workbook is finished.</summary>
    public string? SheetName { get; set; }
}
