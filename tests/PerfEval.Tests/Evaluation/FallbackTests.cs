using PerfEval.Evaluation;
using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Evaluation;

/// <summary>
/// What happens to the weight of an indicator that is not assessed: move_to, spread, full_marks, zero, for leaves,
/// groups and chains. Every scenario also checks that no weight is created or lost.
/// </summary>
public sealed class FallbackTests
{
    // ---------------------------------------------------------------- move_to

    /// <summary>A group whose 2-point allocation indicator moves its weight onto the 5-point execution rate when there are no transfers.</summary>
    internal const string MoveToBody = """
        inputs:
          - { name: has_transfers, type: boolean }
          - { name: actual, type: decimal, min: 0 }
          - { name: issued, type: decimal, min: 0 }
        indicators:
          - id: funds
            name: Fund management
            weight: 10
            children:
              - id: allocation
                name: Allocation compliance
                weight: 2
                pass_fail: { condition: has_transfers }
                applies_when: has_transfers
                fallback: { kind: move_to, target: execution }
              - id: execution
                name: Execution rate
                weight: 5
                formula: weight * Min(1, actual / issued)
              - id: within_budget
                name: Spent within issued budget
                weight: 3
                pass_fail: { condition: actual <= issued }
        """;

    private static readonly CompiledRuleSet MoveTo = Some.Rules(Some.Header(10m) + MoveToBody);

    [Fact]
    public void MoveTo_SourceNotAssessed_TargetEffectiveWeightRisesAndScoreScales()
    {
        // Yangxi: 5 × (2679.48 / 2774.62) = 4.82855… on weight 5; effective weight 5 + 2 = 7;
        // 4.82855… × 7 / 5 = 6.75997… → 6.76.
        var card = Some.Score(MoveTo, b => b.Set("has_transfers", false).Set("actual", 2679.48m).Set("issued", 2774.62m));

        var execution = card["execution"];
        Assert.Equal(5.00m, execution.Weight);
        Assert.Equal(7.00m, execution.EffectiveWeight);
        Assert.Equal(5m * (2679.48m / 2774.62m), execution.Explanation!.RawScore);
        Assert.Equal(6.76m, execution.Score);
        Assert.Equal(IndicatorStatus.Scored, execution.Status);
        Assert.Contains("(received 2 from 'allocation')", ExplanationRenderer.Describe(execution), StringComparison.Ordinal);
        Assert.Equal(9.76m, card.Total); // 0 + 6.76 + 3
        AssertWeightConserved(card);
    }

    [Fact]
    public void MoveTo_SourceNotAssessed_SourceRedistributedWithNothingLeft()
    {
        var card = Some.Score(MoveTo, b => b.Set("has_transfers", false).Set("actual", 90m).Set("issued", 100m));

        var allocation = card["allocation"];
        Assert.Equal(IndicatorStatus.Redistributed, allocation.Status);
        Assert.Equal(2.00m, allocation.Weight);
        Assert.Equal(0.00m, allocation.EffectiveWeight);
        Assert.Equal(0.00m, allocation.Score);
        Assert.Equal(0.00m, allocation.PointsLost);
        Assert.Equal("not assessed: applies_when of 'allocation' (has_transfers) is false; weight moved to 'execution' (move_to)", ExplanationRenderer.Describe(allocation));
        var move = Assert.Single(card.WeightMoves);
        Assert.Equal(("allocation", "execution", 2m), (move.From, move.To, move.Points));
        AssertWeightConserved(card);
    }

    [Fact]
    public void MoveTo_SourceAssessed_NothingMoves()
    {
        // 2 + 5 × 0.9 + 3 = 2 + 4.5 + 3 = 9.5.
        var card = Some.Score(MoveTo, b => b.Set("has_transfers", true).Set("actual", 90m).Set("issued", 100m));

        Assert.Empty(card.WeightMoves);
        Assert.Equal(IndicatorStatus.Scored, card["allocation"].Status);
        Assert.Equal(2.00m, card["allocation"].Score);
        Assert.Equal(5.00m, card["execution"].EffectiveWeight);
        Assert.Equal(4.50m, card["execution"].Score);
        Assert.Equal(9.50m, card.Total);
        AssertWeightConserved(card);
    }

