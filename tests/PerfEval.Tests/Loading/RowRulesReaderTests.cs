using PerfEval.Loading;
using PerfEval.Results;
using PerfEval.Rules;
using PerfEval.Tests.Support;
using PerfEval.Validation;

namespace PerfEval.Tests.Loading;

/// <summary>The project-form keys of format 1.1: <c>row_rules</c>, <c>qualitative_grades</c> and a group's <c>rows</c>.</summary>
public sealed class RowRulesReaderTests
{
    private static readonly string Header = Some.Header().Replace("format: perfeval/1\n", "format: perfeval/1.1\n", StringComparison.Ordinal);

    private const string Project = """
        row_rules:
          - { name: cost_excess, kind: deduct_excess, step: 0.1, points: 1, counting: started }
          - { name: near, kind: exact, tolerance: 0.5 }
        qualitative_grades:
          - { label: 全部或基本达成预期指标, gte: 0.8, lte: 1, phrases: [达成预期指标, 基本达成预期指标] }
          - { label: 部分达成预期指标并具有一定效果, gte: 0.6, lt: 0.8 }
          - { label: 未达成预期指标且效果较差, gte: 0, lt: 0.6 }
        indicators:
          - id: output
            name: 产出指标
            weight: 100
            rows:
              kinds:
                - { name: 数量指标 }
                - { name: 成本指标, at_most: cost_excess }
              at_least: proportional
              at_most: inverse
              equal: near
              bare: equal
        """;

    private static (RuleSet? RuleSet, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml)
    {
        var sink = new DiagnosticSink("rules.yaml");
        var tree = YamlTreeReader.Read(yaml, sink, 64);
        var ruleSet = tree is null ? null : RuleSetReader.Read(tree, new ReadContext("rules.yaml", sink));
        if (ruleSet is not null)
        {
            RuleSetValidator.Validate(ruleSet, sink);
        }

        return (ruleSet, sink.Sorted());
    }

    [Fact]
    public void Read_ProjectKeys_BuildsTheModel()
    {
        var (ruleSet, diagnostics) = Read(Header + Project);

        Assert.Empty(diagnostics);
        var rules = ruleSet!.RowRules;
        Assert.Equal(new[] { "cost_excess", "near" }, rules.Select(r => r.Name));
        Assert.Equal((RowMethod.DeductExcess, 0.1m, 1m, DeductionCounting.Started), (rules[0].Kind, rules[0].Step, rules[0].Points, rules[0].Counting));
        Assert.Equal((RowMethod.Exact, 0.5m), (rules[1].Kind, rules[1].Tolerance));
        Assert.Equal(RowMethod.Inverse, ruleSet.FindRowRule("inverse")!.Kind);
        Assert.Null(ruleSet.FindRowRule("deduct_excess"));

        var grades = ruleSet.QualitativeGrades;
        Assert.Equal(3, grades.Count);
        Assert.Equal(new[] { "达成预期指标", "基本达成预期指标" }, grades[0].Phrases);
        Assert.True(grades[1].Share.Contains(0.6m));
        Assert.False(grades[1].Share.Contains(0.8m));

        var rows = ruleSet.Indicators[0].Rows!;
        Assert.Equal(new[] { "数量指标", "成本指标" }, rows.Kinds.Select(k => k.Name));
        Assert.Equal(RowComparison.Equal, rows.Bare);
        Assert.Equal("cost_excess", rows.RuleFor(rows.FindKind("成本指标")!, RowComparison.AtMost));
        Assert.Equal("inverse", rows.RuleFor(rows.FindKind("数量指标")!, RowComparison.AtMost));
        Assert.Equal("near", rows.RuleFor(rows.FindKind("数量指标")!, RowComparison.Equal));
    }

    [Fact]
    public void Read_RowsDefaults_AreProportionalInverseExactAtLeast()
    {
        var yaml = Header + """
            indicators:
              - { id: output, name: 产出指标, weight: 100, rows: { kinds: [ { name: 数量指标 } ] } }
            """;

        var rows = Read(yaml).RuleSet!.Indicators[0].Rows!;

        Assert.Equal(("proportional", "inverse", "exact", RowComparison.AtLeast), (rows.AtLeast, rows.AtMost, rows.Equal, rows.Bare));
    }

