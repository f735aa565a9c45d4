using System.Text;
using PerfEval.Evaluation;
using PerfEval.Inputs;
using PerfEval.Results;
using PerfEval.Rules;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Hardening;

/// <summary>
/// Input files as spreadsheets produce them: nested, duplicated, NaN, numbers beyond decimal, negative budgets, text
/// for numbers, fields missing or extra, empty, mis-encoded. Each gets PerfEval's own error with the right code, and
/// where a field is at fault the message names it.
/// </summary>
public sealed class HostileInputTests
{
    private const string Suite = "hostile-inputs";

    private static readonly CompiledRuleSet Yangxi = Some.Yangxi();

    private static readonly string Sample = File.ReadAllText(Repo.Samples("yangxi-2023.json"));

    public static TheoryData<string> DecimalInputs => Data(Yangxi.Definition.Inputs.Where(i => i.Type == InputType.Decimal).Select(i => i.Name));

    public static TheoryData<string> NonNegativeInputs => Data(Yangxi.Definition.Inputs.Where(i => i.Min == 0m).Select(i => i.Name));

    private static readonly HashSet<string> WholeNumberInputs = Yangxi.Definition.Inputs.Where(i => i.Type == InputType.Integer).Select(i => i.Name).ToHashSet();

    public static TheoryData<string> RequiredInputs => Data(Yangxi.Definition.Inputs.Where(i => i.Required).Select(i => i.Name));

    public static TheoryData<string> BooleanInputs => Data(Yangxi.Definition.Inputs.Where(i => i.Type == InputType.Boolean).Select(i => i.Name));

