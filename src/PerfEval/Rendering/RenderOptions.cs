namespace PerfEval.Rendering;

/// <summary>How a scorecard is rendered.</summary>
public sealed class RenderOptions
{
    /// <summary>Gets the default options: English labels, no colour.</summary>
    public static RenderOptions Default { get; } = new();

    /// <summary>Gets the language of the labels. <value>Defaults to <see cref="ReportLanguage.English"/>.</value></summary>
    public ReportLanguage Language { get; init; } = ReportLanguage.English;

    /// <summary>
    /// Gets a value indicating whether the text table marks points lost and warnings with ANSI colours (for a terminal).
    /// <value>Defaults to <see langword="false"/>.</value>
    /// </summary>
    public bool UseColour { get; init; }
}
