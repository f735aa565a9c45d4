using PerfEval.Loading;
using PerfEval.Results;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Loading;

public sealed class RuleSetCatalogTests : IDisposable
{
    private static readonly RuleSetCatalog Folder = RuleSetCatalog.FromDirectory(Path.Combine(Repo.Root, "rules"));

    private readonly string folder = Directory.CreateTempSubdirectory("perfeval-catalog-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void FromDirectory_RulesFolder_IndexesEveryRuleSet()
    {
        Assert.Empty(Folder.Diagnostics);
        Assert.Contains(Folder.Entries, e => e.ToString() == "yangxi-department-overall@1.0.0");
        Assert.Contains(Folder.Entries, e => e.ToString() == "yangxi-department-overall@2.0.0" && e.Extends == "yangxi-department-overall@1.0.0");
    }

    [Fact]
    public void Load_ByIdAndVersion_LoadsThatVersion()
    {
        var rules = Folder.Load("yangxi-department-overall", "1.0.0").GetValueOrThrow();
        Assert.Equal(2023, rules.Definition.FiscalYear);
    }

    [Theory]
    [InlineData(2023, "1.0.0")]
    [InlineData(2024, "2.0.0")]
    public void Load_ByJurisdictionAndYear_LoadsThatYearsRuleSet(int year, string version)
    {
        var rules = Folder.Load("广东省阳江市阳西县", year).GetValueOrThrow();
        Assert.Equal(version, rules.Version);
    }

    [Fact]
    public void Load_Unknown_ReportsWhatTheCatalogueHas()
    {
        var result = Folder.Load("nowhere", "1.0.0");
        var error = Assert.Single(result.Errors);
        Assert.Equal("PE0108", error.Code);
        Assert.Contains("yangxi-department-overall@1.0.0", error.Message, StringComparison.Ordinal);
        Assert.False(Folder.Load("广东省阳江市阳西县", 1999).IsSuccess);
    }

    [Fact]
    public void Shipped_HoldsTheRulesFolder_AndScoresYangxiWithoutAnyFile()
    {
        Assert.Equal(Folder.Entries.Select(e => e.ToString()), RuleSetCatalog.Shipped.Entries.Select(e => e.ToString()));
        var rules = RuleSetCatalog.Shipped.Load("yangxi-department-overall", "1.0.0").GetValueOrThrow();
        Assert.Equal(92.76m, rules.Score(Some.YangxiInput()).Total);
        Assert.Equal(91.76m, RuleSetCatalog.Shipped.Load("广东省阳江市阳西县", 2024).GetValueOrThrow().Score(Some.YangxiInput()).Total);
    }

    // ---- Folders that hold more than rule files -------------------------------------------------------------------

    [UnixFact]
    public void FromDirectory_FifoBesideTheRuleFiles_LeavesItOutUnopenedWithAWarning()
    {
        CopyYangxi(folder);
        var fifo = SpecialFiles.Fifo(Path.Combine(folder, "x.yaml"));

        var catalog = SpecialFiles.WithinSeconds(10, () => RuleSetCatalog.FromDirectory(folder), fifo);

        Assert.Equal(new[] { "yangxi-department-overall@1.0.0", "yangxi-department-overall@2.0.0" }, catalog.Entries.Select(e => e.ToString()));
        var warning = Assert.Single(catalog.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, "PE0001", fifo), (warning.Severity, warning.Code, warning.File));
        Assert.Equal("Cannot read the rule file: it is not a regular file but a FIFO (named pipe); PerfEval reads rule and input files only from regular files. It is left out of the catalogue.", warning.Message);
    }

    [UnixFact]
    public void LoadFile_ExtendingFileBesideAFifo_LoadsWithoutWaitingForAWriter()
    {
        CopyYangxi(folder);
        var fifo = SpecialFiles.Fifo(Path.Combine(folder, "x.yaml"));

        var result = SpecialFiles.WithinSeconds(10, () => RuleSetLoader.LoadFile(Path.Combine(folder, "yangxi-2024.yaml")), fifo);

        Assert.Equal(91.76m, result.GetValueOrThrow().Score(Some.YangxiInput()).Total);
    }

