using System.Collections.Generic;

namespace PerfEval.Rendering;

/// <summary>
/// A self-evaluation report (部门整体支出绩效自评报告) as finished words: its title and its headings and paragraphs in
/// order, built once by <see cref="ReportBuilder"/> from a scorecard and its rule set. Renderers (the plain-text
/// <see cref="ReportRenderer"/>, the Word document of PerfEval.Office) only set it; they compute nothing.
/// </summary>
/// <threadsafety>Immutable; safe to share across threads.</threadsafety>
public sealed class ReportDocument
{
    internal ReportDocument(ReportLanguage language, IReadOnlyList<ReportBlock> blocks)
    {
        Language = language;
        Blocks = blocks;
    }

    /// <summary>Gets the language the report is written in.</summary>
    public ReportLanguage Language { get; }

    /// <summary>Gets the title, the headings and the paragraphs, in order.</summary>
    public IReadOnlyList<ReportBlock> Blocks { get; }
}