    // ---- Nesting ----------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{\"a\": ", "}")]
    [InlineData("[{\"a\": ", "}]")]
    public void Read_ValueNested10000Deep_NamesTheInput(string open, string close)
    {
        var nested = string.Concat(Enumerable.Repeat(open, 10_000)) + "1" + string.Concat(Enumerable.Repeat(close, 10_000));

        Adversarial.Case(Suite, () =>
        {
            var diagnostics = Run(SetValue("issued_budget", nested));
            var error = Adversarial.AssertError(diagnostics, "PE0401");
            Assert.Contains("\"issued_budget\"", error.Message, StringComparison.Ordinal);
            Assert.Contains("not a nested", error.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Read_JudgementScoreNestedDeep_NamesTheJudgement()
    {
        var json = Sample.Replace("\"duty_performance\": { \"score\": 20,", "\"duty_performance\": { \"score\": " + new string('[', 5000) + new string(']', 5000) + ",", StringComparison.Ordinal);

        Adversarial.Case(Suite, () =>
        {
            var error = Adversarial.AssertError(Run(json), "PE0401");
            Assert.Contains("Judgement \"duty_performance\"", error.Message, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(17)]
    public void Read_DocumentNestedBeyondTheLimit_ReportsPE0401(int depth)
    {
        Adversarial.Case(Suite, () =>
        {
            var diagnostics = Run(new string('[', depth) + new string(']', depth));
            Adversarial.AssertError(diagnostics, "PE0401");
            Assert.Contains(diagnostics, d => d.Message.Contains("depth of 16", StringComparison.Ordinal));
        });
    }

    // ---- Duplicates -------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("issued_budget")]
    [InlineData("has_transfer_payments")]
    [InlineData("procurement_budget")]
    public void Read_DuplicateInput_NamesIt(string name)
    {
        var json = Sample.Replace("\"values\": {", $"\"values\": {{\n    \"{name}\": 1,", StringComparison.Ordinal);

        Adversarial.Case(Suite, () =>
        {
            var error = Adversarial.AssertError(Run(json), "PE0401");
            Assert.Equal($"Duplicate input \"{name}\".", error.Message);
            Assert.True(error.Line > 0);
        });
    }

    [Theory]
    [InlineData("values")]
    [InlineData("judgements")]
    [InlineData("subject")]
    public void Read_DuplicateTopLevelKey_NamesIt(string key)
    {
        var value = key == "subject" ? "\"x\"" : "{}";
        var json = Sample.Replace("\"subject\":", $"\"{key}\": {value},\n  \"subject\":", StringComparison.Ordinal);

        Adversarial.Case(Suite, () => Assert.Equal($"Duplicate key \"{key}\".", Adversarial.AssertError(Run(json), "PE0401").Message));
    }

    [Fact]
    public void Read_DuplicateJudgement_NamesIt()
    {
        var json = Sample.Replace("\"judgements\": {", "\"judgements\": {\n    \"duty_performance\": { \"score\": 1, \"reason\": \"重复\" },", StringComparison.Ordinal);

        Adversarial.Case(Suite, () => Assert.Equal("Duplicate judgement \"duty_performance\".", Adversarial.AssertError(Run(json), "PE0401").Message));
    }

    [Fact]
    public void Read_JudgementStatingScoreTwice_ReportsPE0401()
    {
        var diagnostics = Run(Regression("input-duplicate-judgement-score.input.json"));

        var error = Adversarial.AssertError(diagnostics, "PE0401");
        Assert.Contains("\"score\"", error.Message, StringComparison.Ordinal);
    }

    // ---- NaN, Infinity, numbers beyond decimal ----------------------------------------------------------------------

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("+Infinity")]
    [InlineData("nan")]
    [InlineData("inf")]
    public void Read_NaNOrInfinityLiteral_ReportsPE0401AtTheValue(string literal)
    {
        var json = SetValue("issued_budget", literal);
        var line = LineOf(json, "\"issued_budget\"");

        Adversarial.Case(Suite, () =>
        {
            var error = Adversarial.AssertError(Run(json), "PE0401");
            Assert.StartsWith("JSON syntax:", error.Message, StringComparison.Ordinal);
            Assert.Equal(line, error.Line);
            Assert.True(error.Column > 20, $"column {error.Column}");
        });
    }

    [Fact]
    public void Read_NaNOrInfinityLiteral_NamesTheInput()
    {
        foreach (var literal in new[] { "NaN", "Infinity", "-Infinity" })
        {
            var error = Adversarial.AssertError(Run(SetValue("issued_budget", literal)), "PE0401");
            Assert.Contains("issued_budget", error.Message, StringComparison.Ordinal);
        }

        var judgement = Adversarial.AssertError(Run(Regression("input-nan-literal.input.json")), "PE0401");
        Assert.Contains("issued_budget", judgement.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"NaN\"")]
    [InlineData("\"Infinity\"")]
    [InlineData("\"-Infinity\"")]
    [InlineData("\"2774.62\"")]
    [InlineData("\"2,774.62\"")]
    [InlineData("\"2774.62万元\"")]
    [InlineData("\"\"")]
    [InlineData("true")]
    public void Read_TextOrConditionForANumber_NamesTheInput(string value)
    {
        Adversarial.Case(Suite, () =>
        {
            var error = Adversarial.AssertError(Run(SetValue("issued_budget", value)), "PE0403");
            Assert.StartsWith("Input 'issued_budget' must be a number, not ", error.Message, StringComparison.Ordinal);
            Assert.Equal("budget_execution_rate", error.IndicatorId);
        });
    }

    [Theory]
    [MemberData(nameof(DecimalInputs))]
    public void Read_TextForEveryDecimalInput_NamesIt(string name)
    {
        Adversarial.Case(Suite, () =>
        {
            var error = Adversarial.AssertError(Run(SetValue(name, "\"NaN\"")), "PE0403");
            Assert.Contains($"'{name}'", error.Message, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(BooleanInputs))]
    public void Read_NumberOrTextForACondition_NamesIt(string name)
    {
        foreach (var value in new[] { "1", "0", "\"true\"", "\"是\"" })
        {
            Adversarial.Case(Suite, () =>
            {
                var error = Adversarial.AssertError(Run(SetValue(name, value)), "PE0403");
                Assert.StartsWith($"Input '{name}' must be true or false", error.Message, StringComparison.Ordinal);
            });
        }
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("1e99999999999999999999")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("-79228162514264337593543950336")]
    [InlineData("792281625142643375935439503350000000000000")]
    public void Read_NumberBeyondDecimal_NamesTheInput(string literal)
    {
        Adversarial.Case(Suite, () =>
        {
            var error = Adversarial.AssertError(Run(SetValue("issued_budget", literal)), "PE0401");
            Assert.Equal($"Input \"issued_budget\": {literal} is beyond the range of decimal numbers.", error.Message);
        });
    }

    [Theory]
    [InlineData("1e-400", "has digits beyond the 28th decimal place")]
    [InlineData("0.00000000000000000000000000001", "has digits beyond the 28th decimal place")]
    [InlineData("2774.620000000000000000000000001", "has 31 significant digits; a decimal number holds at most 28")]
    public void Read_NumberTooPreciseForDecimal_NamesTheInputAndTheLimit(string literal, string limit)
    {
        Adversarial.Case(Suite, () =>
        {
            var error = Adversarial.AssertError(Run(SetValue("issued_budget", literal)), "PE0401");
            Assert.StartsWith($"Input \"issued_budget\": {literal} {limit}", error.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Read_HundredThousandDigitNumber_ReportsPE0401()
    {
        Adversarial.Case(Suite, () =>
        {
            var error = Adversarial.AssertError(Run(SetValue("issued_budget", new string('9', 100_000))), "PE0401");
            Assert.Contains("\"issued_budget\"", error.Message, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("1e28")]
    public void Evaluate_ExtremeButValidBudget_ScoresOrReportsArithmetic(string literal)
    {
        Adversarial.Case(Suite, () =>
        {
            var read = Adversarial.Read(Encoding.UTF8.GetBytes(SetValue("issued_budget", literal)));
            Assert.True(read.IsSuccess, string.Join("\n", read.Diagnostics));
            var result = Yangxi.Evaluate(read.Value!);
            if (result.IsSuccess)
            {
                Assert.InRange(result.Value!.Total, 0m, 100m);
                _ = Adversarial.Render(result.Value);
            }
            else
            {
                Assert.All(result.Errors, d => Assert.Contains(d.Code, new[] { "PE0501", "PE0502", "PE0506" }));
            }
        });
    }

    // ---- Ranges ------------------------------------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(NonNegativeInputs))]
    public void Read_NegativeValueForAnInputWithMinZero_NamesIt(string name)
    {
        Adversarial.Case(Suite, () =>
        {
            var negative = WholeNumberInputs.Contains(name) ? "-1" : "-0.01";
            var error = Adversarial.AssertError(Run(SetValue(name, negative)), "PE0404");
            Assert.StartsWith($"Input '{name}' is {negative}, outside its allowed range [0, +∞)", error.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Read_NegativeZeroBudget_IsZeroNotOutOfRange()
    {
        Adversarial.Case(Suite, () => Assert.DoesNotContain(Run(SetValue("reception_actual", "-0")), d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Read_HugeNegativeBudget_ReportsPE0404()
    {
        Adversarial.Case(Suite, () =>
        {
            var error = Adversarial.AssertError(Run(SetValue("issued_budget", "-79228162514264337593543950335")), "PE0404");
            Assert.Contains("'issued_budget'", error.Message, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("work_target_count", "0.5", "PE0403")]
    [InlineData("work_target_count", "0", "PE0404")]
    [InlineData("petitions_overdue", "1.0000000000000000000000000001", "PE0403")]
    public void Read_WholeNumberInputBreakingItsRules_NamesIt(string name, string value, string code)
    {
        Adversarial.Case(Suite, () =>
        {
            var error = Adversarial.AssertError(Run(SetValue(name, value)), code);
            Assert.Contains($"'{name}'", error.Message, StringComparison.Ordinal);
        });
    }

    // ---- Missing and extra fields -----------------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(RequiredInputs))]
    public void Read_MissingRequiredInput_NamesIt(string name)
    {
        Adversarial.Case(Suite, () =>
        {
            var error = Adversarial.AssertError(Run(RemoveValue(name)), "PE0402");
            Assert.StartsWith($"Missing required input '{name}'", error.Message, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(RequiredInputs))]
    public void Read_NullForARequiredInput_NamesIt(string name)
    {
        Adversarial.Case(Suite, () =>
        {
            var diagnostics = Run(SetValue(name, "null"));
            var error = diagnostics.FirstOrDefault(d => d.Code is "PE0402" or "PE0507" && d.Message.Contains($"'{name}'", StringComparison.Ordinal));
            Assert.True(error is not null, string.Join("\n", diagnostics));
        });
    }

    [Theory]
    [InlineData("issued_budgett", "issued_budget")]
    [InlineData("Issued_Budget", "issued_budget")]
    [InlineData("财政下达预算数", null)]
    [InlineData("", null)]
    [InlineData("__proto__", null)]
    public void Read_UnknownInput_NamesIt(string name, string? hint)
    {
        var json = Sample.Replace("\"values\": {", $"\"values\": {{\n    \"{name}\": 1,", StringComparison.Ordinal);

        Adversarial.Case(Suite, () =>
        {
            var error = Adversarial.AssertError(Run(json), "PE0405");
            Assert.StartsWith($"Unknown input '{name}'", error.Message, StringComparison.Ordinal);
            if (hint is not null)
            {
                Assert.EndsWith($"Did you mean '{hint}'?", error.Message, StringComparison.Ordinal);
            }
        });
    }

    [Theory]
    [InlineData("\"subjects\": \"x\",", "subjects")]
    [InlineData("\"value\": {},", "value")]
    [InlineData("\"Values\": {},", "Values")]
    public void Read_UnknownTopLevelKey_NamesIt(string extra, string key)
    {
        var json = Sample.Replace("\"values\": {", extra + "\n  \"values\": {", StringComparison.Ordinal);

        Adversarial.Case(Suite, () => Assert.StartsWith($"Unknown key \"{key}\"", Adversarial.AssertError(Run(json), "PE0401").Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{ \"score\": 4 }", "no written reason", "PE0408")]
    [InlineData("{ \"reason\": \"好\" }", "has no \"score\"", "PE0401")]
    [InlineData("{ \"score\": \"4\", \"reason\": \"好\" }", "\"score\" must be a number", "PE0401")]
    [InlineData("{ \"score\": NaN, \"reason\": \"好\" }", "JSON syntax", "PE0401")]
    [InlineData("{ \"score\": 1e400, \"reason\": \"好\" }", "beyond the range", "PE0401")]
    [InlineData("{ \"score\": -1, \"reason\": \"好\" }", "outside [0, 20]", "PE0407")]
    [InlineData("{ \"score\": 20.01, \"reason\": \"好\" }", "outside [0, 20]", "PE0407")]
    [InlineData("{ \"score\": 20, \"reason\": \"   \" }", "no written reason", "PE0408")]
    [InlineData("{ \"score\": 20, \"reason\": \"好\", \"by\": \"x\" }", "unknown key \"by\"", "PE0401")]
    [InlineData("20", "must be an object", "PE0401")]
    [InlineData("null", "must be an object", "PE0401")]
    public void Read_BrokenJudgement_NamesIt(string judgement, string expected, string code)
    {
        var json = Sample.Replace(
            "\"duty_performance\": { \"score\": 20, \"reason\": \"积极主动、扎实推进“三旧”改造、土地征收和土地收储出让等工作，切实完成本单位工作。\" }",
            "\"duty_performance\": " + judgement,
            StringComparison.Ordinal);
        Assert.NotEqual(Sample, json);

        Adversarial.Case(Suite, () =>
        {
            var error = Adversarial.AssertError(Run(json), code);
            Assert.Contains(expected, error.Message, StringComparison.Ordinal);
            if (code != "PE0401" || !expected.StartsWith("JSON", StringComparison.Ordinal))
            {
                Assert.Contains("duty_performance", error.Message + error.IndicatorId, StringComparison.Ordinal);
            }
        });
    }

    [Fact]
    public void Read_ReasonThatIsANumber_ReportsPE0401()
    {
        var error = Adversarial.AssertError(Run(Regression("input-reason-not-text.input.json")), "PE0401");
        Assert.Contains("\"reason\" must be text", error.Message, StringComparison.Ordinal);
    }

    // ---- Empty, mis-encoded, byte-order mark ------------------------------------------------------------------------

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n\t ")]
    [InlineData("\uFEFF")]
    public void Read_EmptyFile_ReportsPE0401(string json)
    {
        Adversarial.Case(Suite, () =>
        {
            var error = Adversarial.AssertError(Run(json), "PE0401");
            Assert.Equal("The input file is empty; it must hold a JSON object with \"values\".", error.Message);
        });
    }

    [Theory]
    [InlineData("// only a comment\n")]
    [InlineData("/* only a comment */")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("\"values\"")]
    [InlineData("{}")]
    [InlineData("{ \"values\": [] }")]
    [InlineData("{ \"values\": null }")]
    [InlineData("{ \"values\": {} } {}")]
    [InlineData("{ \"values\": {}, }")]
    [InlineData("{ 'values': {} }")]
    [InlineData("{ \"values\": { \"issued_budget\": 0x10 } }")]
    [InlineData("{ \"values\": { \"issued_budget\": 01 } }")]
    [InlineData("{ \"values\": { \"issued_budget\": .5 } }")]
    [InlineData("{ \"values\": { \"issued_budget\": 1. } }")]
    [InlineData("{ \"values\": { \"issued_budget\": \"\\ud800\" } }")]
    [InlineData("{ \"values\": { \"issued_budget\": 1 } /*")]
    public void Read_MalformedDocument_ReportsPE0401(string json)
    {
        Adversarial.Case(Suite, () => Adversarial.AssertError(Run(json), "PE0401"));
    }

    [Fact]
    public void Read_BytesThatAreNotUtf8_ReportPE0401()
    {
        var utf8 = Encoding.UTF8.GetBytes(Sample);
        var subject = Index(utf8, "\"阳西县土地储备") + 1;
        var key = Index(utf8, "initial_budget");
        var cases = new Dictionary<string, byte[]>
        {
            ["in a text value"] = Patch(utf8, subject, 0xFF),
            ["in a key"] = Patch(utf8, key, 0xC0),
            ["truncated at the end"] = utf8.Concat(new byte[] { 0xE4, 0xB8 }).ToArray(),
            ["UTF-16 with a byte-order mark"] = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Sample)).ToArray(),
            ["GB18030"] = Gb18030(Sample),
            ["two byte-order marks"] = new byte[] { 0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF }.Concat(utf8).ToArray(),
        };

        foreach (var (what, bytes) in cases)
        {
            Adversarial.Case(Suite, () =>
            {
                var read = Adversarial.Read(bytes);
                Assert.False(read.IsSuccess, what);
                Adversarial.AssertError(read.Diagnostics, "PE0401");
            });
        }
    }

    [Fact]
    public void Read_BytesThatAreNotUtf8InAValue_NamesTheFieldAndLine()
    {
        var utf8 = Encoding.UTF8.GetBytes(SetValue("procurement_budget", "\"X\""));
        var bytes = Patch(utf8, Index(utf8, "\"X\"") + 1, 0xFF);

        var error = Adversarial.AssertError(Adversarial.Read(bytes).Diagnostics, "PE0401");
        Assert.Contains("procurement_budget", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 0);
    }

    [Fact]
    public void Read_BytesThatAreNotUtf8InAComment_ReportPE0401()
    {
        var read = JsonInputReader.ReadFile(Path.Combine(Adversarial.RegressionFolder, "input-bad-utf8-in-comment.input.json"));

        Adversarial.AssertError(read.Diagnostics, "PE0401");
    }

    [Fact]
    public void ReadFile_ByteOrderMark_Scores9276()
    {
        var path = Path.Combine(Path.GetTempPath(), $"perfeval-bom-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllBytes(path, new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Sample)).ToArray());
            Adversarial.Case(Suite, () =>
            {
                var read = JsonInputReader.ReadFile(path);
                Assert.True(read.IsSuccess, string.Join("\n", read.Diagnostics));
                Assert.Equal(92.76m, Yangxi.Score(read.Value!).Total);
            });
            Adversarial.Case(Suite, () => Assert.Equal(92.76m, Yangxi.Score(JsonInputReader.Read("\uFEFF" + Sample).GetValueOrThrow()).Total));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadFile_CrlfAndTabs_Scores9276()
    {
        var crlf = Sample.Replace("\n", "\r\n", StringComparison.Ordinal).Replace("  ", "\t", StringComparison.Ordinal);

        Adversarial.Case(Suite, () => Assert.Equal(92.76m, Yangxi.Score(JsonInputReader.Read(crlf).GetValueOrThrow()).Total));
    }

    [Fact]
    public void ReadFile_LargerThanTheLimit_ReportsPE0005()
    {
        var path = Path.Combine(Path.GetTempPath(), $"perfeval-huge-{Guid.NewGuid():N}.json");
        try
        {
            using (var stream = File.Create(path))
            {
                stream.SetLength(JsonInputReader.MaxFileBytes + 1L);
            }

            Adversarial.Case(Suite, () => Adversarial.AssertError(JsonInputReader.ReadFile(path).Diagnostics, "PE0005"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    // ---- Helpers -----------------------------------------------------------------------------------------------------

    /// <summary>Reads the JSON and, when it reads, scores it with the Yangxi rules: every diagnostic of both steps.</summary>
    private static IReadOnlyList<Diagnostic> Run(string json) => Run(Encoding.UTF8.GetBytes(json));

    private static IReadOnlyList<Diagnostic> Run(byte[] json)
    {
        var read = Adversarial.Read(json);
        if (!read.IsSuccess)
        {
            return read.Diagnostics;
        }

        try
        {
            var result = Yangxi.Evaluate(read.Value!);
            if (result.IsSuccess)
            {
                _ = Adversarial.Render(result.Value!);
            }

            return read.Diagnostics.Concat(result.Diagnostics).ToList();
        }
        catch (Exception ex)
        {
            Assert.Fail($"Evaluate threw {ex}");
            throw;
        }
    }

    private static string Regression(string name) => File.ReadAllText(Path.Combine(Adversarial.RegressionFolder, name));

    /// <summary>The sample with one value replaced by the given JSON text.</summary>
    private static string SetValue(string name, string json)
    {
        var lines = Sample.Split('\n');
        var index = Array.FindIndex(lines, l => l.TrimStart().StartsWith($"\"{name}\":", StringComparison.Ordinal));
        Assert.True(index >= 0, name);
        var comma = lines[index].TrimEnd().EndsWith(',') ? "," : string.Empty;
        lines[index] = $"    \"{name}\": {json}{comma}";
        return string.Join('\n', lines);
    }

    private static string RemoveValue(string name)
    {
        var lines = Sample.Split('\n').ToList();
        var index = lines.FindIndex(l => l.TrimStart().StartsWith($"\"{name}\":", StringComparison.Ordinal));
        Assert.True(index >= 0, name);
        var wasLast = !lines[index].TrimEnd().EndsWith(',');
        lines.RemoveAt(index);
        if (wasLast)
        {
            var previous = lines.FindLastIndex(index - 1, l => l.TrimStart().StartsWith('"'));
            lines[previous] = lines[previous].TrimEnd().TrimEnd(',');
        }

        return string.Join('\n', lines);
    }

    private static int LineOf(string text, string marker) => text[..text.IndexOf(marker, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    private static int Index(byte[] haystack, string needle)
    {
        var bytes = Encoding.UTF8.GetBytes(needle);
        for (var i = 0; i + bytes.Length <= haystack.Length; i++)
        {
            if (haystack.AsSpan(i, bytes.Length).SequenceEqual(bytes))
            {
                return i;
            }
        }

        throw new InvalidOperationException(needle);
    }

    private static byte[] Patch(byte[] bytes, int at, byte value)
    {
        var copy = (byte[])bytes.Clone();
        copy[at] = value;
        return copy;
    }

    private static byte[] Gb18030(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030").GetBytes(text);
    }

    private static TheoryData<string> Data(IEnumerable<string> names)
    {
        var data = new TheoryData<string>();
        foreach (var name in names)
        {
            data.Add(name);
        }

        return data;
    }
}
