using PerfEval.Evaluation;
using PerfEval.Inputs;
using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Evaluation;

/// <summary>Binding an input to a rule set's slots, and scoring what was bound.</summary>
public sealed class BindTests
{
    [Fact]
    public void Evaluate_BoundInput_GivesTheScorecardOfTheInputByName()
    {
        var rules = Some.Yangxi();
        var input = Some.YangxiInput();

        var bound = rules.Bind(input).GetValueOrThrow();

        Assert.Equal(JsonRenderer.Render(rules.Score(input)), JsonRenderer.Render(rules.Evaluate(bound).GetValueOrThrow()));
        Assert.Equal(input.Subject, bound.Subject);
        Assert.Equal(92.76m, rules.Evaluate(bound, EvaluationOptions.NumbersOnly).GetValueOrThrow().Total);
    }

    [Fact]
    public void Evaluate_OneBoundInputManyTimesOnManyThreads_GivesTheSameScorecard()
    {
        var rules = Some.Yangxi();
        var bound = rules.Bind(Some.YangxiInput()).GetValueOrThrow();
        var expected = JsonRenderer.Render(rules.Evaluate(bound).GetValueOrThrow());

        var seen = new string[64];
        Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => seen[i] = JsonRenderer.Render(rules.Evaluate(bound).GetValueOrThrow()));

        Assert.All(seen, json => Assert.Equal(expected, json));
    }

    [Fact]
    public void Bind_ValuesThatDoNotFit_ReturnsEveryErrorAndNoInput()
    {
        var rules = Some.Yangxi();
        var input = InputValues.CreateBuilder()
            .Set("actual_spending", InputValue.Of("lots"))
            .Set("no_such_input", InputValue.Of(1m))
            .Judge("no_such_indicator", new Judgement(1m, "?"))
            .Build();

        var result = rules.Bind(input);

        Assert.Null(result.Value);
        Assert.Contains(result.Errors, d => d.Code == Codes.WrongInputType && d.Message.Contains("actual_spending", StringComparison.Ordinal));
        Assert.Contains(result.Errors, d => d.Code == Codes.UnknownInput && d.Message.Contains("no_such_input", StringComparison.Ordinal));
        Assert.Contains(result.Errors, d => d.Code == Codes.UnexpectedJudgement && d.Message.Contains("no_such_indicator", StringComparison.Ordinal));
        Assert.Contains(result.Errors, d => d.Code == Codes.MissingInput);
        var thrown = Assert.Throws<InputException>(() => result.GetValueOrThrow());
        Assert.Equal(result.Diagnostics, thrown.Diagnostics);
    }

    [Fact]
    public void Evaluate_InputBoundToAnotherRuleSet_Throws()
    {
        var bound = Some.Yangxi().Bind(Some.YangxiInput()).GetValueOrThrow();

        Assert.Throws<ArgumentException>(() => Some.Yangxi().Evaluate(bound));
    }
}
