using PerfEval.Loading;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Loading;

public sealed class RuleSetCatalogTests
{
    private static readonly RuleSetCatalog Folder = RuleSetCatalog.FromDirectory(Path.Combine(Repo.Root, "rules"));

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
        var rules = Folder.Load("yangxi-department-overall", "1.0.0").GetRuleSetOrThrow();
        Assert.Equal(2023, rules.Definition.FiscalYear);
    }

    [Theory]
    [InlineData(2023, "1.0.0")]
    [InlineData(2024, "2.0.0")]
    public void Load_ByJurisdictionAndYear_LoadsThatYearsRuleSet(int year, string version)
    {
        var rules = Folder.Load("广东省阳江市阳西县", year).GetRuleSetOrThrow();
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
        var rules = RuleSetCatalog.Shipped.Load("yangxi-department-overall", "1.0.0").GetRuleSetOrThrow();
        Assert.Equal(92.76m, rules.Score(Some.YangxiInput()).Total);
        Assert.Equal(91.76m, RuleSetCatalog.Shipped.Load("广东省阳江市阳西县", 2024).GetRuleSetOrThrow().Score(Some.YangxiInput()).Total);
    }
}
