using System;

namespace PerfEval.Loading;

/// <summary>One rule set of a <see cref="RuleSetCatalog"/>: its header and where it comes from.</summary>
public sealed class RuleSetEntry
{
    private readonly Func<string> read;

    internal RuleSetEntry(string id, string version, string title, string? jurisdiction, int? fiscalYear, string? extends, string source, Func<string> read)
    {
        Id = id;
        Version = version;
        Title = title;
        Jurisdiction = jurisdiction;
        FiscalYear = fiscalYear;
        Extends = extends;
        Source = source;
        this.read = read;
    }

    /// <summary>Gets the rule set's id.</summary>
    public string Id { get; }

    /// <summary>Gets the rule set's version.</summary>
    public string Version { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the jurisdiction, or <see langword="null"/>.</summary>
    public string? Jurisdiction { get; }

    /// <summary>Gets the fiscal year, or <see langword="null"/>.</summary>
    public int? FiscalYear { get; }

    /// <summary>Gets the <c>id@version</c> this rule set extends, or <see langword="null"/>.</summary>
    public string? Extends { get; }

    /// <summary>Gets the file path, or the resource name of a rule set shipped in the package.</summary>
    public string Source { get; }

    internal string ReadText() => read();

    internal RuleSetEntry With(string? jurisdiction, int? fiscalYear) => new(Id, Version, Title, jurisdiction, fiscalYear, Extends, Source, read);

    /// <summary>Returns <c>id@version</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Id + "@" + Version;
}
