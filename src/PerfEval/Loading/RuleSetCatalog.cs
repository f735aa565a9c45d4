using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
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

    private static readonly Regex HeaderLine = new(@"^(?<key>id|version)[ \t]*:[ \t]*(?<quote>['""]?)(?<value>[^'""#\s]+)\k<quote>[ \t]*(#.*)?\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private readonly List<RuleSetEntry> entries;
    private readonly List<Unreadable> unreadable;

    private RuleSetCatalog(List<RuleSetEntry> entries, List<Unreadable> unreadable, IReadOnlyList<Diagnostic> diagnostics)
    {
        this.entries = entries;
        this.unreadable = unreadable;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the rule sets shipped inside the PerfEval package (the files of <c>rules/</c>).</summary>
    public static RuleSetCatalog Shipped => ShippedCatalog.Value;

    /// <summary>
    /// Gets the rule sets, ordered by id and version: one entry per file, so an id and version that two files define
    /// (an error in <see cref="Diagnostics"/>) appears twice.
    /// </summary>
    public IReadOnlyList<RuleSetEntry> Entries => entries;

    /// <summary>
    /// Gets problems met while indexing: files and folders left out (unreadable, not a rule set, too deep) as
    /// warnings, and an id and version defined by two files as an error naming both.
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// Indexes every <c>*.yaml</c> and <c>*.yml</c> regular file below a folder. FIFOs, sockets and devices are left
    /// out unopened, each real folder is searched once however many links lead to it, and folders deeper than
    /// <see cref="RuleSetLimits.MaxCatalogDepth"/> are left out; each is a warning in <see cref="Diagnostics"/>.
    /// </summary>
    /// <param name="directory">The folder.</param>
    /// <param name="limits">Bounds on folder depth and file size. <value>Defaults to <see cref="RuleSetLimits.Default"/>.</value></param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static RuleSetCatalog FromDirectory(string directory, RuleSetLimits? limits = null)
    {
        Guard.NotNull(directory);
        limits ??= RuleSetLimits.Default;
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Could not find the folder '{directory}'.");
        }

        var sink = new DiagnosticSink(null);
        var files = CatalogFolder.RuleFiles(directory, limits.MaxCatalogDepth, sink);
        return Index(files.Select(f => (f, (Func<string>)(() => BoundedFile.ReadText(f, limits.MaxFileBytes, Messages.RuleFile, Codes.YamlSyntax)))), sink, limits);
    }

    /// <summary>Finds a rule set by id and version.</summary>
    /// <param name="id">The id.</param>
    /// <param name="version">The version.</param>
    /// <returns>The entry, or <see langword="null"/> when no file, or more than one, defines that id and version.</returns>
    public RuleSetEntry? Find(string id, string version)
    {
        var matches = Matching(id, version);
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>Loads a rule set by id and version, resolving <c>extends</c> within this catalogue.</summary>
    /// <param name="id">The id.</param>
    /// <param name="version">The version.</param>
    /// <returns>The compiled rule set, or the diagnostics.</returns>
    public Result<CompiledRuleSet> Load(string id, string version)
    {
        Guard.NotNull(id);
        Guard.NotNull(version);
        var matches = Matching(id, version);
        return matches.Count switch
        {
            0 => Fail(Codes.BaseNotFound, Messages.NoSuchRuleSet.With(id, version, Describe())),
            1 => Load(matches[0]),
            _ => Fail(Codes.DuplicateId, Messages.DefinedTwice.With(id, version, Files(matches))),
        };
    }

    /// <summary>Loads the rule set for a jurisdiction and fiscal year (the highest version when there are several).</summary>
    /// <param name="jurisdiction">The jurisdiction, as the rule sets state it (e.g. 广东省阳江市阳西县).</param>
    /// <param name="fiscalYear">The fiscal year evaluated.</param>
    /// <returns>The compiled rule set, or the diagnostics (also when two different rule sets match).</returns>
    public Result<CompiledRuleSet> Load(string jurisdiction, int fiscalYear)
    {
        Guard.NotNull(jurisdiction);
        var matches = entries.Where(e => e.Jurisdiction == jurisdiction && e.FiscalYear == fiscalYear).ToList();
        if (matches.Count == 0)
        {
            return Fail(Codes.BaseNotFound, Messages.NoRuleSetFor.With(jurisdiction, fiscalYear, Describe()));
        }

        var ids = matches.Select(m => m.Id).Distinct().ToList();
        if (ids.Count > 1)
        {
            return Fail(Codes.BaseNotFound, Messages.SeveralRuleSetsFor.With(jurisdiction, fiscalYear, NameList.Of(ids)));
        }

        var highest = matches.OrderByDescending(m => m.Version, VersionComparer.Instance).First();
        return Load(highest.Id, highest.Version);
    }

    /// <summary>Loads a rule set of this catalogue.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>The compiled rule set, or the diagnostics.</returns>
    public Result<CompiledRuleSet> Load(RuleSetEntry entry)
    {
        Guard.NotNull(entry);
        return RuleSetLoader.Load(entry.ReadText(), entry.Source, this);
    }

    /// <summary>
    /// Reads the tree of the base an <c>extends</c> at <paramref name="at"/> names. When it cannot, says why at that
    /// place: no such rule set, two files that define it, or a file that seems to define it but cannot be read, whose
    /// own errors are added too.
    /// </summary>
    internal YNode? ReadBase(string id, string version, Rules.SourcePosition at, DiagnosticSink sink)
    {
        var reference = id + "@" + version;
        var matches = Matching(id, version);
        if (matches.Count > 1)
        {
            sink.Error(Codes.DuplicateId, Messages.ExtendsDefinedTwice.With(reference, Files(matches)), at);
            return null;
        }

        if (matches.Count == 1)
        {
            var local = new DiagnosticSink(matches[0].Source);
            var tree = YamlTreeReader.Read(matches[0].ReadText(), local, RuleSetLimits.Default.MaxYamlDepth);
            sink.AddRange(local.Items);
            return tree;
        }

        var broken = unreadable.Where(u => u.Id == id && u.Version == version).ToList();
        if (broken.Count > 0)
        {
            sink.Error(Codes.BaseNotFound, Messages.BaseBroken.With(reference, NameList.And(broken.Select(b => b.Source))), at);
            foreach (var diagnostic in broken.SelectMany(b => b.Diagnostics))
            {
                sink.Add(diagnostic.WithSeverity(DiagnosticSeverity.Error));
            }

            return null;
        }

        var unknown = unreadable.Where(u => u.Id is null).Select(u => u.Source).ToList();
        sink.Error(
            Codes.BaseNotFound,
            Messages.BaseMissing.With(reference, unknown.Count == 0 ? null : Messages.UnreadableInCatalogue.With(NameList.Of(unknown))),
            at);
        return null;
    }

    private static RuleSetCatalog Index(IEnumerable<(string Source, Func<string> Read)> sources, DiagnosticSink sink, RuleSetLimits limits)
    {
        var list = new List<RuleSetEntry>();
        var unreadable = new List<Unreadable>();
        foreach (var (source, read) in sources)
        {
            string text;
            try
            {
                text = read();
            }
            catch (BoundedFile.Failure failure)
            {
                sink.Add(new Diagnostic(failure.Code, DiagnosticSeverity.Warning, Messages.UnreadableLeftOut.With(failure.Text), source));
                unreadable.Add(new Unreadable(source, null, null, new[] { new Diagnostic(failure.Code, DiagnosticSeverity.Error, failure.Text, source) }));
                continue;
            }

            var local = new DiagnosticSink(source);
            var parsed = YamlTreeReader.Read(text, local, limits.MaxYamlDepth);
            var root = parsed as YMapping;
            YScalar? Node(string key) => root?.Entries.FirstOrDefault(e => e.Key.Value == key).Value as YScalar;
            string? Scalar(string key) => Node(key)?.Value;
            var id = Scalar("id");
            var version = Scalar("version");
            if (parsed is null)
            {
                // Not YAML: name the rule set it seems to be, so an 'extends' of it can show these errors.
                var first = local.Items.FirstOrDefault() ?? new Diagnostic(Codes.YamlSyntax, DiagnosticSeverity.Error, Messages.NoYamlMapping.With(), source);
                sink.Add(first.WithMessage(DiagnosticSeverity.Warning, Messages.LeftOutOfCatalogue.With(first.Text), source));
                var header = HeaderLine.Matches(text).Cast<Match>().GroupBy(m => m.Groups["key"].Value).ToDictionary(g => g.Key, g => g.First().Groups["value"].Value);
                unreadable.Add(new Unreadable(source, header.TryGetValue("id", out var guessedId) ? guessedId : null, header.TryGetValue("version", out var guessedVersion) ? guessedVersion : null, local.Items));
                continue;
            }

            if (root is null || id is null || version is null || !RuleSetReader.IsSupported(Scalar("format")))
            {
                sink.Add(new Diagnostic(Codes.UnsupportedFormat, DiagnosticSeverity.Warning, Messages.NotARuleSet.With(), source));
                if (id is not null && version is not null)
                {
                    var format = Node("format");
                    unreadable.Add(new Unreadable(source, id, version, new[] { new Diagnostic(Codes.UnsupportedFormat, DiagnosticSeverity.Error, Messages.FormatIs.With(format?.Value), source, format?.Line ?? 0, format?.Column ?? 0) }));
                }

                continue;
            }

            if (list.FirstOrDefault(e => e.Id == id && e.Version == version) is { } other)
            {
                var at = Node("version")!;
                sink.Add(new Diagnostic(Codes.DuplicateId, DiagnosticSeverity.Error, Messages.DefinedByTwoFiles.With(id, version, other.Source), source, at.Line, at.Column));
            }

            var year = int.TryParse(Scalar("fiscal_year"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var y) ? y : (int?)null;
            list.Add(new RuleSetEntry(id, version, Scalar("title") ?? id, Scalar("jurisdiction"), year, Scalar("extends"), source, () => text));
        }

        list.Sort(CompareEntries);
        return new RuleSetCatalog(list.Select(e => Inherit(e, list, 0)).ToList(), unreadable, sink.Items);
    }

    /// <summary>Orders by id, then version, then file, so two files of one id and version keep a stable order.</summary>
    private static int CompareEntries(RuleSetEntry a, RuleSetEntry b)
    {
        var byId = string.CompareOrdinal(a.Id, b.Id);
        if (byId != 0)
        {
            return byId;
        }

        var byVersion = VersionComparer.Instance.Compare(a.Version, b.Version);
        return byVersion != 0 ? byVersion : string.CompareOrdinal(a.Source, b.Source);
    }

    private static NameList Files(List<RuleSetEntry> matches) => NameList.And(matches.Select(m => m.Source));

    /// <summary>Fills the header fields a file that extends another does not state from its base.</summary>
    private static RuleSetEntry Inherit(RuleSetEntry entry, List<RuleSetEntry> all, int depth)
    {
        var at = entry.Extends?.LastIndexOf('@') ?? -1;
        if (at <= 0 || depth > 16 || (entry.Jurisdiction is not null && entry.FiscalYear is not null))
        {
            return entry;
        }

        var parents = all.Where(e => e.Id == entry.Extends!.Substring(0, at) && e.Version == entry.Extends.Substring(at + 1)).ToList();
        if (parents.Count != 1)
        {
            return entry;
        }

        var parent = parents[0];

        parent = Inherit(parent, all, depth + 1);
        return entry.With(entry.Jurisdiction ?? parent.Jurisdiction, entry.FiscalYear ?? parent.FiscalYear);
    }

    private static RuleSetCatalog LoadShipped()
    {
        var assembly = typeof(RuleSetCatalog).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal);
        return Index(names.Select(n => ("perfeval:" + n.Substring(ResourcePrefix.Length), (Func<string>)(() => ReadResource(assembly, n)))), new DiagnosticSink(null), RuleSetLimits.Default);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private List<RuleSetEntry> Matching(string id, string version) => entries.Where(e => e.Id == id && e.Version == version).ToList();

    private object Describe() => entries.Count == 0 ? Messages.NoEntries.With() : NameList.Of(entries.Select(e => e.ToString()));

    private static Result<CompiledRuleSet> Fail(string code, DiagnosticMessage message) => Result<CompiledRuleSet>.OfRules(null, new[] { new Diagnostic(code, DiagnosticSeverity.Error, message) });

    /// <summary>A file left out of the catalogue, with the id and version it seems to define when they could be told.</summary>
    private sealed class Unreadable
    {
        public Unreadable(string source, string? id, string? version, IReadOnlyList<Diagnostic> diagnostics)
        {
            Source = source;
            Id = id;
            Version = version;
            Diagnostics = diagnostics;
        }

        public string Source { get; }

        public string? Id { get; }

        public string? Version { get; }

        public IReadOnlyList<Diagnostic> Diagnostics { get; }
    }

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
