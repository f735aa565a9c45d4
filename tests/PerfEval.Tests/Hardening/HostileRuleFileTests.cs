using System.Diagnostics;
using System.Text;
using PerfEval.Inputs;
using PerfEval.Loading;
using PerfEval.Tests.Support;
using PerfEval.Results;
using PerfEval.Evaluation;

namespace PerfEval.Tests.Hardening;

/// <summary>
/// Rule files written to hurt: deep, huge, aliased, tagged, mis-encoded, empty, or with formulas reaching for code.
/// Each ends in a <see cref="Result<CompiledRuleSet>"/> whose diagnostics carry the code, never in another exception and never in a
/// stack overflow (which would end this test process, so the limits must hold before any recursive parser runs).
/// </summary>
public sealed class HostileRuleFileTests
{
    private const string Suite = "hostile-rule-files";

    private static readonly string YangxiText = File.ReadAllText(Repo.Rules("yangxi-2023.yaml"));

    /// <summary>Limits that let a long formula through, so it is the nesting check that must stop it.</summary>
    private static readonly RuleSetLimits LongFormulas = new() { MaxFormulaLength = 1_000_000 };

    private static string Header(decimal total = 10m) => $"""
        format: perfeval/1
        id: hostile
        version: 1.0.0
        title: 恶意规则
        total: {total}
        grades:
          - {"{"} grade: excellent, label: 优, gte: 0, lte: {total} {"}"}
        inputs:
          - {"{"} name: rate, type: decimal {"}"}
          - {"{"} name: flag, type: boolean {"}"}

        """;

    /// <summary>A rule file whose one indicator has the formula, written as a double-quoted YAML string.</summary>
    private static string WithFormula(string formula, string key = "formula") => Header() + $"""
        indicators:
          - id: only
            name: 唯一
            weight: 10
            {key}: "{formula.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}"

        """;

    private static string WithNote(string note) => Header() + "note: " + note + "\n" + """
        indicators:
          - { id: only, name: 唯一, weight: 10, formula: "weight * Min(1, Max(0, rate))", note: "x" }

        """;

    // ---- Formulas nested or long beyond reason ----------------------------------------------------------------------

    [Fact]
    public void Load_FormulaInParentheses10000Deep_ReportsPE0308()
    {
        var formula = new string('(', 10_000) + "rate" + new string(')', 10_000);

        Adversarial.Case(Suite, () =>
        {
            var byLength = Adversarial.AssertError(Adversarial.Load(WithFormula(formula)), "PE0308");
            Assert.Contains("characters long", byLength.Message, StringComparison.Ordinal);
        });
        Adversarial.Case(Suite, () =>
        {
            var byNesting = Adversarial.AssertError(Adversarial.Load(WithFormula(formula), limits: LongFormulas), "PE0308");
            Assert.Contains("nests 10000 levels", byNesting.Message, StringComparison.Ordinal);
            Assert.Equal("only", byNesting.IndicatorId);
        });
    }