    [Theory]
    [InlineData("row_rules", 13)] // The header is 12 lines; row_rules is the first line of Project.
    [InlineData("qualitative_grades", 16)]
    [InlineData("rows", 24)]
    public void Read_KeyInFormat1File_ReportsPE0106Needs1_1(string key, int line)
    {
        var yaml = Some.Header() + Project;

        var error = Assert.Single(Read(yaml).Diagnostics, d => d.MessageId == "PE0106.needs-1.1" && d.Message.Contains("'" + key + "'", StringComparison.Ordinal));

        Assert.Equal("PE0106", error.Code);
        Assert.Equal(line, error.Line);
    }

    [Theory]
    [InlineData("- { name: x, kind: deduct_excess, points: 1 }", "PE0102.row-rule")]
    [InlineData("- { name: x, kind: deduct_excess, step: 0, points: 1 }", "PE0105.row-rule-positive")]
    [InlineData("- { name: x, kind: proportional, step: 0.1 }", "PE0105.row-rule-key")]
    [InlineData("- { name: x, kind: inverse, tolerance: 1 }", "PE0105.row-rule-tolerance")]
    [InlineData("- { name: x, kind: exact, tolerance: -1 }", "PE0105.row-rule-tolerance")]
    [InlineData("- { name: x, kind: halve }", "PE0105.enum")]
    [InlineData("- { name: x, kind: exact, wobble: 1 }", "PE0101")]
    [InlineData("- { name: inverse, kind: inverse }", "PE0201.row-rule")]
    [InlineData("- { name: x, kind: exact }\n  - { name: x, kind: exact }", "PE0201.row-rule")]
    public void Read_BadRowRule_ReportsAtTheRule(string rule, string messageId)
    {
        var yaml = Header + "row_rules:\n  " + rule + "\n" + """
            indicators:
              - { id: a, name: A, weight: 100, judgement: { criteria: 按时完成 } }
            """;

        var diagnostics = Read(yaml).Diagnostics;

        var error = Assert.Single(diagnostics);
        Assert.Equal(messageId, error.MessageId);
        Assert.True(error.Line >= 13, error.ToString());
    }

    [Theory]
    [InlineData("rows: { kinds: [ { name: 数量指标, at_most: halve } ] }", "PE0105.row-rule-unknown")]
    [InlineData("rows: { kinds: [ { name: 数量指标 }, { name: 数量指标 } ] }", "PE0201.row-kind")]
    [InlineData("rows: { kinds: [ { name: 数量指标 } ], bare: at_most }", "PE0105.enum")]
    [InlineData("rows: { at_least: proportional }", "PE0102")]
    [InlineData("rows: { kinds: [ { name: 数量指标 } ] }, children: [ { id: b, name: B, weight: 100, judgement: { criteria: x } } ]", "PE0205.rows-children")]
    [InlineData("rows: { kinds: [ { name: 数量指标 } ] }, judgement: { criteria: x }", "PE0205.group")]
    public void Read_BadRows_ReportsAtTheGroup(string rows, string messageId)
    {
        var yaml = Header + "indicators:\n  - { id: a, name: A, weight: 100, " + rows + " }\n";

        var error = Assert.Single(Read(yaml).Diagnostics);

        Assert.Equal(messageId, error.MessageId);
        Assert.Equal(13, error.Line);
    }

    [Fact]
    public void Load_RowsGroup_CompilesAsALeafScoredByItsRows()
    {
        var rules = Some.Rules(Header + Project);

        Assert.Equal("output", Assert.Single(rules.Definition.Indicators).Id);
    }

    [Theory]
    [InlineData("fallback: halve", "PE0105.enum")]
    [InlineData("fallback: zero", null)]
    public void Read_RowsFallback_IsRescaleOrZero(string fallback, string? messageId)
    {
        var yaml = Header + "indicators:\n  - { id: a, name: A, weight: 100, rows: { kinds: [ { name: 数量指标 } ], " + fallback + " } }\n";

        var diagnostics = Read(yaml).Diagnostics;

        Assert.Equal(messageId, diagnostics.SingleOrDefault()?.MessageId);
    }
}