    [Fact]
    public void MoveTo_ScorecardsWithAndWithoutAMove_KeepTheirOwnWeightsAndStatuses()
    {
        // A scorecard in which nothing moved shows the rule set's declared weights; one in which weight moved shows its
        // own. Scoring one after the other, in both orders, must leave each as it was made.
        var before = Some.Score(MoveTo, b => b.Set("has_transfers", true).Set("actual", 90m).Set("issued", 100m));
        var moved = Some.Score(MoveTo, b => b.Set("has_transfers", false).Set("actual", 90m).Set("issued", 100m));
        var after = Some.Score(MoveTo, b => b.Set("has_transfers", true).Set("actual", 90m).Set("issued", 100m));

        foreach (var card in new[] { before, after })
        {
            Assert.Equal([10.00m, 2.00m, 5.00m, 3.00m], card.AllIndicators.Select(i => i.EffectiveWeight));
            Assert.All(card.AllIndicators, i => Assert.Equal(IndicatorStatus.Scored, i.Status));
        }

        Assert.Equal([10.00m, 0.00m, 7.00m, 3.00m], moved.AllIndicators.Select(i => i.EffectiveWeight));
        Assert.Equal([IndicatorStatus.Scored, IndicatorStatus.Redistributed, IndicatorStatus.Scored, IndicatorStatus.Scored], moved.AllIndicators.Select(i => i.Status));
        Assert.Equal([9.30m, 0.00m, 6.30m, 3.00m], moved.AllIndicators.Select(i => i.Score)); // 5 × 0.9 × 7 / 5 = 6.30
    }

    [Fact]
    public void MoveTo_GroupTarget_SplitsOverItsLeavesByWeight()
    {
        // 3 moves onto group 'quality' (q1 weight 1, q2 weight 2): q1 gets 3 × 1/3 = 1, q2 the rest, 2.
        // q1: pass 1 × 2/1 = 2; q2: judged 1 of 2, × 4/2 = 2. Total 0 + 2 + 2 = 4.
        var rules = Some.Rules(Some.Header(6m) + """
            inputs:
              - { name: applies, type: boolean }
              - { name: ok, type: boolean }
            indicators:
              - id: optional
                name: Optional
                weight: 3
                pass_fail: { condition: applies }
                applies_when: applies
                fallback: { kind: move_to, target: quality }
              - id: quality
                name: Quality
                weight: 3
                children:
                  - { id: q1, name: Q1, weight: 1, pass_fail: { condition: ok } }
                  - { id: q2, name: Q2, weight: 2, judgement: { criteria: Good enough } }
            """);

        var card = Some.Score(rules, b => b.Set("applies", false).Set("ok", true).Judge("q2", 1m, "Half good"));

        Assert.Equal(2.00m, card["q1"].EffectiveWeight);
        Assert.Equal(4.00m, card["q2"].EffectiveWeight);
        Assert.Equal(6.00m, card["quality"].EffectiveWeight);
        Assert.Equal(2.00m, card["q1"].Score);
        Assert.Equal(2.00m, card["q2"].Score);
        Assert.Equal(4.00m, card.Total);
        var move = Assert.Single(card.WeightMoves);
        Assert.Equal(("optional", "quality", 3m), (move.From, move.To, move.Points));
        AssertWeightConserved(card);
    }

    [Fact]
    public void MoveTo_TwoMovesOntoOneGroup_DoNotDependOnDeclarationOrder()
    {
        // x (2) moves onto group g (g1 3, g2 3); y (4) moves onto g1. Split by declared weights, x gives g1 and g2 1 each:
        // g1 = 3 + 1 + 4 = 8, g2 = 3 + 1 = 4, whichever of x and y is listed first.
        // Today, with y listed first, y lands first (g1 7, g2 3) and x's 2 splits 7:3: g1 8.4, g2 3.6.
        const string x = """
              - { id: x, name: X, weight: 2, pass_fail: { condition: applies }, applies_when: applies, fallback: { kind: move_to, target: g } }

            """;
        const string y = """
              - { id: y, name: Y, weight: 4, pass_fail: { condition: applies }, applies_when: applies, fallback: { kind: move_to, target: g1 } }

            """;
        const string g = """
              - id: g
                name: G
                weight: 6
                children:
                  - { id: g1, name: G1, weight: 3, pass_fail: { condition: ok } }
                  - { id: g2, name: G2, weight: 3, pass_fail: { condition: ok } }
            """;
        const string inputs = """
            inputs:
              - { name: applies, type: boolean }
              - { name: ok, type: boolean }
            indicators:

            """;

        foreach (var order in new[] { x + y + g, y + x + g })
        {
            var card = Some.Score(Some.Rules(Some.Header(12m) + inputs + order), b => b.Set("applies", false).Set("ok", true));

            Assert.Equal(8.00m, card["g1"].EffectiveWeight);
            Assert.Equal(4.00m, card["g2"].EffectiveWeight);
            AssertWeightConserved(card);
        }
    }

