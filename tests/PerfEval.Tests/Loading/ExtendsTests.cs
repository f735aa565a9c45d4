using PerfEval.Loading;
using PerfEval.Rules;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Loading;

public sealed class ExtendsTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "perfeval-extends-" + Guid.NewGuid().ToString("N"));

    public ExtendsTests()
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "base.yaml"), (Some.Header() + """
            id: base-rules
            inputs:
              - { name: rate, type: decimal }
              - { name: flag, type: boolean }
            indicators:
              - id: group_a
                name: 甲
                weight: 60
                children:
                  - { id: a1, name: 甲一, weight: 30, formula: weight * rate }
                  - { id: a2, name: 甲二, weight: 30, pass_fail: { condition: flag } }
              - { id: b, name: 乙, weight: 40, formula: weight * rate }
            """).Replace("id: test-rules\n", string.Empty, StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Load_ChildChangingAFormula_KeepsEverythingElse()
    {
        var rules = Load("""
            indicators:
              - { id: b, formula: weight * rate * rate }
            """);

        var b = rules.Indicators[1];
        Assert.Equal("weight * rate * rate", Assert.IsType<FormulaMethod>(b.Method).Score.Text);
        Assert.Equal(40m, b.Weight);
        Assert.Equal("乙", b.Name);
        Assert.Equal("2.0.0", rules.Version);
        Assert.Equal(2, rules.Inputs.Count);
    }

    [Fact]
    public void Load_ChildReplacingAMethodByAnotherKind_DropsTheOldMethod()
    {
        var rules = Load("""
            indicators:
              - id: a2
                bands: { value: rate, ranges: [ { gte: 0, lt: 0.5, points: 0 }, { gte: 0.5, points: 30 } ] }
            """);

        Assert.IsType<BandsMethod>(rules.Indicators[0].Children[1].Method);
    }

    [Fact]
    public void Load_ChildMovingWeightAddingAndRemoving_ResolvesTheTree()
    {
        var rules = Load("""
            indicators:
              - { id: a2, remove: true }
              - { id: a3, parent: group_a, after: a1, name: 甲三, weight: 20, formula: weight * rate }
              - { id: group_a, weight: 50 }
              - { id: b, weight: 50 }
            """);

        var group = rules.Indicators[0];
        Assert.Equal(new[] { "a1", "a3" }, group.Children.Select(c => c.Id));
        Assert.Equal(50m, group.Weight);
    }

    [Fact]
    public void Load_ChildChangingGradesAndAddingAnInput_ReplacesAndMerges()
    {
        var rules = Load("""
            grades:
              - { grade: excellent, label: 优秀, gte: 85 }
              - { grade: good, label: 良好, gte: 70, lt: 85 }
              - { grade: fair, label: 合格, gte: 60, lt: 70 }
              - { grade: poor, label: 不合格, gte: 0, lt: 60 }
            inputs:
              - { name: rate, type: decimal, min: 0, max: 1 }
              - { name: extra, type: decimal }
            checks:
              - { id: extra_sane, assert: extra >= 0, message: extra must not be negative }
            """);

        Assert.Equal("优秀", rules.Grades[0].Label);
        Assert.Equal(1m, rules.Inputs.Single(i => i.Name == "rate").Max);
        Assert.Contains(rules.Inputs, i => i.Name == "extra");
    }

    [Fact]
    public void Load_ChildBreakingGroupWeights_IsValidatedAsAWhole()
    {
        var errors = LoadErrors("""
            indicators:
              - { id: b, weight: 45 }
            """);

        Assert.Contains(errors, d => d.Code == "PE0204");
    }

    [Fact]
    public void Load_ErrorInTheBaseFile_PointsIntoTheBaseFile()
    {
        var errors = LoadErrors("""
            indicators:
              - { id: b, formula: weight * nonexistent }
            """);

        var unknown = Assert.Single(errors, d => d.Code == "PE0302");
        Assert.EndsWith("child.yaml", unknown.File, StringComparison.Ordinal);

        var weights = LoadErrors("""
            indicators:
              - { id: a1, weight: 31 }
            """);
        var mismatch = Assert.Single(weights, d => d.Code == "PE0203");
        Assert.EndsWith("base.yaml", mismatch.File, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("extends: base-rules@9.9.9", "PE0108")]
    [InlineData("extends: base-rules", "PE0105")]
    public void Load_BadExtends_ReportsIt(string extends, string code)
    {
        var errors = LoadErrors("", extends);
        Assert.Contains(errors, d => d.Code == code);
    }

    [Fact]
    public void Load_RemovingAnUnknownIndicator_ReportsPatchTarget()
    {
        var errors = LoadErrors("""
            indicators:
              - { id: zz, remove: true }
            """);
        Assert.Contains(errors, d => d.Code == "PE0107" && d.Message.Contains("'zz'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_FilesExtendingEachOther_ReportsTheCycle()
    {
        File.WriteAllText(Path.Combine(folder, "x.yaml"), "format: perfeval/1\nid: x\nversion: 1.0.0\nextends: y@1.0.0\n");
        File.WriteAllText(Path.Combine(folder, "y.yaml"), "format: perfeval/1\nid: y\nversion: 1.0.0\nextends: x@1.0.0\n");

        var result = RuleSetLoader.LoadFile(Path.Combine(folder, "x.yaml"));

        Assert.Contains(result.Errors, d => d.Code == "PE0109");
    }

    [Fact]
    public void ResolveFile_Yangxi2024_PrintsTheWholeResolvedRuleSet()
    {
        var resolved = RuleSetLoader.ResolveFile(Repo.Rules("yangxi-2024.yaml"));

        Assert.NotNull(resolved.Value);
        Assert.DoesNotContain("extends", resolved.Value, StringComparison.Ordinal);
        Assert.Contains("fund_allocation_compliance", resolved.Value, StringComparison.Ordinal);
        Assert.Contains("lte: 0.03", resolved.Value, StringComparison.Ordinal);

        // The resolved text is itself a complete rule set that loads to the same tree.
        var again = RuleSetLoader.Load(resolved.Value!, "resolved.yaml");
        Assert.True(again.IsSuccess, string.Join("\n", again.Diagnostics));
        Assert.Equal("2.0.0", again.Value!.Version);
    }

    [Fact]
    public void Score_Yangxi2024_LosesOnePointOnTheTighterCarryoverBands()
    {
        var rules = RuleSetLoader.LoadFile(Repo.Rules("yangxi-2024.yaml")).GetValueOrThrow();
        var card = rules.Score(Some.YangxiInput());

        // 3.43 % now lies in (3 %, 6 %]: 1 point instead of 2; 92.76 − 1 = 91.76.
        Assert.Equal(1.00m, card["carryover_rate"].Score);
        Assert.Equal(91.76m, card.Total);
        Assert.Equal(2024, rules.Definition.FiscalYear);
    }

    [Fact]
    public void Load_ChildOfAProjectRuleSet_KeepsItsRowsAndFormAndScoresTheNewWeights()
    {
        // The regional variant's weights (产出 40, 效益 40) written as a patch of the national form: everything else,
        // the rows groups, row rules and project_form among it, comes from the base.
        File.Copy(Repo.Rules("project-national-2024.yaml"), Path.Combine(folder, "project-national-2024.yaml"));
        var path = Path.Combine(folder, "child.yaml");
        File.WriteAllText(path, """
            format: perfeval/1.1
            id: project-child
            version: 1.0.0
            extends: project-national@1.0.0
            indicators:
              - { id: output, weight: 40 }
              - { id: benefit, weight: 40 }
            """);

        var rules = RuleSetLoader.LoadFile(path).GetValueOrThrow();
        var card = rules.Evaluate(Some.Sample("project-regional-2024.json")).GetValueOrThrow();

        // As project-samples.md §5 but for the cost row, which the base scores 反向 by ratio: 8 × 430 / 481.60
        // = 3440 / 481.60 = 7.142857 → 7.14 instead of 6.00 by deduction; 产出 37.72 + 1.14 = 38.86, total 92.76 + 1.14 = 93.90.
        Assert.Equal((38.86m, 93.90m), (card["output"].Score, card.Total));
        Assert.Equal("某区住房和城乡建设局", card.Project!.Department);
        Assert.Equal(4, card.Project.Funds.Count);
    }

    private RuleSet Load(string body)
    {
        var result = RuleSetLoader.LoadFile(Write(body, "extends: base-rules@1.0.0"));
        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
        return result.Value!.Definition;
    }

    private IReadOnlyList<PerfEval.Results.Diagnostic> LoadErrors(string body, string extends = "extends: base-rules@1.0.0")
    {
        var result = RuleSetLoader.LoadFile(Write(body, extends));
        Assert.False(result.IsSuccess);
        return result.Errors.ToList();
    }

    private string Write(string body, string extends)
    {
        var path = Path.Combine(folder, "child.yaml");
        File.WriteAllText(path, $"format: perfeval/1\nid: child-rules\nversion: 2.0.0\n{extends}\n{body}");
        return path;
    }
}
