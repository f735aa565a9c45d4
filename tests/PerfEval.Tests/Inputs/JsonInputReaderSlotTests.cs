using System.Text;
using PerfEval.Benchmarks;
using PerfEval.Evaluation;
using PerfEval.Inputs;
using PerfEval.Loading;
using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Inputs;

/// <summary>
/// Reading JSON straight into a rule set's slots gives what reading it by name and binding it gives: the same scorecard,
/// and for values that do not fit, the same diagnostics at the same positions.
/// </summary>
public sealed class JsonInputReaderSlotTests
{
    [Theory]
    [InlineData("yangxi-2023.yaml", "yangxi-2023.json")]
    [InlineData("dazhou-2023.yaml", "dazhou-2023.json")]
    public void Read_IntoSlots_ScoresAsReadingByNameDoes(string rulesFile, string sample)
    {
        var rules = RuleSetLoader.LoadFile(Repo.Rules(rulesFile)).GetValueOrThrow();
        var bytes = File.ReadAllBytes(Repo.Samples(sample));

        var bound = JsonInputReader.Read(bytes, rules, "samples/" + sample).GetValueOrThrow();
        var byName = JsonInputReader.Read(bytes, "samples/" + sample).GetValueOrThrow();

        Assert.Equal(JsonRenderer.Render(rules.Score(byName)), JsonRenderer.Render(rules.Evaluate(bound).GetValueOrThrow()));
    }

    [Fact]
    public void Read_IntoSlots_5000GeneratedDepartments_ScoreAsReadingByNameDoes()
    {
        var rules = Some.Yangxi();
        var differing = 0;
        foreach (var department in Departments.Generate(5_000))
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
            {
                Departments.WriteJson(json, department.Input);
            }

            var bytes = buffer.WrittenMemory;
            var bound = rules.Evaluate(JsonInputReader.Read(bytes, rules).GetValueOrThrow(), EvaluationOptions.NumbersOnly).GetValueOrThrow();
            var byName = rules.Evaluate(JsonInputReader.Read(bytes).GetValueOrThrow(), EvaluationOptions.NumbersOnly).GetValueOrThrow();
            differing += bound.Total == byName.Total && bound.AllIndicators.Select(i => i.Score).SequenceEqual(byName.AllIndicators.Select(i => i.Score)) ? 0 : 1;
        }

        Assert.Equal(0, differing);
    }

    [Theory]
    [InlineData("""{ "values": { "actual_spending": "lots" } }""")]
    [InlineData("""{ "values": { "actual_spending": -1, "no_such_input": 1, "has_transfer_payments": 3 } }""")]
    [InlineData("""{ "values": { "actual_spending": 1, "actual_spending": 2, "staff": 2.5 } }""")]
    [InlineData("""
        {
          "values": {
            "actual_spendng": 1
          },
          "judgements": { "no_such_indicator": { "score": 1, "reason": "?" }, "budget_rationality": { "score": 1, "reason": "a" }, "budget_rationality": { "score": 2, "reason": "b" } }
        }
        """)]
    public void Read_IntoSlots_ValuesThatDoNotFit_GiveTheDiagnosticsOfReadingAndBindingByName(string json)
    {
        var rules = Some.Yangxi();
        var bytes = Encoding.UTF8.GetBytes(json);

        var intoSlots = JsonInputReader.Read(bytes, rules, "in.json");
        var read = JsonInputReader.Read(bytes, "in.json");
        var slotted = intoSlots.Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal).ToList();

        Assert.Null(intoSlots.Value);
        if (read.Value is { } input)
        {
            Assert.Equal(rules.Bind(input).Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal), slotted);
        }
        else
        {
            // A duplicate stops reading by name before binding; reading into slots checks each value as it goes, so it
            // finds the same syntax errors and what binding would have found besides.
            Assert.All(read.Diagnostics, d => Assert.Contains(d.ToString(), slotted));
            Assert.True(slotted.Count > read.Diagnostics.Count);
        }
    }

    [Theory]
    [InlineData("4", "\"预算编制规范合理。\"")]
    [InlineData("4", "\"\"")]
    [InlineData("4", "\"   \"")]
    [InlineData("4", "\"\\u3000\\n\"")]
    [InlineData("4", "\"\u3000\u3000\"")]
    [InlineData("4", "\"\u3000\u3000说明\"")]
    [InlineData("4", "\"\\u8bf4\\u660e\"")]
    [InlineData("null", "\"\"")]
    [InlineData("null", "\" \"")]
    [InlineData("null", "\"预算编制规范合理。\"")]
    [InlineData("9", "\"预算编制规范合理。\"")]
    public void Read_ForNumbersOnly_JudgesEachReasonAsReadingItsTextDoes(string score, string reason)
    {
        var rules = Some.Yangxi();
        var json = File.ReadAllText(Repo.Samples("yangxi-2023.json"));
        var start = json.IndexOf("\"budget_rationality\": {", StringComparison.Ordinal);
        var end = json.IndexOf('}', start);
        var bytes = Encoding.UTF8.GetBytes(json[..start] + $"\"budget_rationality\": {{ \"score\": {score}, \"reason\": {reason} " + json[end..]);

        var withText = JsonInputReader.Read(bytes, rules, "in.json");
        var numbersOnly = JsonInputReader.Read(bytes, rules, "in.json", EvaluationOptions.NumbersOnly);

        Assert.Equal(withText.Diagnostics.Select(d => d.ToString()), numbersOnly.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(withText.Value is null, numbersOnly.Value is null);
        if (withText.Value is null)
        {
            return;
        }

        var scored = rules.Evaluate(withText.GetValueOrThrow(), EvaluationOptions.NumbersOnly);
        var scoredNumbersOnly = rules.Evaluate(numbersOnly.GetValueOrThrow(), EvaluationOptions.NumbersOnly);
        Assert.Equal(scored.Diagnostics.Select(d => d.ToString()), scoredNumbersOnly.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(scored.Value?.AllIndicators.Select(i => i.Score), scoredNumbersOnly.Value?.AllIndicators.Select(i => i.Score));
    }

    [Fact]
    public void Read_ForNumbersOnly_CannotBeExplained()
    {
        var rules = Some.Yangxi();
        var input = JsonInputReader.Read(File.ReadAllBytes(Repo.Samples("yangxi-2023.json")), rules, "in.json", EvaluationOptions.NumbersOnly).GetValueOrThrow();

        Assert.Equal(92.76m, rules.Evaluate(input, EvaluationOptions.NumbersOnly).GetValueOrThrow().Total);
        var error = Assert.Throws<InvalidOperationException>(() => rules.Evaluate(input));
        Assert.Contains("numbers only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_IntoSlots_ReadsTheFileOrSaysWhyNot()
    {
        var rules = Some.Yangxi();

        var sample = JsonInputReader.ReadFile(Repo.Samples("yangxi-2023.json"), rules).GetValueOrThrow();
        var missing = JsonInputReader.ReadFile(Repo.Samples("no-such-file.json"), rules);

        Assert.Equal(92.76m, rules.Evaluate(sample).GetValueOrThrow().Total);
        Assert.Null(missing.Value);
        Assert.Equal(Codes.FileNotFound, Assert.Single(missing.Errors).Code);
    }

    [Fact]
    public void Read_IntoSlots_SyntaxError_IsReportedWithoutMissingInputs()
    {
        var result = JsonInputReader.Read(Encoding.UTF8.GetBytes("""{ "values": { "actual_spending": 1, } }"""), Some.Yangxi(), "in.json");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(Codes.InputSyntax, error.Code);
    }
}