    // ---------------------------------------------------------------- spread

    [Fact]
    public void Spread_OverSiblings_InProportionToTheirWeights()
    {
        // 2 spread over a (2), b (3), c (3), basis 8: a 2 × 2/8 = 0.5, b 2 × 3/8 = 0.75, c the rest, 0.75.
        // Effective: a 2.5, b 3.75, c 3.75; a and c pass, b fails: 2.5 + 0 + 3.75 = 6.25.
        var rules = Some.Rules(Some.Header(10m) + """
            inputs:
              - { name: applies, type: boolean }
              - { name: ok, type: boolean }
            indicators:
              - id: optional
                name: Optional
                weight: 2
                pass_fail: { condition: applies }
                applies_when: applies
                fallback: { kind: spread }
              - { id: a, name: A, weight: 2, pass_fail: { condition: ok } }
              - { id: b, name: B, weight: 3, pass_fail: { condition: not ok } }
              - { id: c, name: C, weight: 3, pass_fail: { condition: ok } }
            """);

        var card = Some.Score(rules, b => b.Set("applies", false).Set("ok", true));

        Assert.Equal(IndicatorStatus.Redistributed, card["optional"].Status);
        Assert.Equal(0.00m, card["optional"].EffectiveWeight);
        Assert.Equal(2.50m, card["a"].EffectiveWeight);
        Assert.Equal(3.75m, card["b"].EffectiveWeight);
        Assert.Equal(3.75m, card["c"].EffectiveWeight);
        Assert.Equal(6.25m, card.Total);
        Assert.Equal(
            new[] { ("optional", "a", 0.5m), ("optional", "b", 0.75m), ("optional", "c", 0.75m) },
            card.WeightMoves.Select(m => (m.From, m.To, m.Points)));
        Assert.Equal(2m, card.WeightMoves.Sum(m => m.Points));
        Assert.EndsWith("weight spread over 'a' (0.5), 'b' (0.75), 'c' (0.75) (spread)", ExplanationRenderer.Describe(card["optional"]), StringComparison.Ordinal);
        AssertWeightConserved(card);
    }

    [Fact]
    public void Spread_ThirdsOverTwoSiblings_SharesAddUpExactly()
    {
        // 1 over a (1) and b (2), basis 3: a 1 × 1/3 = 0.333… rounded to the rule set's 2 decimals = 0.33,
        // b the rest, 0.67; together exactly 1. Effective a 1.33, b 2.67. Both pass: 1.33 + 2.67 = 4.
        var rules = Some.Rules(Some.Header(4m) + """
            inputs:
              - { name: applies, type: boolean }
              - { name: ok, type: boolean }
            indicators:
              - id: optional
                name: Optional
                weight: 1
                pass_fail: { condition: applies }
                applies_when: applies
                fallback: { kind: spread }
              - { id: a, name: A, weight: 1, pass_fail: { condition: ok } }
              - { id: b, name: B, weight: 2, pass_fail: { condition: ok } }
            """);

        var card = Some.Score(rules, b => b.Set("applies", false).Set("ok", true));

        Assert.Equal(
            new[] { ("optional", "a", 0.33m), ("optional", "b", 0.67m) },
            card.WeightMoves.Select(m => (m.From, m.To, m.Points)));
        Assert.Equal(1m, card.WeightMoves.Sum(m => m.Points));
        Assert.Equal(1.33m, card["a"].EffectiveWeight);
        Assert.Equal(2.67m, card["b"].EffectiveWeight);
        Assert.Equal(1.33m, card["a"].Score);
        Assert.Equal(2.67m, card["b"].Score);
        Assert.Equal(4.00m, card.Total);
        AssertWeightConserved(card);
    }

