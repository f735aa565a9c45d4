using System.Globalization;
using NCalc;
using PerfEval.Benchmarks;
using PerfEval.Evaluation;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Benchmarks;

/// <summary>
/// The naive NCalc benchmark must do the same rules as the floor, and really be naive: parse every formula's text on
/// every evaluation, which NCalc's parse cache (keyed by text) would otherwise skip.
/// </summary>
public sealed class NaiveNCalcScorerTests
{
    private static readonly CompiledRuleSet Rules = Some.Yangxi();

    [Fact]
    public void NaiveScorer_5000GeneratedDepartments_AgreesWithTheFloorOnEveryLeafTotalAndGrade()
    {
        var naive = new NaiveNCalcScorer(Rules.Definition);
        var differences = new List<string>();
        foreach (var department in Departments.Generate(5_000))
        {
            var scores = naive.Score(department.Variables, department.Judgements);
            var floor = YangxiByHand.Score(department.Record);
            if (!scores.Leaves.SequenceEqual(floor.Leaves()) || scores.Total != floor.Total || scores.Grade != floor.Grade)
            {
                differences.Add(string.Create(CultureInfo.InvariantCulture, $"{department.Name}: naive [{string.Join(", ", scores.Leaves)}] {scores.Total} {scores.Grade}, floor [{string.Join(", ", floor.Leaves())}] {floor.Total} {floor.Grade}"));
            }
        }

        Assert.Empty(differences.Take(20));
    }

    [Fact]
    public void NaiveScorer_SameTextTwice_ParsesItTwice()
    {
        var parameters = new Dictionary<string, object?> { ["execution_rate"] = 0.9657m };

        var first = NaiveNCalcScorer.Build("weight * Min(1, execution_rate)", parameters);
        var second = NaiveNCalcScorer.Build("weight * Min(1, execution_rate)", parameters);
        parameters["weight"] = 7m;

        Assert.Equal(6.7599m, first.Evaluate());
        Assert.Equal(6.7599m, second.Evaluate());
        Assert.NotSame(first.LogicalExpression, second.LogicalExpression);
    }

    [Fact]
    public void NCalc_WithoutNoCache_SameTextTwice_SharesOneParse()
    {
        // The control for the test above: NCalc's default caches the parse by text, so that test would catch a cache.
        var parameters = new Dictionary<string, object?> { ["a"] = 1m };
        var options = NaiveNCalcScorer.Options & ~ExpressionOptions.NoCache;

        var first = new Expression("a + 41.5", options, new ExpressionContext { Parameters = parameters }, CultureInfo.InvariantCulture);
        var second = new Expression("a + 41.5", options, new ExpressionContext { Parameters = parameters }, CultureInfo.InvariantCulture);
        first.Evaluate();
        second.Evaluate();

        Assert.Same(first.LogicalExpression, second.LogicalExpression);
    }
}