    [Theory]
    [InlineData("-", "rate")]
    [InlineData("- ", "rate")]
    [InlineData("-(", "rate")]
    [InlineData("not ", "flag")]
    [InlineData("!", "flag")]
    [InlineData("not (", "flag")]
    [InlineData("Min(1, ", "rate")]
    [InlineData("if(flag, 1, ", "rate")]
    public void Load_PrefixChain10000Long_ReportsPE0308(string prefix, string operand)
    {
        var closing = new string(')', prefix.Count(c => c == '('));
        var formula = string.Concat(Enumerable.Repeat(prefix, 10_000)) + operand + string.Concat(Enumerable.Repeat(closing, 10_000));
        var key = operand == "flag" ? "applies_when" : "formula";
        var yaml = key == "formula"
            ? WithFormula(formula)
            : Header() + "indicators:\n  - { id: only, name: 唯一, weight: 10, judgement: {}, fallback: { kind: zero }, applies_when: \"" + formula + "\" }\n";

        Adversarial.Case(Suite, () => Adversarial.AssertError(Adversarial.Load(yaml), "PE0308"));
        Adversarial.Case(Suite, () =>
        {
            var error = Adversarial.AssertError(Adversarial.Load(yaml, limits: LongFormulas), "PE0308");
            Assert.Contains("nests", error.Message, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("metrics:\n  - { name: deep, expression: \"FORMULA\" }\nindicators:\n  - { id: only, name: 唯一, weight: 10, formula: \"Min(weight, Max(0, deep))\" }\n")]
    [InlineData("checks:\n  - { id: deep, assert: \"FORMULA > 0\", message: 深 }\nindicators:\n  - { id: only, name: 唯一, weight: 10, formula: \"Min(weight, Max(0, rate))\" }\n")]
    [InlineData("indicators:\n  - id: only\n    name: 唯一\n    weight: 10\n    bands:\n      value: \"FORMULA\"\n      ranges:\n        - { points: 10 }\n")]
    [InlineData("indicators:\n  - id: only\n    name: 唯一\n    weight: 10\n    deduction: { value: \"FORMULA\", points: 1 }\n")]
    public void Load_DeepFormulaInEveryFormulaPlace_ReportsPE0308(string body)
    {
        var formula = new string('(', 5_000) + "rate" + new string(')', 5_000);
        var yaml = Header() + body.Replace("FORMULA", formula, StringComparison.Ordinal);

        Adversarial.Case(Suite, () => Adversarial.AssertError(Adversarial.Load(yaml, limits: LongFormulas), "PE0308"));
    }

    [Fact]
    public void Load_OneMegabyteFormula_ReportsPE0308()
    {
        var formula = string.Join(" + ", Enumerable.Repeat("rate", 1024 * 1024 / 7)) + " * 0";
        Assert.True(formula.Length >= 1024 * 1024 - 16);

        Adversarial.Case(Suite, () =>
        {
            var error = Adversarial.AssertError(Adversarial.Load(WithFormula(formula)), "PE0308");
            Assert.Contains($"is {formula.Length} characters long; the limit is 2000", error.Message, StringComparison.Ordinal);
            Assert.True(error.Message.Length < 400, "the message must not quote a megabyte of formula");
        });
    }

    [Fact]
    public void Load_QuoteHidesNestingFromTheLimit_ReportsPE0308()
    {
        // Run on a thread of the size a thread-pool thread has, so the replay means what it would in a host.
        foreach (var name in new[] { "formula-quote-hides-nesting.yaml", "formula-escaped-quote-hides-nesting.yaml" })
        {
            Result<CompiledRuleSet>? result = null;
            var thread = new Thread(() => result = RuleSetLoader.LoadFile(Path.Combine(Adversarial.RegressionFolder, name)), 1536 * 1024);
            thread.Start();
            thread.Join();
            Adversarial.AssertError(result!, "PE0308");
        }
    }

    // ---- Files too large --------------------------------------------------------------------------------------------

    [Fact]
    public void Load_FiftyMegabytesOfText_ReportsPE0005()
    {
        var yaml = YangxiText + "\nnote: '" + new string('长', 50 * 1024 * 1024) + "'\n";

        Adversarial.Case(Suite, () =>
        {
            var error = Adversarial.AssertError(Adversarial.Load(yaml), "PE0005");
            Assert.Contains("the limit is 4194304", error.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void LoadFile_FiftyMegabyteFile_ReportsPE0005BeforeReadingIt()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "huge.yaml");
        using (var stream = File.Create(path))
        {
            stream.Write(Encoding.UTF8.GetBytes(YangxiText));
            stream.SetLength(50L * 1024 * 1024);
        }

        Adversarial.Case(Suite, () =>
        {
            var error = Adversarial.AssertError(Adversarial.LoadFile(path), "PE0005");
            Assert.Equal($"The rule file is {50L * 1024 * 1024} bytes; the limit is 4194304.", error.Message);
            Assert.Equal(path, error.File);
        });
    }

    [UnixFact]
    public void LoadFile_CharacterDevice_ReportsPE0001NotARegularFile()
    {
        // /dev/zero reports a length of 0 and never ends; it is refused before a byte is read.
        Adversarial.AssertError(RuleSetLoader.LoadFile("/dev/zero"), "PE0001");
        Adversarial.AssertError(JsonInputReader.ReadFile("/dev/zero").Diagnostics, "PE0001");
    }

    [UnixFact]
    public void ResolveFile_CharacterDevice_ReportsPE0001NotARegularFile()
    {
        var error = Adversarial.AssertError(RuleSetLoader.ResolveFile("/dev/zero").Diagnostics, "PE0001");

        Assert.Equal("Cannot read the rule file: it is not a regular file but a character device; PerfEval reads rule and input files only from regular files.", error.Message);
    }

    [Fact]
    public void ResolveFile_BytesThatAreNotUtf8_ReportsPE0002()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "latin1.yaml");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("id: prüfung\n"));

        var error = Adversarial.AssertError(RuleSetLoader.ResolveFile(path).Diagnostics, "PE0002");

        Assert.Equal("The rule file is not valid UTF-8 text.", error.Message);
    }

    [Fact]
    public void Load_NumberBeyondTenToTheFifteenth_ReportsPE0105()
    {
        var yaml = Header() + "indicators:\n  - { id: a, name: 甲, weight: 1000000000000001, judgement: {} }\n";

        var error = Adversarial.AssertError(Adversarial.Load(yaml), "PE0105");

        Assert.Equal("'weight' is 1000000000000001, beyond ±10^15, the largest number a rule file may hold.", error.Message);
    }

    [Theory]
    [InlineData("0.12345678901234567890123456789")]
    [InlineData("12345678901234567890123456789.5")]
    [InlineData("1e-40")]
    public void Load_FormulaLiteralDecimalWouldRound_IsAnError(string literal)
    {
        var yaml = Header() + $"indicators:\n  - {{ id: a, name: 甲, weight: 10, formula: \"Min(weight, {literal})\" }}\n";

        var error = Adversarial.AssertError(Adversarial.Load(yaml), "PE0305");

        Assert.Contains($"The number {literal} in ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FormulaLiteralsInsideTextOrNames_AreNotNumbers()
    {
        var yaml = Header() + "indicators:\n  - { id: a, name: 甲, weight: 10, formula: \"if('0.12345678901234567890123456789' == 'a', 0, Min(weight, rate * 10))\" }\n";

        var result = Adversarial.Load(yaml);

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
    }

    // ---- YAML nested beyond reason ----------------------------------------------------------------------------------

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    [InlineData("[{a: ", "}]")]
    public void Load_FlowYamlNested10000Deep_ReportsPE0004(string open, string close)
    {
        var note = string.Concat(Enumerable.Repeat(open, 10_000)) + "x" + string.Concat(Enumerable.Repeat(close, 10_000));

        Adversarial.Case(Suite, () =>
        {
            var error = Adversarial.AssertError(Adversarial.Load(WithNote(note)), "PE0004");
            Assert.Equal("YAML nesting exceeds the limit of 64 levels.", error.Message);
        });
    }

    [Fact]
    public void Load_FlowYamlNested10000DeepNeverClosed_ReportsPE0004()
    {
        Adversarial.Case(Suite, () => Adversarial.AssertError(Adversarial.Load(WithNote(new string('[', 10_000))), "PE0004"));
    }

    [Fact]
    public void Load_BlockSequenceNested10000Deep_ReportsPE0004()
    {
        var yaml = Header() + "note:\n" + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n";

        Adversarial.Case(Suite, () => Adversarial.AssertError(Adversarial.Load(yaml), "PE0004"));
    }

    [Fact]
    public void Load_BlockMappingNested10000Deep_ReportsPE0004()
    {
        // Each level indents one more space: 10,000 levels are 50 million spaces, over the size limit, so the
        // deepest block mapping that fits the limit is nested instead, and the size limit is checked for the rest.
        var deep = new StringBuilder(Header()).Append("note:\n");
        for (var i = 1; i <= 2_800; i++)
        {
            deep.Append(' ', i).Append("k:\n");
        }

        deep.Append(' ', 2_801).Append("x\n");
        var tooLarge = new StringBuilder(Header()).Append("note:\n");
        for (var i = 1; i <= 10_000; i++)
        {
            tooLarge.Append(' ', i).Append("k:\n");
        }

        Adversarial.Case(Suite, () => Adversarial.AssertError(Adversarial.Load(deep.ToString()), "PE0004"));
        Adversarial.Case(Suite, () => Adversarial.AssertError(Adversarial.Load(tooLarge.ToString()), "PE0005"));
    }

    [Fact]
    public void Load_IndicatorTreeNestedBeyondTheLimit_ReportsPE0004()
    {
        var yaml = new StringBuilder(Header()).Append("indicators:\n");
        var indent = "  ";
        for (var i = 0; i < 200; i++)
        {
            yaml.Append(indent).Append("- id: g").Append(i).Append('\n')
                .Append(indent).Append("  name: 组\n")
                .Append(indent).Append("  weight: 10\n")
                .Append(indent).Append("  children:\n");
            indent += "    ";
        }

        yaml.Append(indent).Append("- { id: leaf, name: 叶, weight: 10, judgement: {} }\n");

        Adversarial.Case(Suite, () => Adversarial.AssertError(Adversarial.Load(yaml.ToString()), "PE0004"));
    }

    // ---- Anchors, aliases and tags ----------------------------------------------------------------------------------

    [Fact]
    public void Load_BillionLaughs_ReportsPE0003WithoutExpanding()
    {
        var yaml = new StringBuilder(Header()).Append("note: x\nlol0: &l0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (var i = 1; i <= 12; i++)
        {
            yaml.Append("lol").Append(i).Append(": &l").Append(i).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*l" + (i - 1), 10))).Append("]\n");
        }

        yaml.Append("indicators: *l12\n");

        Adversarial.Case(Suite, () =>
        {
            var watch = Stopwatch.StartNew();
            var result = Adversarial.Load(yaml.ToString());
            Assert.True(watch.ElapsedMilliseconds < 5000, "nothing may be expanded");
            Adversarial.AssertError(result, "PE0003");
            Assert.Contains(result.Errors, d => d.Code == "PE0003" && d.Message.StartsWith("YAML anchors (&l0)", StringComparison.Ordinal));
            Assert.Contains(result.Errors, d => d.Code == "PE0003" && d.Message.StartsWith("YAML aliases (*l12)", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Load_AliasInsideAFormulaKey_ReportsPE0003()
    {
        var yaml = Header() + """
            indicators:
              - { id: a, name: 甲, weight: 5, formula: &f "weight * Min(1, Max(0, rate))" }
              - { id: b, name: 乙, weight: 5, formula: *f }

            """;

        Adversarial.Case(Suite, () =>
        {
            var result = Adversarial.Load(yaml);
            Assert.Equal(2, result.Errors.Count(d => d.Code == "PE0003"));
        });
    }

    [Theory]
    [InlineData("!!python/object:os.system", "tag:yaml.org,2002:python/object:os.system")]
    [InlineData("!!python/object/apply:subprocess.check_output", "tag:yaml.org,2002:python/object/apply:subprocess.check_output")]
    [InlineData("!System.Diagnostics.Process", "!System.Diagnostics.Process")]
    [InlineData("!PerfEval.Tests.Hardening.Tripwire", "!PerfEval.Tests.Hardening.Tripwire")]
    [InlineData("!<tag:clr,2024:PerfEval.Tests.Hardening.Tripwire>", "tag:clr,2024:PerfEval.Tests.Hardening.Tripwire")]
    [InlineData("!!binary", "tag:yaml.org,2002:binary")]
    [InlineData("!!int", "tag:yaml.org,2002:int")]
    public void Load_CustomTag_ReportsPE0003AndCreatesNothing(string tag, string shown)
    {
        var places = new[]
        {
            Header().Replace("title: 恶意规则", $"title: {tag} 恶意规则", StringComparison.Ordinal) + "indicators:\n  - { id: a, name: 甲, weight: 10, judgement: {} }\n",
            Header() + $"indicators:\n  - {tag} {{ id: a, name: 甲, weight: 10, judgement: {{}} }}\n",
            Header() + $"indicators: {tag}\n  - {{ id: a, name: 甲, weight: 10, judgement: {{}} }}\n",
            Header() + $"indicators:\n  - {{ id: a, name: 甲, weight: {tag} 10, judgement: {{}} }}\n",
            $"--- {tag}\n" + Header() + "indicators:\n  - { id: a, name: 甲, weight: 10, judgement: {} }\n",
        };

        foreach (var yaml in places)
        {
            Adversarial.Case(Suite, () =>
            {
                var result = Adversarial.Load(yaml);
                var error = Adversarial.AssertError(result, "PE0003");
                Assert.Equal($"YAML tags ({shown}) are not supported in rule files.", error.Message);
                Assert.False(Tripwire.Tripped, "a YAML tag created a type");
            });
        }
    }

    [Fact]
    public void Load_TagDirective_ReportsPE0003()
    {
        var yaml = "%TAG !clr! tag:clr,2024:\n--- !clr!PerfEval.Tests.Hardening.Tripwire\n" + Header() + "indicators:\n  - { id: a, name: 甲, weight: 10, judgement: {} }\n";

        Adversarial.Case(Suite, () =>
        {
            Adversarial.AssertError(Adversarial.Load(yaml), "PE0003");
            Assert.False(Tripwire.Tripped);
        });
    }

    // ---- Encodings and line ends ------------------------------------------------------------------------------------

    [Fact]
    public void LoadFile_BytesThatAreNotUtf8_ReportsPE0002()
    {
        using var folder = new TempFolder();
        var utf8 = Encoding.UTF8.GetBytes(YangxiText);
        var cases = new Dictionary<string, byte[]>
        {
            ["latin1-byte.yaml"] = utf8.Take(400).Append((byte)0xE9).Concat(utf8.Skip(400)).ToArray(),
            ["lone-continuation.yaml"] = utf8.Take(200).Append((byte)0x80).Concat(utf8.Skip(200)).ToArray(),
            ["truncated-sequence.yaml"] = utf8.Concat(new byte[] { 0xE4, 0xB8 }).ToArray(),
            ["overlong-slash.yaml"] = utf8.Take(300).Concat(new byte[] { 0xC0, 0xAF }).Concat(utf8.Skip(300)).ToArray(),
            ["surrogate-half.yaml"] = utf8.Take(300).Concat(new byte[] { 0xED, 0xA0, 0x80 }).Concat(utf8.Skip(300)).ToArray(),
            ["gb18030.yaml"] = Gb18030(YangxiText),
        };

        foreach (var (name, bytes) in cases)
        {
            var path = Path.Combine(folder.Path, name);
            File.WriteAllBytes(path, bytes);
            Adversarial.Case(Suite, () =>
            {
                var error = Adversarial.AssertError(Adversarial.LoadFile(path), "PE0002");
                Assert.Equal("The rule file is not valid UTF-8 text.", error.Message);
            });
        }
    }

    [Fact]
    public void LoadFile_ByteOrderMark_LoadsAndScores9276()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "bom.yaml");
        File.WriteAllBytes(path, new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(YangxiText)).ToArray());

        Adversarial.Case(Suite, () => Assert.Equal(92.76m, Score(Adversarial.LoadFile(path))));
        Adversarial.Case(Suite, () => Assert.Equal(92.76m, Score(Adversarial.Load("\uFEFF" + YangxiText))));
    }

    [Fact]
    public void LoadFile_CrlfLineEnds_Scores9276()
    {
        using var folder = new TempFolder();
        var crlf = YangxiText.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
        var path = Path.Combine(folder.Path, "crlf.yaml");
        File.WriteAllText(path, crlf, new UTF8Encoding(false));

        Adversarial.Case(Suite, () => Assert.Equal(92.76m, Score(Adversarial.LoadFile(path))));
        Adversarial.Case(Suite, () => Assert.Equal(92.76m, Score(Adversarial.Load(crlf))));
        Adversarial.Case(Suite, () => Assert.Equal(92.76m, Score(Adversarial.Load("\uFEFF" + crlf))));
    }

    [Fact]
    public void Load_CrlfLineEnds_ReportsTheSamePositionsAsLf()
    {
        var broken = YangxiText.Replace("formula: weight * Min(1, execution_rate)", "formula: weight * Min(1, executon_rate)", StringComparison.Ordinal);
        var crlf = broken.Replace("\n", "\r\n", StringComparison.Ordinal);

        Adversarial.Case(Suite, () =>
        {
            var lf = Adversarial.Load(broken).Diagnostics.Select(d => d.ToString());
            Assert.Equal(lf, Adversarial.Load(crlf).Diagnostics.Select(d => d.ToString()));
        });
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("\n\n\n")]
    [InlineData("   \r\n\t\r\n")]
    [InlineData("# only a comment")]
    [InlineData("# one\n# two\n\n   # three, indented\n")]
    [InlineData("\uFEFF# a comment after a byte-order mark\r\n")]
    [InlineData("...\n")]
    public void Load_NothingButBlanksOrComments_ReportsPE0002Empty(string yaml)
    {
        Adversarial.Case(Suite, () =>
        {
            var error = Adversarial.AssertError(Adversarial.Load(yaml), "PE0002");
            Assert.Equal("The file is empty.", error.Message);
        });
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { (byte)'#', (byte)' ', (byte)'x', (byte)'\n' })]
    public void LoadFile_EmptyOrCommentOnlyFile_ReportsPE0002(byte[] bytes)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "empty.yaml");
        File.WriteAllBytes(path, bytes);

        Adversarial.Case(Suite, () => Adversarial.AssertError(Adversarial.LoadFile(path), "PE0002"));
    }

    [Theory]
    [InlineData("a: \0")]
    [InlineData("a: \u0007")]
    [InlineData("a: \uD800")]
    [InlineData("a: \uFFFE")]
    [InlineData("\t- tab")]
    [InlineData("- a\n- b")]
    [InlineData("just a scalar")]
    [InlineData("a: 1\n---\nb: 2\n")]
    [InlineData("? [complex, key]\n: 1\n")]
    [InlineData("<<: { format: perfeval/1 }\n")]
    public void Load_MalformedOrOddYaml_EndsInDiagnostics(string yaml)
    {
        Adversarial.Case(Suite, () =>
        {
            var result = Adversarial.Load(yaml);
            Assert.False(result.IsSuccess);
            Assert.NotEmpty(result.Errors);
            Assert.All(result.Diagnostics, d => Assert.Matches("^PE0[0-6][0-9][0-9]$", d.Code));
        });
    }

    [Fact]
    public void Load_UnclosedFlowMappingBeforeTheNextKey_ReportsPE0002()
    {
        foreach (var name in new[] { "yaml-unclosed-flow-minimal.yaml", "yaml-unclosed-flow-mapping-before-key.yaml", "fuzz-invalidoperationexception-loading-yamltreereader.yaml" })
        {
            Adversarial.AssertError(Adversarial.LoadFile(Path.Combine(Adversarial.RegressionFolder, name)), "PE0002");
        }

        Adversarial.AssertError(Adversarial.Load("a: [\nb\n"), "PE0002");
    }

    // ---- Numbers a rule file should not hold ------------------------------------------------------------------------

    [Theory]
    [InlineData("1e400")]
    [InlineData("79228162514264337593543950336")]
    public void Load_WeightBeyondDecimal_ReportsPE0105BeyondTheBound(string weight)
    {
        var yaml = Header() + $"indicators:\n  - {{ id: a, name: 甲, weight: {weight}, judgement: {{}} }}\n";

        Adversarial.Case(Suite, () =>
        {
            var error = Adversarial.AssertError(Adversarial.Load(yaml), "PE0105");
            Assert.Equal($"'weight' is {weight}, beyond ±10^15, the largest number a rule file may hold.", error.Message);
        });
    }

    [Theory]
    [InlineData(".nan")]
    [InlineData(".inf")]
    [InlineData("-.inf")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("0x10")]
    [InlineData("1_000")]
    [InlineData("'10'")]
    [InlineData("10 分")]
    public void Load_WeightThatIsNotADecimal_ReportsPE0105(string weight)
    {
        var yaml = Header() + $"indicators:\n  - {{ id: a, name: 甲, weight: {weight}, judgement: {{}} }}\n";

        Adversarial.Case(Suite, () =>
        {
            var error = Adversarial.AssertError(Adversarial.Load(yaml), "PE0105");
            Assert.Contains("'weight' must be a number", error.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Load_WeightsThatAddUpBeyondDecimal_ReportDiagnostics()
    {
        foreach (var name in new[] { "validator-weight-sum-overflow.yaml", "validator-checklist-points-overflow.yaml" })
        {
            var result = Adversarial.LoadFile(Path.Combine(Adversarial.RegressionFolder, name));
            Assert.False(result.IsSuccess);
        }
    }

    [Fact]
    public void Evaluate_WeightsOrValuesBeyondDecimal_ReportPE0502()
    {
        // Each names where in the evaluation the overflow happened.
        var cases = new[]
        {
            ("evaluator-scaling-overflow", "scaling its score by the weight moved onto it"),
            ("evaluator-spread-share-overflow", "moving the weight"),
            ("deduction-units-overflow", "its deduction method"),
        };
        foreach (var (name, where) in cases)
        {
            var rules = Adversarial.LoadFile(Path.Combine(Adversarial.RegressionFolder, name + ".yaml")).GetValueOrThrow();
            var input = JsonInputReader.ReadFile(Path.Combine(Adversarial.RegressionFolder, name + ".json")).GetValueOrThrow();
            var error = Adversarial.AssertError(rules.Evaluate(input).Diagnostics, "PE0502");
            Assert.Contains(where, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void LoadFile_ExtendsBesideADanglingSymlink_StillLoads()
    {
        using var folder = new TempFolder();
        File.Copy(Repo.Rules("yangxi-2023.yaml"), Path.Combine(folder.Path, "yangxi-2023.yaml"));
        File.Copy(Repo.Rules("yangxi-2024.yaml"), Path.Combine(folder.Path, "yangxi-2024.yaml"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "dangling.yaml"), Path.Combine(folder.Path, "nothing-here"));

        var result = Adversarial.LoadFile(Path.Combine(folder.Path, "yangxi-2024.yaml"));

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
    }

    // ---- Formulas reaching beyond the whitelist ---------------------------------------------------------------------

    [Theory]
    [InlineData("Process.Start('x')")]
    [InlineData("System.Diagnostics.Process.Start('/bin/sh')")]
    [InlineData("System.IO.File.ReadAllText('x')")]
    [InlineData("File.Delete('/tmp/x')")]
    [InlineData("Environment.Exit(1)")]
    [InlineData("Exit(1)")]
    [InlineData("typeof(x)")]
    [InlineData("typeof(System.IO.File)")]
    [InlineData("new x()")]
    [InlineData("new System.Net.WebClient()")]
    [InlineData("x => x")]
    [InlineData("(x) => Tripwire.Trip()")]
    [InlineData("'a'.Length")]
    [InlineData("rate.ToString()")]
    [InlineData("rate.GetType()")]
    [InlineData("GetType()")]
    [InlineData("Trip()")]
    [InlineData("Tripwire.Trip()")]
    [InlineData("Activator.CreateInstance('PerfEval.Tests.Hardening.Tripwire')")]
    [InlineData("Type.GetType('PerfEval.Tests.Hardening.Tripwire')")]
    [InlineData("Assembly.Load('x')")]
    [InlineData("Pow(2, 10)")]
    [InlineData("Sqrt(4)")]
    [InlineData("Exp(1)")]
    [InlineData("min(1, 2)")]
    [InlineData("Max(1, 2, 3)")]
    [InlineData("ifs(true, 1, 2)")]
    [InlineData("2 ** 3")]
    [InlineData("2 ^ 3")]
    [InlineData("~1")]
    [InlineData("1 << 70")]
    [InlineData("rate in (1, 2)")]
    [InlineData("'a' like 'a%'")]
    [InlineData("#2023-06-30#")]
    [InlineData("@rate")]
    [InlineData("$rate")]
    [InlineData("rate[0]")]
    [InlineData("{rate}.x")]
    [InlineData("rate; Tripwire.Trip()")]
    [InlineData("`rate`")]
    [InlineData("rate ?? 1")]
    [InlineData("3!")]
    [InlineData("null")]
    public void Load_FormulaOutsideTheWhitelist_IsRefusedAtLoad(string formula)
    {
        Adversarial.Case(Suite, () =>
        {
            var result = Adversarial.Load(WithFormula(formula));
            Assert.False(result.IsSuccess, $"'{formula}' loaded");
            Assert.Contains(result.Errors, d => d.Code is "PE0301" or "PE0302" or "PE0303" or "PE0304" or "PE0305" or "PE0306");
            Assert.False(Tripwire.Tripped, "a formula ran code");
        });
    }

    [Theory]
    [InlineData("Abs", 1)]
    [InlineData("Ceiling", 1)]
    [InlineData("Floor", 1)]
    [InlineData("Truncate", 1)]
    [InlineData("Sign", 1)]
    [InlineData("Min", 2)]
    [InlineData("Max", 2)]
    public void Load_WhitelistedFunction_LoadsAndNothingElseDoes(string name, int arity)
    {
        var arguments = string.Join(", ", Enumerable.Repeat("rate", arity));

        Adversarial.Case(Suite, () =>
        {
            var result = Adversarial.Load(WithFormula($"Min(weight, Max(0, {name}({arguments})))"));
            Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
            var almost = Adversarial.Load(WithFormula($"Min(weight, Max(0, {name.ToLowerInvariant()}x({arguments})))"));
            Adversarial.AssertError(almost, "PE0303");
        });
    }

    private static decimal Score(Result<CompiledRuleSet> result)
    {
        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        return result.Value!.Score(Some.YangxiInput()).Total;
    }

    private static byte[] Gb18030(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030").GetBytes(text);
    }

    /// <summary>A folder under the system's temporary folder, deleted afterwards.</summary>
    private sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "perfeval-hostile-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
