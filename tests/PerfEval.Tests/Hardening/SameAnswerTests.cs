using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PerfEval.Evaluation;
using PerfEval.Inputs;
using PerfEval.Loading;
using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Hardening;

/// <summary>
/// The same files give the same answer, byte for byte, whatever the culture of the thread that loads, scores and
/// renders them, and however many threads share one compiled rule set.
/// </summary>
public sealed class SameAnswerTests
{
    private const string Suite = "same-answer";

    private const int GeneratedInputs = 10_000;

    private static readonly string[] Samples = { "yangxi-2023", "dazhou-2023" };

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Invariant = new(() => Samples.ToDictionary(s => s, s => InCulture(CultureInfo.InvariantCulture, () => LoadScoreRender(s))));

    public static TheoryData<string> AllCultures => new() { "zh-CN", "de-DE", "tr-TR", "ar-SA", "fr-FR" };

    [Theory]
    [MemberData(nameof(AllCultures))]
    public void Render_LoadedAndScoredUnderCulture_SameBytesAsInvariant(string culture) => AssertSameBytes(culture);

    [Theory]
    [MemberData(nameof(AllCultures))]
    public void Score_LoadedAndScoredUnderCulture_SameNumbersAsInvariant(string culture)
    {
        foreach (var sample in Samples)
        {
            Adversarial.Case(Suite, () =>
            {
                var expected = InCulture(CultureInfo.InvariantCulture, () => Numbers(LoadAndScore(sample)));
                var actual = InCulture(CultureInfo.GetCultureInfo(culture), () => Numbers(LoadAndScore(sample)));
                Assert.Equal(expected, actual);
            });
        }
    }

    [Theory]
    [MemberData(nameof(AllCultures))]
    public void Render_InvariantScorecardRenderedUnderCulture_SameBytes(string culture)
    {
        // Scoring under the invariant culture and only rendering under another isolates the renderers.
        foreach (var sample in Samples)
        {
            Adversarial.Case(Suite, () =>
            {
                var card = InCulture(CultureInfo.InvariantCulture, () => LoadAndScore(sample));
                Assert.Equal(Invariant.Value[sample], InCulture(CultureInfo.GetCultureInfo(culture), () => JsonRenderer.Render(card) + TextRenderer.Render(card)));
            });
        }
    }

    [Theory]
    [MemberData(nameof(AllCultures))]
    public void Load_InvalidRuleFileUnderCulture_SameDiagnosticsAsInvariant(string culture) => AssertSameDiagnostics(culture);