    [Fact]
    public void Spread_OneOverThreeEqualSiblings_SharesAddUpExactly()
    {
        // 1 over a, b, c (1 each): 1/3, 1/3 and the rest. The moves add up to exactly 1, and with every sibling
        // at full marks the total must be the full 4 (1.33 + 1.33 + 1.34), not 3.99.
        var rules = Some.Rules(Some.Header(4m) + """
            inputs:
              - { name: applies, type: boolean }
              - { name: ok, type: boolean }
            indicators:
              - id: optional
                name: Optional
                weight: 1
                pass_fail: { condition: applies }
                applies_when: applies
                fallback: { kind: spread }
              - { id: a, name: A, weight: 1, pass_fail: { condition: ok } }
              - { id: b, name: B, weight: 1, pass_fail: { condition: ok } }
              - { id: c, name: C, weight: 1, pass_fail: { condition: ok } }
            """);

        var card = Some.Score(rules, b => b.Set("applies", false).Set("ok", true));

        Assert.Equal(3, card.WeightMoves.Count);
        Assert.Equal(1m, card.WeightMoves.Sum(m => m.Points));
        Assert.Equal(4.00m, card.Total);
        AssertWeightConserved(card);
    }

    [Fact]
    public void Spread_SkipsSiblingsThatAreNotAssessed()
    {
        // 'optional' (2) spreads over the assessed siblings only: a (1) and b (3), basis 4: a 0.5, b 1.5.
        // 'dropped' is not assessed with zero: it keeps its weight 4 and scores 0. Total 1.5 + 4.5 + 0 = 6.
        var rules = Some.Rules(Some.Header(10m) + """
            inputs:
              - { name: applies, type: boolean }
              - { name: ok, type: boolean }
            indicators:
              - id: optional
                name: Optional
                weight: 2
                pass_fail: { condition: applies }
                applies_when: applies
                fallback: { kind: spread }
              - { id: a, name: A, weight: 1, pass_fail: { condition: ok } }
              - id: dropped
                name: Dropped
                weight: 4
                pass_fail: { condition: ok }
                applies_when: applies
                fallback: { kind: zero }
              - { id: b, name: B, weight: 3, pass_fail: { condition: ok } }
            """);

        var card = Some.Score(rules, b => b.Set("applies", false).Set("ok", true));

        Assert.Equal(1.50m, card["a"].EffectiveWeight);
        Assert.Equal(4.50m, card["b"].EffectiveWeight);
        Assert.Equal(4.00m, card["dropped"].EffectiveWeight);
        Assert.Equal(0.00m, card["dropped"].Score);
        Assert.DoesNotContain(card.WeightMoves, m => m.To == "dropped");
        Assert.Equal(6.00m, card.Total);
        AssertWeightConserved(card);
    }

    [Fact]
    public void Spread_OntoSiblingGroup_SplitsOverTheGroupsLeaves()
    {
        // 2 over a (2) and group g (2), basis 4: a 1, g 1; g's 1 splits over g1 (1) and g2 (1): 0.5 each.
        // Effective: a 3, g1 1.5, g2 1.5 (g 3). All pass: 6.
        var rules = Some.Rules(Some.Header(6m) + """
            inputs:
              - { name: applies, type: boolean }
              - { name: ok, type: boolean }
            indicators:
              - id: optional
                name: Optional
                weight: 2
                pass_fail: { condition: applies }
                applies_when: applies
                fallback: { kind: spread }
              - { id: a, name: A, weight: 2, pass_fail: { condition: ok } }
              - id: g
                name: G
                weight: 2
                children:
                  - { id: g1, name: G1, weight: 1, pass_fail: { condition: ok } }
                  - { id: g2, name: G2, weight: 1, pass_fail: { condition: ok } }
            """);

        var card = Some.Score(rules, b => b.Set("applies", false).Set("ok", true));

        Assert.Equal(3.00m, card["a"].EffectiveWeight);
        Assert.Equal(1.50m, card["g1"].EffectiveWeight);
        Assert.Equal(1.50m, card["g2"].EffectiveWeight);
        Assert.Equal(3.00m, card["g"].EffectiveWeight);
        Assert.Equal(new[] { ("optional", "a", 1m), ("optional", "g", 1m) }, card.WeightMoves.Select(m => (m.From, m.To, m.Points)));
        Assert.Equal(6.00m, card.Total);
        AssertWeightConserved(card);
    }

