using System.Globalization;
using System.Text;

namespace PerfEval.Results;

/// <summary>
/// One problem found in a rule file or an input: a stable code, a severity, a message, and where it is
/// (file, line, column, indicator). Diagnostics are data: PerfEval returns them rather than throwing.
/// </summary>
public sealed class Diagnostic
{
    /// <summary>Initializes a new diagnostic.</summary>
    /// <param name="code">The stable code, e.g. <c>PE0301</c>; see <c>docs/diagnostics.md</c>.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="message">A sentence naming what is wrong and, where it helps, how to mend it.</param>
    /// <param name="file">The file or source name, if known.</param>
    /// <param name="line">The 1-based line, or 0 when unknown.</param>
    /// <param name="column">The 1-based column, or 0 when unknown.</param>
    /// <param name="indicatorId">The indicator concerned, if any.</param>
    public Diagnostic(string code, DiagnosticSeverity severity, string message, string? file = null, int line = 0, int column = 0, string? indicatorId = null)
    {
        Code = code;
        Severity = severity;
        Message = OneLine(Guard.NotNull(message));
        File = file;
        Line = line;
        Column = column;
        IndicatorId = indicatorId;
    }

    /// <summary>Initializes a new diagnostic about a sheet or a cell of a workbook, such as a filled-in input workbook.</summary>
    /// <param name="code">The stable code; see <c>docs/diagnostics.md</c>.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="message">A sentence naming what is wrong and, where it helps, how to mend it.</param>
    /// <param name="file">The file or source name, if known.</param>
    /// <param name="sheet">The worksheet's name, e.g. <c>输入</c>.</param>
    /// <param name="cell">The cell's reference, e.g. <c>F9</c>, or <see langword="null"/> for the sheet as a whole.</param>
    /// <param name="indicatorId">The indicator concerned, if any.</param>
    public Diagnostic(string code, DiagnosticSeverity severity, string message, string? file, string sheet, string? cell, string? indicatorId = null)
        : this(code, severity, message, file, 0, 0, indicatorId)
    {
        Sheet = Guard.NotNull(sheet);
        Cell = cell;
    }

    /// <summary>Gets the stable code, e.g. <c>PE0301</c>.</summary>
    /// <remarks>Messages are kept to one line (a multi-line formula quoted in one is joined), so the one-line form holds.</remarks>
    public string Code { get; }

    /// <summary>Gets the severity.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>Gets the message.</summary>
    public string Message { get; }

    /// <summary>Gets the file or source name, or <see langword="null"/> when unknown.</summary>
    public string? File { get; }

    /// <summary>Gets the 1-based line; 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column; 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>Gets the id of the indicator concerned, or <see langword="null"/>.</summary>
    public string? IndicatorId { get; }

    /// <summary>Gets the worksheet, for a problem in a workbook, or <see langword="null"/>.</summary>
    public string? Sheet { get; }

    /// <summary>Gets the cell's reference in <see cref="Sheet"/>, e.g. <c>F9</c>, or <see langword="null"/>.</summary>
    public string? Cell { get; }

    /// <summary>Joins a message's lines with single spaces.</summary>
    internal static string OneLine(string message)
    {
        if (message.IndexOf('\n') < 0)
        {
            return message;
        }

        var parts = message.Split('\n');
        var text = new StringBuilder(parts[0].TrimEnd('\r'));
        for (var i = 1; i < parts.Length; i++)
        {
            var part = parts[i].Trim();
            if (part.Length > 0)
            {
                text.Append(' ').Append(part);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Formats the diagnostic as <c>file:line:column: severity CODE: message [indicator id]</c>, or for a workbook's cell
    /// <c>file:sheet!cell: …</c> (e.g. <c>filled.xlsx:输入!F9: …</c>).
    /// </summary>
    /// <returns>The one-line form used by the command-line tool.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (File is not null)
        {
            text.Append(File);
            if (Line > 0)
            {
                text.Append(':').Append(Line.ToString(CultureInfo.InvariantCulture));
                if (Column > 0)
                {
                    text.Append(':').Append(Column.ToString(CultureInfo.InvariantCulture));
                }
            }

            text.Append(": ");
        }

        if (Sheet is not null)
        {
            // Follows the file as a line would: "filled.xlsx:输入!F9: ".
            if (File is not null)
            {
                text.Length -= 2;
                text.Append(':');
            }

            text.Append(Sheet).Append(Cell is null ? string.Empty : "!" + Cell).Append(": ");
        }

        text.Append(Severity == DiagnosticSeverity.Error ? "error " : "warning ").Append(Code).Append(": ").Append(Message);
        if (IndicatorId is not null)
        {
            text.Append(" [").Append(IndicatorId).Append(']');
        }

        return text.ToString();
    }
}
