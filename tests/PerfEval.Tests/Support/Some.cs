using PerfEval.Evaluation;
using PerfEval.Inputs;
using PerfEval.Loading;
using PerfEval.Results;

namespace PerfEval.Tests.Support;

/// <summary>Builders for small rule sets and inputs, so each test states only what it is about.</summary>
internal static class Some
{
    /// <summary>The header of a minimal rule set: total 100 unless given, grades covering [0, total].</summary>
    public static string Header(decimal total = 100m, int decimals = 2, string midpoint = "away_from_zero") => $"""
        format: perfeval/1
        id: test-rules
        version: 1.0.0
        title: Test rules
        total: {total}
        rounding: {"{"} decimals: {decimals}, midpoint: {midpoint} {"}"}
        grades:
          - {"{"} grade: excellent, label: 优, gte: {total * 0.9m} {"}"}
          - {"{"} grade: good, label: 良, gte: {total * 0.8m}, lt: {total * 0.9m} {"}"}
          - {"{"} grade: fair, label: 中, gte: {total * 0.6m}, lt: {total * 0.8m} {"}"}
          - {"{"} grade: poor, label: 差, gte: 0, lt: {total * 0.6m} {"}"}

        """;

    /// <summary>Loads YAML text and fails the test with every diagnostic when it does not load.</summary>
    public static CompiledRuleSet Rules(string yaml)
    {
        var result = RuleSetLoader.Load(yaml, "test.yaml");
        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    /// <summary>Loads YAML text that must fail, returning the diagnostics.</summary>
    public static IReadOnlyList<Diagnostic> Errors(string yaml)
    {
        var result = RuleSetLoader.Load(yaml, "test.yaml");
        Assert.False(result.IsSuccess, "expected the rule set to be rejected");
        return result.Errors.ToList();
    }

    public static Scorecard Score(CompiledRuleSet rules, Action<InputValuesBuilder> build)
    {
        var builder = InputValues.CreateBuilder();
        build(builder);
        var result = rules.Evaluate(builder.Build());
        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    public static IReadOnlyList<Diagnostic> ScoreErrors(CompiledRuleSet rules, Action<InputValuesBuilder> build)
    {
        var builder = InputValues.CreateBuilder();
        build(builder);
        var result = rules.Evaluate(builder.Build());
        Assert.False(result.IsSuccess, "expected scoring to fail");
        return result.Errors.ToList();
    }

    public static CompiledRuleSet Yangxi() => RuleSetLoader.LoadFile(Repo.Rules("yangxi-2023.yaml")).GetValueOrThrow();

    /// <summary>Reads the Yangxi sample, naming it by its path in the repository so output does not depend on the clone.</summary>
    public static InputValues YangxiInput() => Sample("yangxi-2023.json");

    /// <summary>The sample of a rule file: samples/NAME.json, or else the sample of the rule set it extends.</summary>
    public static InputValues SampleFor(string ruleFile)
    {
        var name = Path.ChangeExtension(ruleFile, ".json");
        if (File.Exists(Repo.Samples(name)))
        {
            return Sample(name);
        }

        var catalog = RuleSetCatalog.FromDirectory(Path.Combine(Repo.Root, "rules"));
        var entry = catalog.Entries.Single(e => Path.GetFileName(e.Source) == ruleFile);
        var parent = entry.Extends ?? throw new InvalidOperationException($"{ruleFile} has no sample and extends nothing.");
        var at = parent.LastIndexOf('@');
        return SampleFor(Path.GetFileName(catalog.Find(parent[..at], parent[(at + 1)..])!.Source));
    }

    public static InputValues Sample(string name) => JsonInputReader.Read(File.ReadAllBytes(Repo.Samples(name)), "samples/" + name).GetValueOrThrow();
}