    // ---------------------------------------------------------------- full_marks and zero

    private static CompiledRuleSet Staying(string kind) => Some.Rules(Some.Header(5m) + $$"""
        inputs:
          - { name: applies, type: boolean }
          - { name: ok, type: boolean }
        indicators:
          - id: optional
            name: Optional
            weight: 2
            pass_fail: { condition: ok }
            applies_when: applies
            fallback: { kind: {{kind}} }
          - { id: other, name: Other, weight: 3, pass_fail: { condition: ok } }
        """);

    [Fact]
    public void FullMarks_NotAssessed_ScoresItsWeight()
    {
        // optional keeps weight 2 and scores 2; other fails: 2 + 0 = 2.
        var card = Some.Score(Staying("full_marks"), b => b.Set("applies", false).Set("ok", false));

        var optional = card["optional"];
        Assert.Equal(IndicatorStatus.NotAssessed, optional.Status);
        Assert.Equal(2.00m, optional.EffectiveWeight);
        Assert.Equal(2.00m, optional.Score);
        Assert.Equal(0.00m, optional.PointsLost);
        Assert.Null(optional.Explanation!.RawScore);
        Assert.EndsWith("awarded full marks (full_marks)", ExplanationRenderer.Describe(optional), StringComparison.Ordinal);
        Assert.Empty(card.WeightMoves);
        Assert.Equal(3.00m, card["other"].EffectiveWeight);
        Assert.Equal(2.00m, card.Total);
        AssertWeightConserved(card);
    }

    [Fact]
    public void Zero_NotAssessed_ScoresZeroOnItsWeight()
    {
        // optional keeps weight 2 and scores 0; other passes: 0 + 3 = 3.
        var card = Some.Score(Staying("zero"), b => b.Set("applies", false).Set("ok", true));

        var optional = card["optional"];
        Assert.Equal(IndicatorStatus.NotAssessed, optional.Status);
        Assert.Equal(2.00m, optional.EffectiveWeight);
        Assert.Equal(0.00m, optional.Score);
        Assert.Equal(2.00m, optional.PointsLost);
        Assert.EndsWith("scored zero (zero)", ExplanationRenderer.Describe(optional), StringComparison.Ordinal);
        Assert.Empty(card.WeightMoves);
        Assert.Equal(3.00m, card.Total);
        AssertWeightConserved(card);
    }

    [Theory]
    [InlineData("full_marks")]
    [InlineData("zero")]
    public void StayingFallback_Assessed_ScoredByItsMethod(string kind)
    {
        // Applies: optional is scored by its own pass_fail: fails, 0; other fails, 0.
        var card = Some.Score(Staying(kind), b => b.Set("applies", true).Set("ok", false));

        Assert.Equal(IndicatorStatus.Scored, card["optional"].Status);
        Assert.Equal(0.00m, card["optional"].Score);
        Assert.Equal(0.00m, card.Total);
        Assert.Empty(card.WeightMoves);
        AssertWeightConserved(card);
    }

    // ---------------------------------------------------------------- not-assessed groups

    private static readonly CompiledRuleSet GroupMove = Some.Rules(Some.Header(10m) + """
        inputs:
          - { name: has_projects, type: boolean }
          - { name: rate, type: decimal, min: 0, max: 1 }
        indicators:
          - id: projects
            name: Project management
            weight: 6
            applies_when: has_projects
            fallback: { kind: move_to, target: execution }
            children:
              - { id: procedure, name: Procedure, weight: 2, judgement: { criteria: Procedures followed } }
              - { id: supervision, name: Supervision, weight: 4, pass_fail: { condition: has_projects } }
          - id: execution
            name: Execution
            weight: 4
            formula: weight * rate
        """);

