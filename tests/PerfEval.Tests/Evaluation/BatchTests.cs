using PerfEval.Evaluation;
using PerfEval.Inputs;
using PerfEval.Rendering;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Evaluation;

public sealed class BatchTests
{
    private static readonly CompiledRuleSet Rules = Some.Yangxi();

    /// <summary>The Yangxi sample with the execution spending varied, so each input scores differently.</summary>
    private static IEnumerable<InputValues> Departments(int count, int? brokenEvery = null)
    {
        var sample = Some.YangxiInput();
        for (var i = 0; i < count; i++)
        {
            var builder = InputValues.CreateBuilder().Subject($"unit {i}");
            foreach (var (name, value) in sample.Values)
            {
                if (name == "actual_spending")
                {
                    builder.Set(name, 2000m + (i % 900));
                }
                else if (brokenEvery is { } every && i % every == 0 && name == "issued_budget")
                {
                    builder.Set(name, 0m);
                }
                else
                {
                    builder.Set(name, value);
                }
            }

            foreach (var (id, judgement) in sample.Judgements)
            {
                builder.Judge(id, judgement);
            }

            yield return builder.Build();
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public void EvaluateMany_AnyParallelism_EqualsOneByOneInInputOrder(int parallelism)
    {
        var inputs = Departments(700, brokenEvery: 97).ToList();
        var options = new BatchOptions { MaxDegreeOfParallelism = parallelism, ChunkSizePerCore = 64 };

        var batch = Rules.EvaluateMany(inputs, options).ToList();

        Assert.Equal(inputs.Count, batch.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            var single = Rules.Evaluate(inputs[i]);
            Assert.Equal(single.IsSuccess, batch[i].IsSuccess);
            Assert.Equal(single.Diagnostics.Select(d => d.ToString()), batch[i].Diagnostics.Select(d => d.ToString()));
            if (single.IsSuccess)
            {
                Assert.Equal(JsonRenderer.Render(single.Value!), JsonRenderer.Render(batch[i].Value!));
                Assert.Equal($"unit {i}", batch[i].Value!.Subject);
            }
        }

        Assert.Equal(8, batch.Count(r => !r.IsSuccess)); // 0, 97, …, 679 have a zero budget
    }

    [Fact]
    public void EvaluateMany_NumbersOnly_BuildsNoExplanations()
    {
        var inputs = Departments(50, brokenEvery: 1_000).Skip(1).ToList(); // the first of every 1,000 is broken

        var batch = Rules.EvaluateMany(inputs, new BatchOptions { Evaluation = EvaluationOptions.NumbersOnly }).ToList();

        Assert.All(batch, r => Assert.All(r.Value!.AllIndicators, i => Assert.Null(i.Explanation)));
        Assert.Equal(inputs.Select(i => Rules.Evaluate(i).Value!.Total), batch.Select(r => r.Value!.Total));
    }

    [Fact]
    public void EvaluateMany_EndlessStream_IsReadLazily()
    {
        static IEnumerable<InputValues> Endless()
        {
            while (true)
            {
                foreach (var input in Departments(100))
                {
                    yield return input;
                }
            }
        }

        var first = Rules.EvaluateMany(Endless(), new BatchOptions { ChunkSizePerCore = 16 }).Take(50).ToList();

        Assert.Equal(50, first.Count);
        Assert.All(first, r => Assert.True(r.IsSuccess));
    }

    [Fact]
    public async Task EvaluateManyAsync_Stream_EqualsTheSynchronousResults()
    {
        var inputs = Departments(300).ToList();

        var results = new List<string>();
        await foreach (var result in Rules.EvaluateManyAsync(ToAsync(inputs), new BatchOptions { ChunkSizePerCore = 32 }))
        {
            results.Add(result.Value!.Total.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(Rules.EvaluateMany(inputs).Select(r => r.Value!.Total.ToString(System.Globalization.CultureInfo.InvariantCulture)), results);
    }

    [Fact]
    public void EvaluateMany_NullInStream_Throws()
    {
        var inputs = new InputValues[] { Some.YangxiInput(), null! };
        Assert.Throws<ArgumentNullException>(() => Rules.EvaluateMany(inputs).ToList());
        Assert.Throws<ArgumentNullException>(() => Rules.EvaluateMany(null!));
    }

    private static async IAsyncEnumerable<InputValues> ToAsync(IEnumerable<InputValues> inputs)
    {
        foreach (var input in inputs)
        {
            await Task.Yield();
            yield return input;
        }
    }
}
