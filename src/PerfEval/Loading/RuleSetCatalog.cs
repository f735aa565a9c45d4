using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using PerfEval.Evaluation;
using PerfEval.Results;
using PerfEval.Validation;

namespace PerfEval.Loading;

/// <summary>
/// A set of rule sets found by id and version, or by jurisdiction and fiscal year; the place <c>extends</c> looks
/// for its base. Build one from a folder (<see cref="FromDirectory"/>) or use the rule sets shipped in the package
/// (<see cref="Shipped"/>).
/// </summary>
/// <threadsafety>Immutable after construction: safe to share across threads.</threadsafety>
public sealed class RuleSetCatalog
{
    private const string ResourcePrefix = "PerfEval.rules.";

    private static readonly Lazy<RuleSetCatalog> ShippedCatalog = new(LoadShipped);

    private readonly List<RuleSetEntry> entries;

    private RuleSetCatalog(List<RuleSetEntry> entries, IReadOnlyList<Diagnostic> diagnostics)
    {
        this.entries = entries;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the rule sets shipped inside the PerfEval package (the files of <c>rules/</c>).</summary>
    public static RuleSetCatalog Shipped => ShippedCatalog.Value;

    /// <summary>Gets the rule sets, ordered by id and version.</summary>
    public IReadOnlyList<RuleSetEntry> Entries => entries;

    /// <summary>Gets problems met while indexing: files whose header could not be read, duplicate id and version.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Indexes every <c>*.yaml</c> and <c>*.yml</c> file below a folder.</summary>
    /// <param name="directory">The folder.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static RuleSetCatalog FromDirectory(string directory)
    {
        Guard.NotNull(directory);
        var files = Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(directory, "*.yml", SearchOption.AllDirectories))
            .OrderBy(f => f, StringComparer.Ordinal);
        return Index(files.Select(f => (f, (Func<string>)(() => BoundedFile.ReadText(f, RuleSetLimits.Default.MaxFileBytes, "rule file", Codes.YamlSyntax)))));
    }

    /// <summary>Finds a rule set by id and version.</summary>
    /// <param name="id">The id.</param>
    /// <param name="version">The version.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    public RuleSetEntry? Find(string id, string version) => entries.FirstOrDefault(e => e.Id == id && e.Version == version);

    /// <summary>Loads a rule set by id and version, resolving <c>extends</c> within this catalogue.</summary>
    /// <param name="id">The id.</param>
    /// <param name="version">The version.</param>
    /// <returns>The compiled rule set, or the diagnostics.</returns>
    public LoadResult Load(string id, string version)
    {
        Guard.NotNull(id);
        Guard.NotNull(version);
        var entry = Find(id, version);
        return entry is null
            ? Fail(Codes.BaseNotFound, $"No rule set {id}@{version} in the catalogue; it has {Describe()}.")
            : Load(entry);
    }

    /// <summary>Loads the rule set for a jurisdiction and fiscal year (the highest version when there are several).</summary>
    /// <param name="jurisdiction">The jurisdiction, as the rule sets state it (e.g. 广东省阳江市阳西县).</param>
    /// <param name="fiscalYear">The fiscal year evaluated.</param>
    /// <returns>The compiled rule set, or the diagnostics (also when two different rule sets match).</returns>
    public LoadResult Load(string jurisdiction, int fiscalYear)
    {
        Guard.NotNull(jurisdiction);
        var matches = entries.Where(e => e.Jurisdiction == jurisdiction && e.FiscalYear == fiscalYear).ToList();
        if (matches.Count == 0)
        {
            return Fail(Codes.BaseNotFound, $"No rule set for {jurisdiction} {fiscalYear.ToString(CultureInfo.InvariantCulture)} in the catalogue; it has {Describe()}.");
        }

        var ids = matches.Select(m => m.Id).Distinct().ToList();
        if (ids.Count > 1)
        {
            return Fail(Codes.BaseNotFound, $"Several rule sets match {jurisdiction} {fiscalYear.ToString(CultureInfo.InvariantCulture)}: {string.Join(", ", ids)}; load one by id and version.");
        }

        return Load(matches.OrderByDescending(m => m.Version, VersionComparer.Instance).First());
    }

    /// <summary>Loads a rule set of this catalogue.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>The compiled rule set, or the diagnostics.</returns>
    public LoadResult Load(RuleSetEntry entry)
    {
        Guard.NotNull(entry);
        return RuleSetLoader.Load(entry.ReadText(), entry.Source, this);
    }

