using PerfEval.Loading;
using PerfEval.Results;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Loading;

/// <summary>Load-time errors: each is a diagnostic with a stable code and the line and column it concerns, never an exception.</summary>
public sealed class RuleSetLoaderTests
{
    /// <summary>Two inputs most tests' formulas use; an unused one only adds a warning.</summary>
    private static readonly string Base = Some.Header() + """
        inputs:
          - { name: rate, type: decimal }
          - { name: flag, type: boolean }

        """;

    // ---- Valid files -------------------------------------------------------------------------------------------

    [Fact]
    public void LoadFile_Yangxi_LoadsWithoutDiagnostics()
    {
        var result = RuleSetLoader.LoadFile(Repo.Rules("yangxi-2023.yaml"));

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Equal("yangxi-department-overall", result.Value!.Id);
    }

    [Fact]
    public void Load_UnusedInput_WarnsPE0211AndStillLoads()
    {
        var yaml = Base + """
            indicators:
              - { id: only, name: Only, weight: 100, formula: "weight * Min(1, rate)" }
            """;

        var result = RuleSetLoader.Load(yaml, "test.yaml");

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Errors);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("PE0211", warning.Code);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("'flag'", warning.Message, StringComparison.Ordinal);
        Assert.Equal(At(yaml, "{ name: flag"), (warning.Line, warning.Column));
        Assert.Equal("test.yaml", warning.File);
    }

    // ---- Reading YAML ------------------------------------------------------------------------------------------

    [Fact]
    public void Load_YamlSyntaxError_ReportsPE0002WithPosition()
    {
        var error = Assert.Single(Some.Errors("format: perfeval/1\n  id: x\n"));

        Assert.Equal("PE0002", error.Code);
        Assert.StartsWith("YAML syntax:", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Line:", error.Message, StringComparison.Ordinal);
        Assert.Equal("test.yaml", error.File);
        Assert.Equal((2, 5), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("    judgement:\n      criteria: 资金下达: 合规\n", "criteria: '资金下达: 合规'")]
    [InlineData("    judgement: { criteria: 资金下达: 合规 }\n", "criteria: '资金下达: 合规'")]
    [InlineData("    judgement:\n      criteria: 资金下达: 合规  # 通知第三条\n", "criteria: '资金下达: 合规'")]
    [InlineData("    judgement:\n      criteria: 单位's 资金: 合规\n", "criteria: \"单位's 资金: 合规\"")]
    public void Load_UnquotedColonAndSpaceInAValue_SuggestsQuotingTheValue(string judgement, string suggestion)
    {
        var yaml = Some.Header() + "indicators:\n  - id: a\n    name: A\n    weight: 100\n" + judgement;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0002", error.Code);
        Assert.EndsWith($" A value that holds ': ' must be quoted: {suggestion}.", error.Message, StringComparison.Ordinal);
        Assert.Equal(At(yaml, ": 合规"), (error.Line, error.Column));
    }

    [Fact]
    public void Load_OtherYamlSyntaxError_SuggestsNoQuoting()
    {
        var error = Assert.Single(Some.Errors("format: perfeval/1\n  id: x\n"));

        Assert.DoesNotContain("quoted", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e-400", "'min' is 1e-400, which would be read as 0: a rule file's numbers are decimal, which keep at most 28 decimal places and 28 or 29 significant digits in all.")]
    [InlineData("0.00000000000000000000000000001", "'min' is 0.00000000000000000000000000001, which would be read as 0: a rule file's numbers are decimal, which keep at most 28 decimal places and 28 or 29 significant digits in all.")]
    [InlineData("1.00000000000000000000000000001", "'min' is 1.00000000000000000000000000001, which would be read as 1.0000000000000000000000000000: a rule file's numbers are decimal, which keep at most 28 decimal places and 28 or 29 significant digits in all.")]
    [InlineData("1e40", "'min' is 1e40, beyond ±10^15, the largest number a rule file may hold.")]
    [InlineData("-1e400", "'min' is -1e400, beyond ±10^15, the largest number a rule file may hold.")]
    [InlineData("Infinity", "'min' must be a number, not 'Infinity'.")]
    public void Load_NumberDecimalCannotHold_SaysWhatTheLimitIs(string literal, string message)
    {
        var yaml = Some.Header() + $"inputs:\n  - {{ name: rate, type: decimal, min: {literal} }}\nindicators:\n  - {{ id: a, name: A, weight: 100, formula: weight * rate }}\n";

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal(("PE0105", message), (error.Code, error.Message));
        Assert.Equal(At(yaml, literal + " }"), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("0.0000000000000000000000000001", 0.0000000000000000000000000001)]
    [InlineData("1.50", 1.5)]
    [InlineData("2e3", 2000)]
    [InlineData("-0.25", -0.25)]
    public void Load_NumberDecimalHoldsExactly_IsRead(string literal, double expected)
    {
        var rules = Some.Rules(Some.Header() + $"inputs:\n  - {{ name: rate, type: decimal, min: {literal} }}\nindicators:\n  - {{ id: a, name: A, weight: 100, formula: weight * rate }}\n");

        Assert.Equal((decimal)expected, rules.Definition.Inputs[0].Min);
    }

    [Fact]
    public void Load_UnclosedFlowSequence_ReportsPE0002()
    {
        var error = Assert.Single(Some.Errors(Base + "indicators: [ { id: a, name: A, weight: 100, formula: weight }\n"));

        Assert.Equal("PE0002", error.Code);
        Assert.True(error.Line > 0 && error.Column > 0);
    }

    [Fact]
    public void Load_EmptyText_ReportsPE0002()
    {
        var error = Assert.Single(Some.Errors(string.Empty));

        Assert.Equal("PE0002", error.Code);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    [Fact]
    public void Load_AnchorAndAlias_ReportsPE0003ForEach()
    {
        var yaml = Base + """
            indicators:
              - id: a
                name: &shared A
                weight: 50
                formula: weight * Min(1, rate)
              - id: b
                name: *shared
                weight: 50
                formula: weight * Min(1, rate)
            """;

        var errors = Some.Errors(yaml);

        var anchor = Assert.Single(errors, e => e.Message.Contains("anchors", StringComparison.Ordinal));
        Assert.Equal("PE0003", anchor.Code);
        Assert.Contains("&shared", anchor.Message, StringComparison.Ordinal);
        Assert.Equal(At(yaml, "&shared"), (anchor.Line, anchor.Column));
        var alias = Assert.Single(errors, e => e.Message.Contains("aliases", StringComparison.Ordinal));
        Assert.Equal("PE0003", alias.Code);
        Assert.Contains("*shared", alias.Message, StringComparison.Ordinal);
        Assert.Equal(At(yaml, "*shared"), (alias.Line, alias.Column));
    }

    [Fact]
    public void Load_CustomTag_ReportsPE0003()
    {
        var yaml = Base + """
            indicators:
              - id: a
                name: A
                weight: !points 100
                formula: weight * Min(1, rate)
            """;

        var errors = Some.Errors(yaml);

        var tag = Assert.Single(errors, e => e.Code == "PE0003");
        Assert.Contains("tags", tag.Message, StringComparison.Ordinal);
        Assert.Contains("!points", tag.Message, StringComparison.Ordinal);
        Assert.Equal(At(yaml, "!points"), (tag.Line, tag.Column));
    }

    [Fact]
    public void Load_StandardTag_ReportsPE0003()
    {
        var yaml = Base + """
            indicators:
              - { id: a, name: !!str A, weight: 100, formula: "weight * Min(1, rate)" }
            """;

        var tag = Assert.Single(Some.Errors(yaml), e => e.Code == "PE0003");

        Assert.Equal(At(yaml, "!!str"), (tag.Line, tag.Column));
    }

    // ---- The shape of a rule file ------------------------------------------------------------------------------

    [Fact]
    public void Load_UnknownTopLevelKey_ReportsPE0101WithSuggestion()
    {
        var yaml = Base + """
            jurisdicton: 广东省阳江市阳西县
            indicators:
              - { id: only, name: Only, weight: 100, formula: "weight * Min(1, rate)" }
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0101", error.Code);
        Assert.Contains("'jurisdicton'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'jurisdiction'?", error.Message, StringComparison.Ordinal);
        Assert.Equal(At(yaml, "jurisdicton"), (error.Line, error.Column));
    }

    [Fact]
    public void Load_UnknownIndicatorKey_ReportsPE0101WithSuggestion()
    {
        var yaml = Base + """
            indicators:
              - id: only
                name: Only
                weight: 100
                formula: weight * Min(1, rate)
                notes: assumed
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0101", error.Code);
        Assert.Contains("'notes'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'note'?", error.Message, StringComparison.Ordinal);
        Assert.Equal(At(yaml, "notes:"), (error.Line, error.Column));
    }

    [Fact]
    public void Load_UnrelatedUnknownKey_ListsKnownKeys()
    {
        var yaml = Base + """
            author: someone
            indicators:
              - { id: only, name: Only, weight: 100, formula: "weight * Min(1, rate)" }
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0101", error.Code);
        Assert.Contains("Known keys:", error.Message, StringComparison.Ordinal);
        Assert.Contains("jurisdiction", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TransposedKey_SuggestsKey()
    {
        var yaml = Some.Header() + """
            titel: x
            indicators:
              - { id: only, name: Only, weight: 100, judgement: { criteria: x } }
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Contains("Did you mean 'title'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingTopLevelKey_ReportsPE0102()
    {
        var yaml = Base.Replace("title: Test rules\n", string.Empty, StringComparison.Ordinal) + """
            indicators:
              - { id: only, name: Only, weight: 100, formula: "weight * Min(1, rate)" }
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0102", error.Code);
        Assert.Contains("needs 'title'", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    [Fact]
    public void Load_IndicatorWithoutWeight_ReportsPE0102AtIndicator()
    {
        var yaml = Base + """
            indicators:
              - id: only
                name: Only
                formula: weight * Min(1, rate)
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0102", error.Code);
        Assert.Contains("'weight'", error.Message, StringComparison.Ordinal);
        Assert.Equal(At(yaml, "id: only"), (error.Line, error.Column));
    }

    [Fact]
    public void Load_DuplicateKey_ReportsPE0103AtSecondKey()
    {
        var yaml = Base + """
            indicators:
              - id: only
                name: Only
                weight: 100
                formula: weight * Min(1, rate)
                weight: 90
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0103", error.Code);
        Assert.Contains("Duplicate key 'weight'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"first at line {At(yaml, "weight: 100").Line}", error.Message, StringComparison.Ordinal);
        Assert.Equal(At(yaml, "weight: 90"), (error.Line, error.Column));
    }

    [Fact]
    public void Load_Format1_1_ReadsAPerfeval1FileTheSame()
    {
        var yangxi = File.ReadAllText(Repo.Rules("yangxi-2023.yaml"));
        var as1_1 = yangxi.Replace("format: perfeval/1\n", "format: perfeval/1.1\n", StringComparison.Ordinal);
        Assert.NotEqual(yangxi, as1_1);

        var card = RuleSetLoader.Load(as1_1, "yangxi-1.1.yaml").GetValueOrThrow().Score(Some.Sample("yangxi-2023.json"));

        Assert.Equal(92.76m, card.Total);
        Assert.Equal("perfeval/1.1", RuleSetLoader.Load(as1_1, "yangxi-1.1.yaml").GetValueOrThrow().Definition.Format);
    }

    [Fact]
    public void Load_WrongFormatTag_ReportsPE0106AtValue()
    {
        var yaml = Base.Replace("format: perfeval/1", "format: perfeval/2", StringComparison.Ordinal) + """
            indicators:
              - { id: only, name: Only, weight: 100, formula: "weight * Min(1, rate)" }
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0106", error.Code);
        Assert.Contains("'perfeval/2'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'perfeval/1' and 'perfeval/1.1'", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 9), (error.Line, error.Column));
    }

    // ---- The model ---------------------------------------------------------------------------------------------

    [Fact]
    public void Load_GroupWeightNotSumOfChildren_ReportsPE0203()
    {
        var yaml = Base + """
            indicators:
              - id: group
                name: Group
                weight: 100
                children:
                  - { id: a, name: A, weight: 40, formula: "weight * Min(1, rate)" }
                  - { id: b, name: B, weight: 50, pass_fail: { condition: flag } }
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0203", error.Code);
        Assert.Contains("'group'", error.Message, StringComparison.Ordinal);
        Assert.Contains("100", error.Message, StringComparison.Ordinal);
        Assert.Contains("90", error.Message, StringComparison.Ordinal);
        Assert.Equal("group", error.IndicatorId);
        Assert.Equal(At(yaml, "id: group"), (error.Line, error.Column));
    }

    [Fact]
    public void Load_TopLevelWeightsNotTotal_ReportsPE0204()
    {
        var yaml = Base + """
            indicators:
              - { id: a, name: A, weight: 40, formula: "weight * Min(1, rate)" }
              - { id: b, name: B, weight: 50, pass_fail: { condition: flag } }
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0204", error.Code);
        Assert.Contains("add up to 90", error.Message, StringComparison.Ordinal);
        Assert.Contains("'total' is 100", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    [Fact]
    public void Load_LeafWithTwoMethods_ReportsPE0205()
    {
        var yaml = Base + """
            indicators:
              - id: a
                name: A
                weight: 100
                formula: weight * Min(1, rate)
                pass_fail: { condition: flag }
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0205", error.Code);
        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
        Assert.Contains("2 scoring methods (formula, pass_fail)", error.Message, StringComparison.Ordinal);
        Assert.Equal(At(yaml, "id: a"), (error.Line, error.Column));
    }

    [Fact]
    public void Load_LeafWithoutMethod_ReportsPE0205ListingMethods()
    {
        var yaml = Base + """
            indicators:
              - { id: a, name: A, weight: 60, formula: "weight * Min(1, rate)" }
              - { id: b, name: B, weight: 40 }
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0205", error.Code);
        Assert.Contains("'b'", error.Message, StringComparison.Ordinal);
        Assert.Contains("formula, bands, deduction, checklist, pass_fail, judgement, alternatives", error.Message, StringComparison.Ordinal);
        Assert.Equal(At(yaml, "{ id: b"), (error.Line, error.Column));
    }

    [Fact]
    public void Load_GroupWithMethod_ReportsPE0205()
    {
        var yaml = Base + """
            indicators:
              - id: group
                name: Group
                weight: 100
                formula: weight
                children:
                  - { id: a, name: A, weight: 100, formula: "weight * Min(1, rate)" }
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0205", error.Code);
        Assert.Contains("has children", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MoveToTargetMissing_ReportsPE0206AtFallback()
    {
        var yaml = Base + """
            indicators:
              - id: a
                name: A
                weight: 40
                formula: weight * Min(1, rate)
                applies_when: flag
                fallback: { kind: move_to, target: nowhere }
              - { id: b, name: B, weight: 60, judgement: { criteria: x } }
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0206", error.Code);
        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'nowhere'", error.Message, StringComparison.Ordinal);
        Assert.Equal("a", error.IndicatorId);
        Assert.Equal(At(yaml, "{ kind: move_to"), (error.Line, error.Column));
    }

    [Fact]
    public void Load_MoveToOwnChild_ReportsPE0206()
    {
        var yaml = Base + """
            indicators:
              - id: group
                name: Group
                weight: 100
                applies_when: flag
                fallback: { kind: move_to, target: a }
                children:
                  - { id: a, name: A, weight: 100, formula: "weight * Min(1, rate)" }
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0206", error.Code);
        Assert.Contains("outside the indicator's own branch", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FallbackCycle_ReportsPE0207()
    {
        var yaml = Base + """
            indicators:
              - id: a
                name: A
                weight: 40
                judgement: { criteria: x }
                applies_when: flag
                fallback: { kind: move_to, target: b }
              - id: b
                name: B
                weight: 60
                formula: weight * Min(1, rate)
                applies_when: flag
                fallback: { kind: move_to, target: a }
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0207", error.Code);
        Assert.Contains("a → b → a", error.Message, StringComparison.Ordinal);
        Assert.Equal("a", error.IndicatorId);
        Assert.Equal(At(yaml, "{ kind: move_to, target: b"), (error.Line, error.Column));
    }

    [Fact]
    public void Load_ThreeStepFallbackCycle_ReportsPE0207()
    {
        var yaml = Base + """
            indicators:
              - { id: a, name: A, weight: 30, judgement: { criteria: x }, applies_when: flag, fallback: { kind: move_to, target: b } }
              - { id: b, name: B, weight: 30, judgement: { criteria: x }, applies_when: flag, fallback: { kind: move_to, target: c } }
              - { id: c, name: C, weight: 40, formula: "weight * Min(1, rate)", applies_when: flag, fallback: { kind: move_to, target: a } }
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0207", error.Code);
        Assert.Contains("a → b → c → a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OverlappingBands_ReportsPE0208AtLaterBand()
    {
        var yaml = Base + """
            indicators:
              - id: a
                name: A
                weight: 100
                bands:
                  value: rate
                  ranges:
                    - { gte: 0, lte: 0.5, points: 50 }
                    - { gte: 0.5, points: 100 }
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0208", error.Code);
        Assert.Contains("overlap", error.Message, StringComparison.Ordinal);
        Assert.Contains("[0, 0.5]", error.Message, StringComparison.Ordinal);
        Assert.Contains("[0.5, +∞)", error.Message, StringComparison.Ordinal);
        Assert.Equal("a", error.IndicatorId);
        Assert.Equal(At(yaml, "{ gte: 0.5"), (error.Line, error.Column));
    }

    [Fact]
    public void Load_BandsWithGap_ReportsPE0208()
    {
        var yaml = Base + """
            indicators:
              - id: a
                name: A
                weight: 100
                bands:
                  value: rate
                  ranges:
                    - { gte: 0, lt: 0.5, points: 50 }
                    - { gt: 0.5, points: 100 }
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0208", error.Code);
        Assert.Contains("gap", error.Message, StringComparison.Ordinal);
        Assert.Contains("[0, 0.5)", error.Message, StringComparison.Ordinal);
        Assert.Contains("(0.5, +∞)", error.Message, StringComparison.Ordinal);
        Assert.Equal(At(yaml, "{ gt: 0.5"), (error.Line, error.Column));
    }

    [Fact]
    public void Load_GradeBandsWithGap_ReportsPE0209()
    {
        var yaml = Base.Replace("gte: 80.0, lt: 90.0", "gte: 80.0, lt: 85.0", StringComparison.Ordinal) + """
            indicators:
              - { id: only, name: Only, weight: 100, formula: "weight * Min(1, rate)", applies_when: flag, fallback: { kind: zero } }
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0209", error.Code);
        Assert.Contains("gap", error.Message, StringComparison.Ordinal);
        Assert.Contains("[80.0, 85.0)", error.Message, StringComparison.Ordinal);
        Assert.Equal(At(yaml, "{ grade: excellent"), (error.Line, error.Column));
    }

    // ---- Formulas ----------------------------------------------------------------------------------------------

    [Fact]
    public void Load_FormulaSyntaxError_MapsPositionIntoFile()
    {
        var yaml = Base + """
            indicators:
              - id: a
                name: A
                weight: 100
                formula: weight * rate) + 1
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0301", error.Code);
        Assert.Contains("the formula of indicator 'a'", error.Message, StringComparison.Ordinal);
        Assert.Contains("weight * rate) + 1", error.Message, StringComparison.Ordinal);
        Assert.Equal("a", error.IndicatorId);
        var (line, start) = At(yaml, "weight * rate)");
        Assert.Equal(line, error.Line);
        Assert.InRange(error.Column, start, start + "weight * rate) + 1".Length - 1);
        Assert.Equal(At(yaml, ") + 1").Column, error.Column); // At the stray parenthesis.
    }

    [Fact]
    public void Load_FormulaSyntaxErrorInQuotedScalar_MapsPositionPastQuote()
    {
        var yaml = Base + """
            indicators:
              - { id: a, name: A, weight: 100, formula: "weight * rate) + 1" }
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0301", error.Code);
        Assert.Equal(At(yaml, ") + 1"), (error.Line, error.Column));
    }

    [Fact]
    public void Load_UnclosedParenthesis_PointsInsideFormula()
    {
        var yaml = Base + """
            indicators:
              - id: a
                name: A
                weight: 100
                formula: Min(weight, weight * rate
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0301", error.Code);
        Assert.Contains("Parenthesis", error.Message, StringComparison.Ordinal);
        var (line, start) = At(yaml, "Min(weight");
        Assert.Equal(line, error.Line);
        Assert.InRange(error.Column, start + 1, start + "Min(weight, weight * rate".Length);
    }

    [Fact]
    public void Load_FormulaSyntaxErrorInBlockScalar_MapsPositionIntoFile()
    {
        var yaml = Base + """
            indicators:
              - id: a
                name: A
                weight: 100
                formula: |
                  weight *
                    rate) + 1
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0301", error.Code);
        Assert.Equal(At(yaml, ") + 1"), (error.Line, error.Column));
    }

    [Fact]
    public void Load_UnknownName_ReportsPE0302AtName()
    {
        var yaml = Base + """
            indicators:
              - id: a
                name: A
                weight: 100
                formula: weight * Min(1, ratio)
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0302", error.Code);
        Assert.Contains("Unknown name 'ratio'", error.Message, StringComparison.Ordinal);
        Assert.Contains("neither a declared input nor a metric", error.Message, StringComparison.Ordinal);
        Assert.Equal("a", error.IndicatorId);
        Assert.Equal(At(yaml, "ratio)"), (error.Line, error.Column));
    }

    [Fact]
    public void Load_NameWithCaseSlip_SuggestsDeclaredName()
    {
        var yaml = Base + """
            indicators:
              - { id: a, name: A, weight: 100, formula: "weight * Min(1, Rate)" }
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0302", error.Code);
        Assert.Contains("Did you mean 'rate'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WeightInMetric_ReportsPE0302()
    {
        var yaml = Base + """
            metrics:
              - { name: scaled, expression: weight * rate }
            indicators:
              - { id: a, name: A, weight: 100, formula: "weight * Min(1, rate)", applies_when: flag, fallback: { kind: zero } }
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0302", error.Code);
        Assert.Contains("'weight' is only known in an indicator's own formulas", error.Message, StringComparison.Ordinal);
        Assert.Contains("metric 'scaled'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownFunction_ReportsPE0303ListingFunctions()
    {
        var yaml = Base + """
            indicators:
              - id: a
                name: A
                weight: 100
                formula: weight * Clamp(rate)
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0303", error.Code);
        Assert.Contains("Unknown function 'Clamp'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Known functions: Abs, Ceiling, Floor, Truncate, Sign, Min, Max, Round, if", error.Message, StringComparison.Ordinal);
        Assert.Equal(At(yaml, "Clamp"), (error.Line, error.Column));
    }

    [Fact]
    public void Load_FunctionWithWrongCase_SuggestsFunction()
    {
        var yaml = Base + """
            indicators:
              - id: a
                name: A
                weight: 100
                formula: weight * min(1, rate)
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0303", error.Code);
        Assert.Contains("Unknown function 'min'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'Min'?", error.Message, StringComparison.Ordinal);
        Assert.Equal(At(yaml, "min("), (error.Line, error.Column));
    }

    [Fact]
    public void Load_WrongArity_ReportsPE0304()
    {
        var yaml = Base + """
            indicators:
              - id: a
                name: A
                weight: 100
                formula: weight * Min(rate)
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0304", error.Code);
        Assert.Contains("'Min' takes 2 arguments, not 1", error.Message, StringComparison.Ordinal);
        Assert.Equal(At(yaml, "Min(rate)"), (error.Line, error.Column));
    }

    [Fact]
    public void Load_BooleanWhereNumberNeeded_ReportsPE0305()
    {
        var yaml = Base + """
            indicators:
              - id: a
                name: A
                weight: 100
                formula: weight * flag
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0305", error.Code);
        Assert.Contains("must be a number, not a condition", error.Message, StringComparison.Ordinal);
        Assert.Equal("a", error.IndicatorId);
        Assert.Equal(At(yaml, "weight * flag"), (error.Line, error.Column));
    }

    [Fact]
    public void Load_NumberWhereConditionNeeded_ReportsPE0305()
    {
        var yaml = Base + """
            indicators:
              - id: a
                name: A
                weight: 100
                pass_fail: { condition: rate }
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0305", error.Code);
        Assert.Contains("must be a condition", error.Message, StringComparison.Ordinal);
        Assert.Contains("'rate' is a number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PowerOperator_ReportsPE0306()
    {
        var yaml = Base + """
            indicators:
              - id: a
                name: A
                weight: 100
                formula: weight * rate ** 2
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0306", error.Code);
        Assert.Contains("'**' is not supported", error.Message, StringComparison.Ordinal);
        Assert.Contains("x * x", error.Message, StringComparison.Ordinal);
        Assert.Equal(At(yaml, "weight * rate **").Line, error.Line);
    }

    [Fact]
    public void Load_MetricCycle_ReportsPE0307NamingTheCycle()
    {
        var yaml = Base + """
            metrics:
              - { name: first, expression: second + rate }
              - { name: second, expression: first * 2 }
            indicators:
              - { id: a, name: A, weight: 100, formula: "Min(weight, first)", applies_when: flag, fallback: { kind: zero } }
            """;

        var errors = Some.Errors(yaml);

        var cycle = Assert.Single(errors, e => e.Code == "PE0307");
        Assert.Contains("first → second → first", cycle.Message, StringComparison.Ordinal);
        Assert.Equal(At(yaml, "{ name: first"), (cycle.Line, cycle.Column));
    }

    [Fact]
    public void Load_MetricCycle_DoesNotClaimMetricsAreUndeclared()
    {
        var yaml = Base + """
            metrics:
              - { name: first, expression: second + rate }
              - { name: second, expression: first * 2 }
            indicators:
              - { id: a, name: A, weight: 100, formula: "Min(weight, first)", applies_when: flag, fallback: { kind: zero } }
            """;

        var error = Assert.Single(Some.Errors(yaml));

        Assert.Equal("PE0307", error.Code);
    }

    // ---- Several errors, files and throwing --------------------------------------------------------------------

    [Fact]
    public void Load_SeveralModelAndFormulaErrors_ReportsEveryOneInOnePass()
    {
        var yaml = Base + """
            indicators:
              - id: group
                name: Group
                weight: 50
                children:
                  - { id: a, name: A, weight: 20, formula: "weight * Min(1, ratio)" }
                  - { id: b, name: B, weight: 20, formula: weight * flag }
              - id: c
                name: C
                weight: 40
                bands:
                  value: rate
                  ranges:
                    - { gte: 0, lte: 0.5, points: 20 }
                    - { gte: 0.4, points: 40 }
            """;

        var errors = Some.Errors(yaml);

        Assert.Equal(
            new[] { "PE0203", "PE0204", "PE0208", "PE0302", "PE0305" },
            errors.Select(e => e.Code).Order(StringComparer.Ordinal).ToArray());
        Assert.All(errors, e => Assert.Equal("test.yaml", e.File));
        Assert.All(errors, e => Assert.True(e.Line > 0 && e.Column > 0, e.ToString()));
        Assert.Equal(errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList(), errors); // In file order.
    }

    [Fact]
    public void Load_SeveralShapeErrors_ReportsEveryOneInOnePass()
    {
        var yaml = Base.Replace("title: Test rules\n", string.Empty, StringComparison.Ordinal) + """
            total: 100
            jurisdicton: 阳西县
            indicators:
              - { id: only, name: Only, weight: 100, formula: "weight * Min(1, rate)", colour: red }
            """;

        var errors = Some.Errors(yaml);

        Assert.Equal(
            new[] { "PE0101", "PE0101", "PE0102", "PE0103" },
            errors.Select(e => e.Code).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void LoadFile_MissingFile_ReportsPE0001WithoutThrowing()
    {
        var path = Path.Combine(Path.GetTempPath(), "perfeval-missing-" + Guid.NewGuid().ToString("N"), "rules.yaml");

        var result = RuleSetLoader.LoadFile(path);

        Assert.False(result.IsSuccess);
        Assert.Null(result.Value);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("PE0001", error.Code);
        Assert.Equal(path, error.File);
        Assert.Contains("Cannot read the rule file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_Directory_ReportsPE0001WithoutThrowing()
    {
        var result = RuleSetLoader.LoadFile(Path.GetTempPath());

        Assert.Equal("PE0001", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void LoadFile_ErrorsCarryTheFilePath()
    {
        var path = Path.Combine(Path.GetTempPath(), "perfeval-" + Guid.NewGuid().ToString("N") + ".yaml");
        try
        {
            File.WriteAllText(path, Base + "indicators:\n  - { id: a, name: A, weight: 90, formula: \"weight * Min(1, rate)\" }\n");

            var error = Assert.Single(RuleSetLoader.LoadFile(path).Errors);

            Assert.Equal("PE0204", error.Code);
            Assert.Equal(path, error.File);
            Assert.StartsWith(path + ":1:1: error PE0204: ", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void GetValueOrThrow_InvalidRules_ThrowsRuleSetExceptionListingErrors()
    {
        var result = RuleSetLoader.Load(Base + """
            indicators:
              - { id: a, name: A, weight: 40, formula: "weight * Min(1, ratio)" }
            """, "test.yaml");

        var exception = Assert.Throws<RuleSetException>(() => result.GetValueOrThrow());

        Assert.IsAssignableFrom<PerfEvalException>(exception);
        Assert.Contains("The rule set is invalid (2 errors)", exception.Message, StringComparison.Ordinal);
        Assert.Contains("error PE0204", exception.Message, StringComparison.Ordinal);
        Assert.Contains("error PE0302", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("PE0211", exception.Message, StringComparison.Ordinal); // Warnings are kept, not listed.
        Assert.Equal(2, exception.Errors.Count());
        Assert.DoesNotContain(exception.Diagnostics, d => d.Code == "PE0211"); // Unused-input warnings wait for a clean load.
    }

    [Fact]
    public void GetValueOrThrow_MissingFile_ThrowsRuleSetException()
    {
        var result = RuleSetLoader.LoadFile(Path.Combine(Path.GetTempPath(), "perfeval-missing-" + Guid.NewGuid().ToString("N") + ".yaml"));

        var exception = Assert.Throws<RuleSetException>(() => result.GetValueOrThrow());

        Assert.Contains("PE0001", exception.Message, StringComparison.Ordinal);
    }

    // ---- Helpers -----------------------------------------------------------------------------------------------

    /// <summary>The 1-based line and column of the first occurrence of a marker in YAML text.</summary>
    private static (int Line, int Column) At(string yaml, string marker)
    {
        var index = yaml.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{marker}' not in the YAML");
        var before = yaml.Substring(0, index);
        return (before.Count(c => c == '\n') + 1, index - (before.LastIndexOf('\n') + 1) + 1);
    }
}
