using PerfEval.Results;

namespace PerfEval.Tests.Office;

/// <summary>Diagnostic.ToString for a problem in an input workbook: the one-line form of a diagnostic about a workbook's cell or sheet, beside the file:line:column form.</summary>
public sealed class DiagnosticCellTests
{
    [Theory]
    [InlineData("filled.xlsx", "输入", "F10", null, "filled.xlsx:输入!F10: error PE0704: m")]
    [InlineData("filled.xlsx", "评价", null, null, "filled.xlsx:评价: error PE0704: m")]
    [InlineData(null, "输入", "F10", null, "输入!F10: error PE0704: m")]
    [InlineData("filled.xlsx", "评价", "E4", "budget_rationality", "filled.xlsx:评价!E4: error PE0704: m [budget_rationality]")]
    public void ToString_WorkbookCell_NamesTheSheetAndCellAfterTheFile(string? file, string sheet, string? cell, string? indicator, string expected)
    {
        var diagnostic = new Diagnostic("PE0704", DiagnosticSeverity.Error, "m", file, sheet, cell, indicator);

        Assert.Equal(expected, diagnostic.ToString());
        Assert.Equal((sheet, cell, 0, 0), (diagnostic.Sheet, diagnostic.Cell, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void ToString_TextFile_IsUnchangedAndHasNoSheet()
    {
        var diagnostic = new Diagnostic("PE0404", DiagnosticSeverity.Error, "m", "input.json", 3, 34, "execution");

        Assert.Equal("input.json:3:34: error PE0404: m [execution]", diagnostic.ToString());
        Assert.Null(diagnostic.Sheet);
        Assert.Null(diagnostic.Cell);
    }
}
