namespace PerfEval.Loading;

/// <summary>
/// Bounds on what a rule file may ask of the loader. Everything that could recurse or grow without end is checked
/// against these before it is parsed, so a hostile file gets a diagnostic instead of exhausting the stack or memory.
/// </summary>
public sealed class RuleSetLimits
{
    /// <summary>Gets the default limits.</summary>
    public static RuleSetLimits Default { get; } = new();

    /// <summary>Gets the largest rule file accepted, in bytes (or characters, for text). <value>Defaults to 4 MiB.</value></summary>
    public int MaxFileBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Gets the deepest YAML nesting accepted. <value>Defaults to 64.</value></summary>
    public int MaxYamlDepth { get; init; } = 64;

    /// <summary>
    /// Gets the deepest folder below a catalogue's folder (<see cref="RuleSetCatalog.FromDirectory"/>) that is searched
    /// for rule files; each real folder is searched once, however many links lead to it. <value>Defaults to 16.</value>
    /// </summary>
    public int MaxCatalogDepth { get; init; } = 16;

    /// <summary>Gets the longest formula accepted, in characters. <value>Defaults to 2000.</value></summary>
    public int MaxFormulaLength { get; init; } = 2000;

    /// <summary>
    /// Gets the deepest nesting accepted in a formula: parentheses, function calls and prefix operators (<c>-</c>,
    /// <c>not</c>) counted together. <value>Defaults to 32.</value>
    /// </summary>
    public int MaxFormulaNesting { get; init; } = 32;
}