    [UnixFact]
    public void FromDirectory_LinksToItsOwnFolder_SearchesTheFolderOnce()
    {
        // Each 'ln -s . sN' doubles a walk that follows links: s1/s2/s1/..., without end.
        CopyYangxi(folder);
        foreach (var name in new[] { "s1", "s2", "s3" })
        {
            Directory.CreateSymbolicLink(Path.Combine(folder, name), ".");
        }

        var catalog = SpecialFiles.WithinSeconds(20, () => RuleSetCatalog.FromDirectory(folder));

        Assert.Empty(catalog.Diagnostics);
        Assert.Equal(new[] { "yangxi-department-overall@1.0.0", "yangxi-department-overall@2.0.0" }, catalog.Entries.Select(e => e.ToString()));
        Assert.Equal(91.76m, catalog.Load("yangxi-department-overall", "2.0.0").GetValueOrThrow().Score(Some.YangxiInput()).Total);
    }

    [UnixFact]
    public void FromDirectory_LinkBackToAnAncestorAndALinkedFile_ListsEachRuleFileOnce()
    {
        CopyYangxi(folder);
        var nested = Directory.CreateDirectory(Path.Combine(folder, "a", "b")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(nested, "up"), folder);
        File.CreateSymbolicLink(Path.Combine(nested, "current.yaml"), Path.Combine(folder, "yangxi-2024.yaml"));

        var catalog = SpecialFiles.WithinSeconds(20, () => RuleSetCatalog.FromDirectory(folder));

        Assert.Empty(catalog.Diagnostics);
        Assert.Equal(2, catalog.Entries.Count);
    }

    [UnixFact]
    public void FromDirectory_LinksInALoop_AreNotFollowedAndWarned()
    {
        CopyYangxi(folder);
        Directory.CreateSymbolicLink(Path.Combine(folder, "loop-a"), Path.Combine(folder, "loop-b"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "loop-b"), Path.Combine(folder, "loop-a"));

        var catalog = SpecialFiles.WithinSeconds(20, () => RuleSetCatalog.FromDirectory(folder));

        Assert.Equal(2, catalog.Entries.Count);
        Assert.All(catalog.Diagnostics, d => Assert.Equal(("PE0006", DiagnosticSeverity.Warning), (d.Code, d.Severity)));
    }

    [Fact]
    public void FromDirectory_FolderDeeperThanTheLimit_IsLeftOutWithPE0006()
    {
        var two = Directory.CreateDirectory(Path.Combine(folder, "1", "2")).FullName;
        var three = Directory.CreateDirectory(Path.Combine(two, "3")).FullName;
        File.Copy(Repo.Rules("yangxi-2023.yaml"), Path.Combine(two, "yangxi-2023.yaml"));
        File.Copy(Repo.Rules("yangxi-2024.yaml"), Path.Combine(three, "yangxi-2024.yaml"));

        var catalog = RuleSetCatalog.FromDirectory(folder, new RuleSetLimits { MaxCatalogDepth = 2 });

        Assert.Equal("yangxi-department-overall@1.0.0", Assert.Single(catalog.Entries).ToString());
        var warning = Assert.Single(catalog.Diagnostics);
        Assert.Equal($"{three}: warning PE0006: This folder is more than 2 levels below the catalogue's folder (RuleSetLimits.MaxCatalogDepth); its rule files are left out of the catalogue.", warning.ToString());
        Assert.Equal(2, RuleSetCatalog.FromDirectory(folder).Entries.Count);
    }

    [Fact]
    public void FromDirectory_MissingFolder_ThrowsDirectoryNotFound()
        => Assert.Throws<DirectoryNotFoundException>(() => RuleSetCatalog.FromDirectory(Path.Combine(folder, "missing")));

    // ---- One id and version in two files ------------------------------------------------------------------------

    [Theory]
    [InlineData("a-copy.yaml")]
    [InlineData("z-copy.yaml")]
    public void FromDirectory_TwoFilesWithOneIdAndVersion_IsAnErrorNamingBothAndNeitherIsUsed(string copyName)
    {
        // Before, whichever name sorted first was the base: the same input scored 100 or 50 by a file name.
        var (original, copy, child) = TwoBasesAndAChild(copyName);

        var catalog = RuleSetCatalog.FromDirectory(folder);

        var error = Assert.Single(catalog.Diagnostics);
        Assert.Equal(("PE0201", DiagnosticSeverity.Error), (error.Code, error.Severity));
        Assert.Contains(original, error.Message + error.File, StringComparison.Ordinal);
        Assert.Contains(copy, error.Message + error.File, StringComparison.Ordinal);
        Assert.Null(catalog.Find("base-rules", "1.0.0"));
        var load = Assert.Single(catalog.Load("base-rules", "1.0.0").Errors);
        Assert.Equal("PE0201", load.Code);
        Assert.Contains(original, load.Message, StringComparison.Ordinal);
        Assert.Contains(copy, load.Message, StringComparison.Ordinal);

        var extending = RuleSetLoader.LoadFile(child);

        var extendsError = Assert.Single(extending.Errors);
        Assert.Equal(("PE0201", child, 4, 10), (extendsError.Code, extendsError.File, extendsError.Line, extendsError.Column));
        var names = new[] { original, copy }.Order(StringComparer.Ordinal).ToList();
        Assert.Equal($"'extends' names base-rules@1.0.0, which more than one file defines: {names[0]} and {names[1]}; keep one, or give the others another version.", extendsError.Message);
    }