    [Fact]
    public void Evaluate_OneRuleSetFromEightThreads_EqualsSequential()
    {
        var rules = Some.Yangxi();
        var inputs = Varied(GeneratedInputs);
        var sequential = inputs.Select(i => Digest(rules.Evaluate(i))).ToArray();
        var parallel = new string[inputs.Count];
        var next = -1;
        var errors = new ConcurrentQueue<Exception>();
        var threads = Enumerable.Range(0, 8).Select(_ => new Thread(() =>
        {
            try
            {
                for (var i = Interlocked.Increment(ref next); i < inputs.Count; i = Interlocked.Increment(ref next))
                {
                    parallel[i] = Digest(rules.Evaluate(inputs[i]));
                }
            }
            catch (Exception ex)
            {
                errors.Enqueue(ex);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Empty(errors);
        var differing = Enumerable.Range(0, inputs.Count).Where(i => sequential[i] != parallel[i]).ToList();
        Adversarial.Record(Suite, inputs.Count, differing.Count);
        Assert.True(differing.Count == 0, $"{differing.Count} inputs differ, the first {string.Join(", ", differing.Take(5))}");
        Assert.True(sequential.Distinct().Count() > GeneratedInputs / 2, "the generated inputs should mostly score differently");
        Assert.Contains(inputs.Select(i => rules.Evaluate(i)), r => !r.IsSuccess);
    }

    [Fact]
    public void EvaluateMany_ParallelismEight_EqualsSequential()
    {
        var rules = Some.Yangxi();
        var inputs = Varied(GeneratedInputs);
        var sequential = inputs.Select(i => Digest(rules.Evaluate(i))).ToList();

        var batch = rules.EvaluateMany(inputs, new BatchOptions { MaxDegreeOfParallelism = 8, ChunkSizePerCore = 97 }).Select(Digest).ToList();

        var differing = Enumerable.Range(0, inputs.Count).Count(i => sequential[i] != batch[i]);
        Adversarial.Record(Suite, inputs.Count, differing);
        Assert.Equal(sequential.Count, batch.Count);
        Assert.Equal(0, differing);
    }

    private static void AssertSameDiagnostics(string culture)
    {
        var yaml = """
            format: perfeval/1
            id: culture
            version: 1.0.0
            title: 文化
            total: 2.5
            grades:
              - { grade: excellent, label: 优, gte: 0, lte: 2.5 }
            indicators:
              - id: group
                name: 组
                weight: 2.5
                children:
                  - { id: a, name: 甲, weight: 1.5, judgement: {} }
                  - { id: b, name: 乙, weight: 2, judgement: {} }
            """;

        Adversarial.Case(Suite, () =>
        {
            var expected = InCulture(CultureInfo.InvariantCulture, () => string.Join("\n", RuleSetLoader.Load(yaml, "rules.yaml").Diagnostics));
            var actual = InCulture(CultureInfo.GetCultureInfo(culture), () => string.Join("\n", RuleSetLoader.Load(yaml, "rules.yaml").Diagnostics));
            Assert.Contains("weight 2.5, but its children's weights add up to 3.5", expected, StringComparison.Ordinal);
            Assert.Equal(expected, actual);
        });
    }

    private static void AssertSameBytes(string culture)
    {
        foreach (var sample in Samples)
        {
            Adversarial.Case(Suite, () =>
            {
                var actual = InCulture(CultureInfo.GetCultureInfo(culture), () => LoadScoreRender(sample));
                var expected = Invariant.Value[sample];
                var firstDifference = expected.Split('\n').Zip(actual.Split('\n')).FirstOrDefault(p => p.First != p.Second);
                Assert.True(expected == actual, $"{sample} under {culture}: '{firstDifference.First}' became '{firstDifference.Second}'");
            });
        }
    }

    private static Scorecard LoadAndScore(string sample)
    {
        var rules = RuleSetLoader.LoadFile(Repo.Rules(sample + ".yaml")).GetValueOrThrow();
        var input = JsonInputReader.Read(File.ReadAllBytes(Repo.Samples(sample + ".json")), "samples/" + sample + ".json").GetValueOrThrow();
        return rules.Score(input);
    }

    private static string LoadScoreRender(string sample)
    {
        var card = LoadAndScore(sample);
        return JsonRenderer.Render(card) + TextRenderer.Render(card);
    }

    /// <summary>The scorecard's numbers alone, written invariantly: what must not change with the culture at all.</summary>
    private static string Numbers(Scorecard card)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{card.Total} {card.TotalPoints} {card.Grade.Code}\n");
        foreach (var i in card.AllIndicators)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i.Id} {i.Weight} {i.EffectiveWeight} {i.Score} {i.Explanation!.RawScore} {i.Status} {i.Explanation!.Substituted}\n");
        }

        foreach (var m in card.Metrics)
        {
            text.Append(CultureInfo.InvariantCulture, $"{m.Name} {m.Number} {m.Boolean} {m.Text}\n");
        }

        foreach (var move in card.WeightMoves)
        {
            text.Append(CultureInfo.InvariantCulture, $"{move.From} {move.To} {move.Points}\n");
        }

        return text.ToString();
    }

    private static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = currentUi;
        }
    }

    /// <summary>A digest of everything a result says: the rendered JSON of a scorecard, or every diagnostic.</summary>
    private static string Digest(Result<Scorecard> result)
    {
        var text = result.IsSuccess ? JsonRenderer.Render(result.Value!) : string.Join("\n", result.Diagnostics);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>
    /// The Yangxi sample with its figures varied deterministically: each amount moved by up to ±30 %, conditions
    /// flipped by the bits of the index, counts nudged; now and then a budget of 0, to include failed runs.
    /// </summary>
    private static List<InputValues> Varied(int count)
    {
        var sample = Some.YangxiInput();
        var names = sample.Values.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        var inputs = new List<InputValues>(count);
        for (var i = 0; i < count; i++)
        {
            var builder = InputValues.CreateBuilder().Subject($"单位 {i}");
            for (var k = 0; k < names.Count; k++)
            {
                var value = sample.Values[names[k]];
                var wobble = ((i * 7919) + (k * 104_729)) % 601;
                switch (value.Kind)
                {
                    case InputValueKind.Number when names[k] is "work_target_count" or "work_targets_met" or "petitions_received" or "petitions_requiring_reply" or "petitions_answered" or "petitions_overdue":
                        builder.Set(names[k], value.Number + (wobble % 3));
                        break;
                    case InputValueKind.Number when names[k] == "issued_budget" && i % 331 == 7:
                        builder.Set(names[k], 0m);
                        break;
                    case InputValueKind.Number:
                        builder.Set(names[k], Math.Round(value.Number * (700 + wobble) / 1000m, 2, MidpointRounding.AwayFromZero));
                        break;
                    case InputValueKind.Boolean:
                        builder.Set(names[k], ((i >> (k % 12)) & 1) == 1);
                        break;
                    default:
                        builder.Set(names[k], value);
                        break;
                }
            }

            foreach (var (id, judgement) in sample.Judgements)
            {
                builder.Judge(id, judgement);
            }

            // Assessed when a transfer-payment condition comes out true; ignored, with a warning, when not.
            builder.Judge("fund_allocation_compliance", 1.5m, "资金下达基本及时");
            inputs.Add(builder.Build());
        }

        return inputs;
    }
}