    [Fact]
    public void MoveTo_GroupNotAssessed_WholeGroupWeightMoves()
    {
        // 2 + 4 = 6 moves to execution: effective 4 + 6 = 10; raw 4 × 0.9 = 3.6, × 10 / 4 = 9.
        var card = Some.Score(GroupMove, b => b.Set("has_projects", false).Set("rate", 0.9m).Judge("procedure", 2m, "Not applicable"));

        var move = Assert.Single(card.WeightMoves);
        Assert.Equal(("projects", "execution", 6m), (move.From, move.To, move.Points));
        foreach (var id in new[] { "projects", "procedure", "supervision" })
        {
            Assert.Equal(IndicatorStatus.Redistributed, card[id].Status);
            Assert.Equal(0.00m, card[id].EffectiveWeight);
            Assert.Equal(0.00m, card[id].Score);
        }

        Assert.Equal(10.00m, card["execution"].EffectiveWeight);
        Assert.Equal(3.6m, card["execution"].Explanation!.RawScore);
        Assert.Equal(9.00m, card["execution"].Score);
        Assert.Equal(9.00m, card.Total);
        AssertWeightConserved(card);
    }

    [Fact]
    public void MoveTo_GroupNotAssessed_JudgementInsideIsIgnoredWithWarning()
    {
        var card = Some.Score(GroupMove, b => b.Set("has_projects", false).Set("rate", 0.9m).Judge("procedure", 2m, "Not applicable"));

        var warning = Assert.Single(card.Warnings, w => w.Code == Codes.UnexpectedJudgement);
        Assert.Equal("procedure", warning.IndicatorId);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
    }

    [Fact]
    public void Spread_GroupNotAssessed_WholeGroupWeightSpreads()
    {
        // Group g (1 + 3 = 4) spreads over x (1) and y (3), basis 4: x 1, y 3. Effective x 2, y 6.
        // x passes 2; y judged 1.5 of 3, × 6/3 = 3. Total 5.
        var rules = Some.Rules(Some.Header(8m) + """
            inputs:
              - { name: applies, type: boolean }
              - { name: ok, type: boolean }
            indicators:
              - id: g
                name: G
                weight: 4
                applies_when: applies
                fallback: { kind: spread }
                children:
                  - { id: g1, name: G1, weight: 1, pass_fail: { condition: ok } }
                  - { id: g2, name: G2, weight: 3, pass_fail: { condition: ok } }
              - { id: x, name: X, weight: 1, pass_fail: { condition: ok } }
              - { id: y, name: Y, weight: 3, judgement: { criteria: Good } }
            """);

        var card = Some.Score(rules, b => b.Set("applies", false).Set("ok", true).Judge("y", 1.5m, "Half"));

        Assert.Equal(new[] { ("g", "x", 1m), ("g", "y", 3m) }, card.WeightMoves.Select(m => (m.From, m.To, m.Points)));
        Assert.Equal(IndicatorStatus.Redistributed, card["g1"].Status);
        Assert.Equal(2.00m, card["x"].EffectiveWeight);
        Assert.Equal(6.00m, card["y"].EffectiveWeight);
        Assert.Equal(3.00m, card["y"].Score);
        Assert.Equal(5.00m, card.Total);
        AssertWeightConserved(card);
    }

    [Theory]
    [InlineData("full_marks", 4)] // children keep 1 and 3 and score them: 4
    [InlineData("zero", 0)] // children keep 1 and 3 and score 0
    public void StayingFallback_GroupNotAssessed_AppliesToEveryChild(string kind, int expectedGroupScore)
    {
        var rules = Some.Rules(Some.Header(6m) + $$"""
            inputs:
              - { name: applies, type: boolean }
              - { name: ok, type: boolean }
            indicators:
              - id: g
                name: G
                weight: 4
                applies_when: applies
                fallback: { kind: {{kind}} }
                children:
                  - { id: g1, name: G1, weight: 1, pass_fail: { condition: ok } }
                  - { id: g2, name: G2, weight: 3, pass_fail: { condition: ok } }
              - { id: x, name: X, weight: 2, pass_fail: { condition: ok } }
            """);

        var card = Some.Score(rules, b => b.Set("applies", false).Set("ok", true));

        Assert.Equal(IndicatorStatus.NotAssessed, card["g"].Status);
        Assert.Equal(IndicatorStatus.NotAssessed, card["g1"].Status);
        Assert.Equal(IndicatorStatus.NotAssessed, card["g2"].Status);
        Assert.Equal(4.00m, card["g"].EffectiveWeight);
        Assert.Equal(expectedGroupScore, card["g"].Score);
        Assert.Equal(expectedGroupScore + 2, card.Total);
        Assert.Empty(card.WeightMoves);
        AssertWeightConserved(card);
    }

