using System.Globalization;
using System.Text;
using PerfEval.Rendering;

namespace PerfEval.Results;

/// <summary>
/// One problem found in a rule file or an input: a stable code, a severity, a message, and where it is
/// (file, line, column, indicator). Diagnostics are data: PerfEval returns them rather than throwing. The message is
/// kept as a catalogue entry (<see cref="MessageId"/>) with its arguments, so it can be put into words in English
/// (<see cref="Message"/>) or in Chinese (<see cref="GetMessage(ReportLanguage)"/>).
/// </summary>
public sealed class Diagnostic
{
    /// <summary>Initializes a new diagnostic whose message is the same in every language.</summary>
    /// <param name="code">The stable code, e.g. <c>PE0301</c>; see <c>docs/diagnostics.md</c>.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="message">A sentence naming what is wrong and, where it helps, how to mend it.</param>
    /// <param name="file">The file or source name, if known.</param>
    /// <param name="line">The 1-based line, or 0 when unknown.</param>
    /// <param name="column">The 1-based column, or 0 when unknown.</param>
    /// <param name="indicatorId">The indicator concerned, if any.</param>
    /// <remarks>
    /// For diagnostics made outside PerfEval. PerfEval's own come from its message catalogue, which a convention test
    /// enforces; this constructor is also the old-style entry point that code not yet moved to the catalogue uses.
    /// </remarks>
    public Diagnostic(string code, DiagnosticSeverity severity, string message, string? file = null, int line = 0, int column = 0, string? indicatorId = null)
        : this(code, severity, Messages.Untranslated.With(Guard.NotNull(message)), file, line, column, indicatorId)
    {
    }

    internal Diagnostic(string code, DiagnosticSeverity severity, DiagnosticMessage message, string? file = null, int line = 0, int column = 0, string? indicatorId = null)
    {
        Code = code;
        Severity = severity;
        Text = message;
        Message = OneLine(message.Format(ReportLanguage.English));
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
        : this(code, severity, Messages.Untranslated.With(Guard.NotNull(message)), file, sheet, cell, indicatorId)
    {
    }

    internal Diagnostic(string code, DiagnosticSeverity severity, DiagnosticMessage message, string? file, string? sheet, string? cell, string? indicatorId = null)
        : this(code, severity, message, file, 0, 0, indicatorId)
    {
        Sheet = sheet;
        Cell = cell;
    }

    /// <summary>Gets the stable code, e.g. <c>PE0301</c>.</summary>
    /// <remarks>Messages are kept to one line (a multi-line formula quoted in one is joined), so the one-line form holds.</remarks>
    public string Code { get; }

    /// <summary>Gets the severity.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>Gets the message, in English.</summary>
    public string Message { get; }

    /// <summary>
    /// Gets the id of the message in PerfEval's catalogue: the code, or the code and a variant where one code has
    /// several messages (<c>PE0102.no-value</c>). Stable like the code; <c>text</c> for a message given as a string.
    /// </summary>
    public string MessageId => Text.Id;

    /// <summary>Gets the file or source name, or <see langword="null"/> when unknown.</summary>
    public string? File { get; }

    /// <summary>Gets the 1-based line; 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column; 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>Gets the id of the indicator concerned, or <see langword="null"/>.</summary>
    public string? IndicatorId { get; }

    /// <summary>Gets the message as data: its catalogue template and arguments.</summary>
    internal DiagnosticMessage Text { get; }

    /// <summary>Gets the message in a language.</summary>
    /// <param name="language">The language of the words; names, quoted text and figures are the same in both.</param>
    /// <returns>The one-line message.</returns>
    public string GetMessage(ReportLanguage language)
        => language == ReportLanguage.English ? Message : OneLine(Text.Format(language));

    /// <summary>The same diagnostic with another severity.</summary>
    internal Diagnostic WithSeverity(DiagnosticSeverity severity)
        => Sheet is null ? new(Code, severity, Text, File, Line, Column, IndicatorId) : new(Code, severity, Text, File, Sheet, Cell, IndicatorId);

    /// <summary>The same diagnostic, message and all (so both languages stay), at another place: a file's line and column.</summary>
    internal Diagnostic WithPosition(string? file, int line, int column) => new(Code, Severity, Text, file, line, column, IndicatorId);

    /// <summary>The same diagnostic with another message.</summary>
    internal Diagnostic WithMessage(DiagnosticSeverity severity, DiagnosticMessage message, string? file)
        => Sheet is null ? new(Code, severity, message, file, Line, Column, IndicatorId) : new(Code, severity, message, file, Sheet, Cell, IndicatorId);

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
    public override string ToString() => ToString(ReportLanguage.English);

    /// <summary>
    /// Formats the diagnostic in a language: in English <c>file:line:column: severity CODE: message [indicator id]</c>,
    /// in Chinese <c>file:line:column：错误 CODE：message [indicator id]</c> (警告 for a warning).
    /// </summary>
    /// <param name="language">The language of the words.</param>
    /// <returns>The one-line form used by the command-line tool.</returns>
    public string ToString(ReportLanguage language)
    {
        var chinese = language == ReportLanguage.Chinese;
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

            text.Append(chinese ? "：" : ": ");
        }

        if (Sheet is not null)
        {
            // Follows the file as a line would: "filled.xlsx:输入!F9: ".
            if (File is not null)
            {
                text.Length -= chinese ? 1 : 2;
                text.Append(':');
            }

            text.Append(Sheet).Append(Cell is null ? string.Empty : "!" + Cell).Append(chinese ? "：" : ": ");
        }

        var severity = Severity == DiagnosticSeverity.Error ? (chinese ? "错误 " : "error ") : (chinese ? "警告 " : "warning ");
        text.Append(severity).Append(Code).Append(chinese ? "：" : ": ").Append(GetMessage(language));
        if (IndicatorId is not null)
        {
            text.Append(" [").Append(IndicatorId).Append(']');
        }

        return text.ToString();
    }
}
