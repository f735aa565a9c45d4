namespace PerfEval.Rendering;

/// <summary>What a <see cref="ReportBlock"/> of a self-evaluation report is, which decides how a renderer sets it.</summary>
public enum ReportBlockKind
{
    /// <summary>The document's title.</summary>
    Title,

    /// <summary>A first-level heading: 一、部门基本情况.</summary>
    Heading1,

    /// <summary>A second-level heading: （一）部门整体概况。</summary>
    Heading2,

    /// <summary>A third-level heading: 1.资金管理.</summary>
    Heading3,

    /// <summary>A paragraph of the report's text.</summary>
    Body,

    /// <summary>A marked gap the unit fills before filing (a part the inputs and the rule set do not provide).</summary>
    ToComplete,

    /// <summary>A note that the text around it was drafted from the scores and is for the unit to complete.</summary>
    Draft,
}