    internal YNode? ReadTree(string id, string version, DiagnosticSink sink)
    {
        var entry = Find(id, version);
        if (entry is null)
        {
            return null;
        }

        var local = new DiagnosticSink(entry.Source);
        var tree = YamlTreeReader.Read(entry.ReadText(), local, RuleSetLimits.Default.MaxYamlDepth);
        sink.AddRange(local.Items);
        return tree;
    }

    private static RuleSetCatalog Index(IEnumerable<(string Source, Func<string> Read)> sources)
    {
        var list = new List<RuleSetEntry>();
        var sink = new DiagnosticSink(null);
        foreach (var (source, read) in sources)
        {
            string text;
            try
            {
                text = read();
            }
            catch (BoundedFile.Failure failure)
            {
                sink.Add(new Diagnostic(failure.Code, DiagnosticSeverity.Warning, failure.Message + " It is left out of the catalogue.", source));
                continue;
            }

            var local = new DiagnosticSink(source);
            var root = YamlTreeReader.Read(text, local, RuleSetLimits.Default.MaxYamlDepth) as YMapping;
            string? Scalar(string key) => (root?.Entries.FirstOrDefault(e => e.Key.Value == key).Value as YScalar)?.Value;
            var id = Scalar("id");
            var version = Scalar("version");
            if (root is null || id is null || version is null || Scalar("format") != RuleSetReader.FormatV1)
            {
                sink.Add(new Diagnostic(Codes.UnsupportedFormat, DiagnosticSeverity.Warning, "Not a PerfEval rule set (no format perfeval/1, id and version); left out of the catalogue.", source));
                continue;
            }

            if (list.Any(e => e.Id == id && e.Version == version))
            {
                sink.Add(new Diagnostic(Codes.DuplicateId, DiagnosticSeverity.Error, $"{id}@{version} is defined twice; the first one is kept.", source));
                continue;
            }

            var year = int.TryParse(Scalar("fiscal_year"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var y) ? y : (int?)null;
            list.Add(new RuleSetEntry(id, version, Scalar("title") ?? id, Scalar("jurisdiction"), year, Scalar("extends"), source, () => text));
        }

        list.Sort((a, b) => a.Id != b.Id ? string.CompareOrdinal(a.Id, b.Id) : VersionComparer.Instance.Compare(a.Version, b.Version));
        return new RuleSetCatalog(list.Select(e => Inherit(e, list, 0)).ToList(), sink.Items);
    }

    /// <summary>Fills the header fields a file that extends another does not state from its base.</summary>
    private static RuleSetEntry Inherit(RuleSetEntry entry, List<RuleSetEntry> all, int depth)
    {
        var at = entry.Extends?.LastIndexOf('@') ?? -1;
        if (at <= 0 || depth > 16 || (entry.Jurisdiction is not null && entry.FiscalYear is not null))
        {
            return entry;
        }

        var parent = all.FirstOrDefault(e => e.Id == entry.Extends!.Substring(0, at) && e.Version == entry.Extends.Substring(at + 1));
        if (parent is null)
        {
            return entry;
        }

        parent = Inherit(parent, all, depth + 1);
        return entry.With(entry.Jurisdiction ?? parent.Jurisdiction, entry.FiscalYear ?? parent.FiscalYear);
    }

    private static RuleSetCatalog LoadShipped()
    {
        var assembly = typeof(RuleSetCatalog).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal);
        return Index(names.Select(n => ("perfeval:" + n.Substring(ResourcePrefix.Length), (Func<string>)(() => ReadResource(assembly, n)))));
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private string Describe() => entries.Count == 0 ? "none" : string.Join(", ", entries);

    private static LoadResult Fail(string code, string message) => new(null, new[] { new Diagnostic(code, DiagnosticSeverity.Error, message) });

    /// <summary>Orders semantic versions numerically (1.10.0 after 1.9.0).</summary>
    private sealed class VersionComparer : IComparer<string>
    {
        public static readonly VersionComparer Instance = new();

        public int Compare(string? x, string? y)
        {
            var a = Parts(x);
            var b = Parts(y);
            for (var i = 0; i < 3; i++)
            {
                var c = a[i].CompareTo(b[i]);
                if (c != 0)
                {
                    return c;
                }
            }

            return string.CompareOrdinal(x, y);
        }

        private static long[] Parts(string? version)
        {
            var core = (version ?? string.Empty).Split('-')[0].Split('.');
            var parts = new long[3];
            for (var i = 0; i < 3 && i < core.Length; i++)
            {
                long.TryParse(core[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out parts[i]);
            }

            return parts;
        }
    }
}