    // ---------------------------------------------------------------- chains

    private const string ChainInputs = """
        inputs:
          - { name: applies, type: boolean }
          - { name: rate, type: decimal, min: 0, max: 1 }
        indicators:

        """;

    private const string ChainA = """
          - { id: a, name: A, weight: 2, formula: weight * rate, applies_when: applies, fallback: { kind: move_to, target: b } }

        """;

    private const string ChainB = """
          - { id: b, name: B, weight: 3, formula: weight * rate, applies_when: applies, fallback: { kind: move_to, target: c } }

        """;

    private const string ChainC = """
          - { id: c, name: C, weight: 5, formula: weight * rate }

        """;

    [Theory]
    [InlineData("abc")]
    [InlineData("cba")]
    [InlineData("bac")]
    public void MoveTo_ChainThroughNotAssessedIndicator_LandsOnTheLast(string order)
    {
        // a (2) → b, and b (3) is not assessed either → c (5): c's effective weight 2 + 3 + 5 = 10.
        // Raw 5 × 0.8 = 4, × 10 / 5 = 8, whatever order a, b and c are declared in.
        var indicators = string.Concat(order.Select(o => o switch { 'a' => ChainA, 'b' => ChainB, _ => ChainC }));
        var rules = Some.Rules(Some.Header(10m) + ChainInputs + indicators);

        var card = Some.Score(rules, b => b.Set("applies", false).Set("rate", 0.8m));

        Assert.Equal(new[] { ("a", "b", 2m), ("b", "c", 5m) }, card.WeightMoves.Select(m => (m.From, m.To, m.Points)));
        Assert.Equal(IndicatorStatus.Redistributed, card["a"].Status);
        Assert.Equal(IndicatorStatus.Redistributed, card["b"].Status);
        Assert.Equal(0.00m, card["a"].EffectiveWeight);
        Assert.Equal(0.00m, card["b"].EffectiveWeight);
        Assert.Equal(10.00m, card["c"].EffectiveWeight);
        Assert.Equal(4m, card["c"].Explanation!.RawScore);
        Assert.Equal(8.00m, card["c"].Score);
        Assert.Equal(8.00m, card.Total);
        AssertWeightConserved(card);
    }

    [Fact]
    public void MoveTo_ChainEndingInFullMarks_AwardsAllMovedWeight()
    {
        // a (2) → b (3) → c (5), and c is not assessed with full_marks: it keeps 2 + 3 + 5 = 10 and scores 10.
        var rules = Some.Rules(Some.Header(10m) + ChainInputs + ChainA + ChainB + """
              - { id: c, name: C, weight: 5, formula: weight * rate, applies_when: applies, fallback: { kind: full_marks } }
            """);

        var card = Some.Score(rules, b => b.Set("applies", false).Set("rate", 0.8m));

        Assert.Equal(IndicatorStatus.NotAssessed, card["c"].Status);
        Assert.Equal(10.00m, card["c"].EffectiveWeight);
        Assert.Equal(10.00m, card["c"].Score);
        Assert.Equal(10.00m, card.Total);
        AssertWeightConserved(card);
    }

    /// <summary>No weight is created or lost: the leaves' effective weights, and the top level's, add up to the total.</summary>
    private static void AssertWeightConserved(Scorecard card)
    {
        Assert.Equal(card.TotalPoints, card.AllIndicators.Where(i => !i.IsGroup).Sum(i => i.EffectiveWeight));
        Assert.Equal(card.TotalPoints, card.Indicators.Sum(i => i.EffectiveWeight));
    }
}