    [Fact]
    public void Load_ByJurisdictionAndYear_WhenTwoFilesHoldTheHighestVersion_IsAnError()
    {
        TwoBasesAndAChild("copy.yaml");

        var error = Assert.Single(RuleSetCatalog.FromDirectory(folder).Load("某县", 2023).Errors);

        Assert.Equal("PE0201", error.Code);
    }

    // ---- A base that cannot be loaded -----------------------------------------------------------------------------

    [Fact]
    public void LoadFile_BaseWithAYamlError_ReportsTheBasesOwnError()
    {
        var (original, _, child) = TwoBasesAndAChild(copyName: null);
        File.WriteAllText(original, File.ReadAllText(original).Replace("name: 甲", "name: 甲: 乙", StringComparison.Ordinal));

        var errors = RuleSetLoader.LoadFile(child).Errors.Select(e => e.ToString()).ToList();

        Assert.Equal(2, errors.Count);
        Assert.Contains($"{child}:4:10: error PE0108: 'extends' names base-rules@1.0.0, which {original} seems to define but cannot be loaded: see its errors.", errors);
        Assert.Contains(errors, e => e.StartsWith($"{original}:17:21: error PE0002: YAML syntax", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadFile_BaseOfAnotherFormat_ReportsItsFormat()
    {
        var (original, _, child) = TwoBasesAndAChild(copyName: null);
        File.WriteAllText(original, File.ReadAllText(original).Replace("format: perfeval/1", "format: perfeval/9", StringComparison.Ordinal));

        var errors = RuleSetLoader.LoadFile(child).Errors.Select(e => e.ToString()).ToList();

        Assert.Contains($"{original}:1:9: error PE0106: 'format' is 'perfeval/9'; this version of PerfEval reads 'perfeval/1' and 'perfeval/1.1'.", errors);
        Assert.Contains(errors, e => e.StartsWith($"{child}:4:10: error PE0108: ", StringComparison.Ordinal));
    }

    [UnixFact]
    public void LoadFile_BaseMissingWhileAFileIsUnreadable_NamesTheUnreadableFile()
    {
        var (original, _, child) = TwoBasesAndAChild(copyName: null);
        File.Delete(original);
        var fifo = SpecialFiles.Fifo(Path.Combine(folder, "base.yaml"));

        var error = Assert.Single(SpecialFiles.WithinSeconds(10, () => RuleSetLoader.LoadFile(child), fifo).Errors);

        Assert.Equal($"'extends' names base-rules@1.0.0, which is not in the catalogue of rule sets. Left out of the catalogue as unreadable: {fifo}.", error.Message);
    }

    private static void CopyYangxi(string to)
    {
        File.Copy(Repo.Rules("yangxi-2023.yaml"), Path.Combine(to, "yangxi-2023.yaml"));
        File.Copy(Repo.Rules("yangxi-2024.yaml"), Path.Combine(to, "yangxi-2024.yaml"));
    }

    /// <summary>base.yaml (base-rules@1.0.0), a copy of it under another name that halves the score, and a file extending it.</summary>
    private (string Original, string Copy, string Child) TwoBasesAndAChild(string? copyName)
    {
        var text = (Some.Header() + """
            jurisdiction: 某县
            fiscal_year: 2023
            inputs:
              - { name: rate, type: decimal }
            indicators:
              - { id: a, name: 甲, weight: 100, formula: weight * rate }
            """).Replace("id: test-rules\n", "id: base-rules\n", StringComparison.Ordinal);
        var original = Path.Combine(folder, "base.yaml");
        File.WriteAllText(original, text);
        var copy = copyName is null ? string.Empty : Path.Combine(folder, copyName);
        if (copyName is not null)
        {
            File.WriteAllText(copy, text.Replace("weight * rate", "weight * rate / 2", StringComparison.Ordinal));
        }

        var child = Path.Combine(folder, "child.yaml");
        File.WriteAllText(child, "format: perfeval/1\nid: child-rules\nversion: 2.0.0\nextends: base-rules@1.0.0\n");
        return (original, copy, child);
    }
}
