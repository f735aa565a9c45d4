using System.Text;
using PerfEval.Inputs;
using PerfEval.Results;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Inputs;

/// <summary>The JSON input format: exact decimals, null as absent, comments, BOM, and every error with its line and column.</summary>
public sealed class JsonInputReaderTests
{
    // ---- Valid files -------------------------------------------------------------------------------------------

    [Fact]
    public void ReadFile_YangxiSample_ReadsEveryValueExactly()
    {
        var result = JsonInputReader.ReadFile(Repo.Samples("yangxi-2023.json"));

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var input = result.Value!;
        Assert.Equal("阳西县土地储备和城市更新事务中心", input.Subject);
        Assert.Equal(Repo.Samples("yangxi-2023.json"), input.SourceName);
        Assert.Equal(2679.48m, input.Values["actual_spending"].Number);
        Assert.Equal(2774.62m, input.Values["issued_budget"].Number);
        Assert.Equal(0.2m, input.Values["reception_budget"].Number);
        Assert.Equal(InputValueKind.Number, input.Values["actual_spending"].Kind);
        Assert.True(input.Values["procurement_exceeds_budget"].Boolean);
        Assert.Equal(InputValueKind.Boolean, input.Values["has_transfer_payments"].Kind);
        Assert.False(input.Values["has_transfer_payments"].Boolean);
        Assert.Equal(13, input.Judgements.Count);
        Assert.Equal(3m, input.Judgements["institutional_management"].Score);
        Assert.Contains("预算绩效管理制度尚未完善", input.Judgements["institutional_management"].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_YangxiSample_NullValueIsAbsent()
    {
        var input = JsonInputReader.ReadFile(Repo.Samples("yangxi-2023.json")).GetValueOrThrow();

        Assert.False(input.Values.ContainsKey("procurement_budget"));
        Assert.Equal(31, input.Values.Count); // 32 values in the file, one of them null.
    }

    [Fact]
    public void Read_Numbers_KeepDecimalDigitsExactly()
    {
        var input = Read("""{ "values": { "a": 2679.48, "b": 0.1, "c": 2679.480, "d": -3, "e": 1.5e3, "f": 79228162514264337593543950335 } }""");

        Assert.Equal(2679.48m, input.Values["a"].Number);
        Assert.Equal(0.1m, input.Values["b"].Number);
        Assert.Equal("2679.480", input.Values["c"].ToString()); // Trailing zeros are kept, as decimal does.
        Assert.Equal(-3m, input.Values["d"].Number);
        Assert.Equal(1500m, input.Values["e"].Number);
        Assert.Equal(decimal.MaxValue, input.Values["f"].Number);
    }

    [Fact]
    public void Read_TextAndBooleans_ReadWithKinds()
    {
        var input = Read("""{ "subject": "单位", "values": { "level": "县级", "yes": true, "no": false, "gone": null } }""");

        Assert.Equal("单位", input.Subject);
        Assert.Equal(InputValueKind.Text, input.Values["level"].Kind);
        Assert.Equal("县级", input.Values["level"].Text);
        Assert.True(input.Values["yes"].Boolean);
        Assert.False(input.Values["no"].Boolean);
        Assert.False(input.Values.ContainsKey("gone"));
        Assert.Empty(input.Judgements);
    }

    [Fact]
    public void Read_LineAndBlockComments_AreAllowed()
    {
        var input = Read("""
            // The unit's own figures.
            {
              "values": {
                "a": 1, // trailing comment
                /* a block comment */ "b": 2
              }
            }
            """);

        Assert.Equal(1m, input.Values["a"].Number);
        Assert.Equal(2m, input.Values["b"].Number);
    }

    [Fact]
    public void Read_Values_RecordLineAndColumn()
    {
        var input = Read("{\n  \"values\": {\n    \"a\": 1,\n    \"b\": true\n  }\n}");

        Assert.Equal((3, 10), (input.Values["a"].Line, input.Values["a"].Column));
        Assert.Equal((4, 10), (input.Values["b"].Line, input.Values["b"].Column));
    }

    [Fact]
    public void Read_Judgement_ReadsScoreReasonAndPosition()
    {
        var input = Read("{ \"values\": {},\n  \"judgements\": { \"j\": { \"score\": 3.5, \"reason\": \"理由\" } } }");

        var judgement = input.Judgements["j"];
        Assert.Equal(3.5m, judgement.Score);
        Assert.Equal("理由", judgement.Reason);
        Assert.Equal((2, 24), (judgement.Line, judgement.Column));
    }


    [Fact]
    public void Read_PositionAfterCharactersBeyondTheBasicPlane_CountsEachAsOneCharacter()
    {
        // 𠀀 (U+20000) and 😀 take four bytes and two UTF-16 units each, 理 three bytes and one unit: each is one character.
        // The judgement's object starts at the 56th character, the 58th UTF-16 unit and the 63rd byte.
        var input = Read("{ \"subject\": \"𠀀理😀\", \"values\": {}, \"judgements\": { \"j\": { \"score\": 1, \"reason\": \"x\" } } }");

        Assert.Equal((1, 56), (input.Judgements["j"].Line, input.Judgements["j"].Column));
    }
    [Fact]
    public void Read_JudgementWithoutReason_ReadsEmptyReason()
    {
        // A missing reason is the evaluator's error (PE0408), which knows the indicator; the reader accepts it.
        var input = Read("""{ "values": {}, "judgements": { "j": { "score": 1 } } }""");

        Assert.Equal(string.Empty, input.Judgements["j"].Reason);
    }

    [Fact]
    public void Read_BytesWithByteOrderMark_AreAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{ "values": { "a": 2679.48 } }""")).ToArray();

        var result = JsonInputReader.Read(bytes, "bom.json");

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.Equal(2679.48m, result.Value!.Values["a"].Number);
        Assert.Equal((1, 20), (result.Value.Values["a"].Line, result.Value.Values["a"].Column));
    }

    [Fact]
    public void Read_StringWithByteOrderMark_IsAccepted()
    {
        var result = JsonInputReader.Read("\uFEFF{ \"values\": { \"a\": 1 } }", "bom.json");

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void ReadFile_FileWithByteOrderMark_ReportsErrorsAtCharacterColumns()
    {
        var path = Path.Combine(Path.GetTempPath(), "perfeval-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            File.WriteAllText(path, "{ \"values\": { \"a\": [1] } }", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

            var error = Assert.Single(JsonInputReader.ReadFile(path).Diagnostics);

            Assert.Equal("PE0401", error.Code);
            Assert.Equal(path, error.File);
            Assert.Equal((1, 20), (error.Line, error.Column));
        }
        finally
        {
            File.Delete(path);
        }
    }

    // ---- Errors ------------------------------------------------------------------------------------------------

    [Fact]
    public void Read_SyntaxError_ReportsPE0401WithLineAndColumn()
    {
        var error = SingleError("{\n  \"values\": {\n    \"a\": 1\n    \"b\": 2\n  }\n}");

        Assert.Equal("PE0401", error.Code);
        Assert.Contains("JSON syntax", error.Message, StringComparison.Ordinal);
        Assert.Equal("in.json", error.File);
        Assert.Equal((4, 5), (error.Line, error.Column));
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TrailingComma_ReportsPE0401()
    {
        var error = SingleError("""{ "values": { "a": 1, } }""");

        Assert.Equal("PE0401", error.Code);
        Assert.Contains("trailing comma", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 23), (error.Line, error.Column));
    }

    [Fact]
    public void Read_UnclosedObject_ReportsPE0401()
    {
        var error = SingleError("""{ "values": { "a": 1 }""");

        Assert.Equal("PE0401", error.Code);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Read_SyntaxErrorAfterChineseText_ReportsCharacterColumn()
    {
        // The second comma is the 40th character but the 46th byte of the line.
        var error = SingleError("""{ "subject": "阳西县", "values": { "a": 1,, } }""");

        Assert.Equal("PE0401", error.Code);
        Assert.Equal((1, 40), (error.Line, error.Column));
    }

    [Fact]
    public void Read_DuplicateInput_ReportsPE0401AtSecondKey()
    {
        var error = SingleError("{ \"values\": {\n  \"a\": 1,\n  \"a\": 2 } }");

        Assert.Equal("PE0401", error.Code);
        Assert.Contains("Duplicate", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"a\"", error.Message, StringComparison.Ordinal);
        Assert.Equal((3, 3), (error.Line, error.Column));
    }

    [Fact]
    public void Read_DuplicateTopLevelKey_ReportsPE0401()
    {
        var error = SingleError("""{ "values": {}, "values": {} }""");

        Assert.Equal("PE0401", error.Code);
        Assert.Contains("Duplicate key \"values\"", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 17), (error.Line, error.Column));
    }

    [Fact]
    public void Read_DuplicateJudgement_ReportsPE0401()
    {
        var errors = Errors("""{ "values": {}, "judgements": { "j": { "score": 4 }, "j": { "score": 3 } } }""");

        var error = Assert.Single(errors);
        Assert.Contains("Duplicate judgement \"j\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Read_UnknownTopLevelKey_ReportsPE0401NamingKeyAndKnownKeys()
    {
        var errors = Errors("{ \"values\": {},\n  \"vaules\": { \"a\": 1 } }");

        var error = Assert.Single(errors);
        Assert.Equal("PE0401", error.Code);
        Assert.Contains("Unknown key \"vaules\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"values\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Read_UnknownTopLevelKey_PointsAtTheKey()
    {
        var error = Assert.Single(Errors("{ \"values\": {},\n  \"vaules\": { \"a\": 1 } }"));

        Assert.Equal((2, 3), (error.Line, error.Column));
    }

    [Fact]
    public void Read_MisspelledValuesKey_AlsoReportsMissingValues()
    {
        var errors = Errors("""{ "valeus": { "a": 1 } }""");

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal("PE0401", e.Code));
        Assert.Contains(errors, e => e.Message.Contains("Unknown key \"valeus\"", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("no \"values\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_NestedObjectAsValue_ReportsPE0401AtTheObject()
    {
        var error = SingleError("{ \"values\": {\n  \"budget\": { \"amount\": 1 } } }");

        Assert.Equal("PE0401", error.Code);
        Assert.Contains("\"budget\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("nested object", error.Message, StringComparison.Ordinal);
        Assert.Equal((2, 13), (error.Line, error.Column));
    }

    [Fact]
    public void Read_ListAsValue_ReportsPE0401()
    {
        var error = SingleError("""{ "values": { "budget": [1, 2] } }""");

        Assert.Contains("nested list", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 25), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("1e30")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("-1e29")]
    public void Read_NumberBeyondDecimal_ReportsPE0401(string number)
    {
        var error = SingleError("{ \"values\": { \"big\": " + number + " } }");

        Assert.Equal("PE0401", error.Code);
        Assert.Contains("\"big\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("beyond the range", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 22), (error.Line, error.Column));
    }

    [Fact]
    public void Read_NumberBelowDecimalPrecision_ReportsPE0401()
    {
        var error = SingleError("""{ "values": { "tiny": 1e-40 } }""");

        Assert.Equal("PE0401", error.Code);
        Assert.Contains("\"tiny\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingValues_ReportsPE0401()
    {
        var error = SingleError("""{ "subject": "单位" }""");

        Assert.Equal("PE0401", error.Code);
        Assert.Contains("no \"values\"", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    [Fact]
    public void Read_ValuesNotAnObject_ReportsPE0401()
    {
        var error = SingleError("""{ "values": 5 }""");

        Assert.Contains("\"values\" must be an object", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 13), (error.Line, error.Column));
    }

    [Fact]
    public void Read_SubjectNotText_ReportsPE0401()
    {
        var error = SingleError("""{ "subject": 5, "values": {} }""");

        Assert.Contains("\"subject\" must be text", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 14), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    [InlineData("// only a comment\n")]
    public void Read_EmptyFile_ReportsPE0401(string json)
    {
        var error = SingleError(json);

        Assert.Equal("PE0401", error.Code);
        Assert.True(error.Line >= 1);
    }

    [Fact]
    public void Read_EmptyFile_SaysTheFileIsEmpty()
    {
        var error = SingleError(string.Empty);

        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("isFinalBlock", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_JudgementWithoutScore_ReportsPE0401AtTheJudgement()
    {
        var error = SingleError("{ \"values\": {},\n  \"judgements\": {\n    \"duty_performance\": { \"reason\": \"完成\" } } }");

        Assert.Equal("PE0401", error.Code);
        Assert.Contains("\"duty_performance\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("no \"score\"", error.Message, StringComparison.Ordinal);
        Assert.Equal((3, 25), (error.Line, error.Column));
    }

    [Fact]
    public void Read_JudgementScoreAsText_ReportsPE0401()
    {
        var errors = Errors("""{ "values": {}, "judgements": { "j": { "score": "4", "reason": "r" } } }""");

        Assert.Contains(errors, e => e.Message.Contains("\"score\" must be a number", StringComparison.Ordinal) && e.Column == 49);
    }

    [Fact]
    public void Read_JudgementUnknownKey_ReportsPE0401()
    {
        var error = SingleError("""{ "values": {}, "judgements": { "j": { "score": 4, "reasn": "r" } } }""");

        Assert.Contains("unknown key \"reasn\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_JudgementNotAnObject_ReportsPE0401()
    {
        var error = SingleError("""{ "values": {}, "judgements": { "j": 4 } }""");

        Assert.Contains("Judgement \"j\" must be an object", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 38), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("42")]
    [InlineData("\"values\"")]
    public void Read_RootNotAnObject_ReportsPE0401(string json)
    {
        var error = SingleError(json);

        Assert.Equal("PE0401", error.Code);
        Assert.Contains("must be a JSON object", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    [Fact]
    public void Read_ContentAfterRootObject_ReportsPE0401()
    {
        var error = SingleError("""{ "values": {} } {}""");

        Assert.Equal("PE0401", error.Code);
        Assert.Equal((1, 18), (error.Line, error.Column));
    }

    [Fact]
    public void Read_SeveralErrors_ReportsEveryOneInFileOrder()
    {
        var errors = Errors("{ \"values\": {\n  \"a\": { },\n  \"b\": 1e30,\n  \"b\": 1\n},\n\"extra\": 1,\n\"judgements\": { \"j\": { \"reason\": \"r\" } } }");

        Assert.Equal(5, errors.Count);
        Assert.All(errors, e => Assert.Equal("PE0401", e.Code));
        Assert.Equal(new[] { 2, 3, 4, 6, 7 }, errors.Select(e => e.Line).ToArray());
    }

    [Fact]
    public void Read_InvalidUtf8_ReportsPE0401WithoutThrowing()
    {
        var bytes = Encoding.UTF8.GetBytes("{ \"values\": { \"a").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("\": 1 } }")).ToArray();

        var result = JsonInputReader.Read(bytes, "bad.json");

        Assert.False(result.IsSuccess);
        Assert.Equal("PE0401", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void ReadFile_MissingFile_ReportsPE0001WithoutThrowing()
    {
        var path = Path.Combine(Path.GetTempPath(), "perfeval-missing-" + Guid.NewGuid().ToString("N"), "input.json");

        var result = JsonInputReader.ReadFile(path);

        Assert.False(result.IsSuccess);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("PE0001", error.Code);
        Assert.Equal(path, error.File);
        Assert.Contains("Cannot read the input file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetValueOrThrow_InvalidFile_ThrowsInputExceptionListingErrors()
    {
        var result = JsonInputReader.Read("""{ "values": { "a": [1] }, "extra": 1 }""", "in.json");

        var exception = Assert.Throws<InputException>(() => result.GetValueOrThrow());

        Assert.IsAssignableFrom<PerfEvalException>(exception);
        Assert.Equal(2, exception.Errors.Count());
        Assert.Contains("2 errors", exception.Message, StringComparison.Ordinal);
        Assert.Contains("in.json:1:20: error PE0401", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TemplatePlaceholderJudgement_WarnsNotFilledInAtItsLine()
    {
        var result = JsonInputReader.Read("{ \"values\": {},\n  \"judgements\": {\n    \"duty\": { \"score\": null, \"reason\": \"\" } } }", "blank.json");

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Value!.Judgements);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("PE0406", warning.Code);
        Assert.Equal("duty", warning.IndicatorId);
        Assert.Contains("\"duty\" is not filled in", warning.Message, StringComparison.Ordinal);
        Assert.Equal(("blank.json", 3, 13), (warning.File, warning.Line, warning.Column));
    }

    [Fact]
    public void Read_DuplicatePlaceholderJudgement_ReportsPE0401()
    {
        var result = JsonInputReader.Read("""{ "values": {}, "judgements": { "j": { "score": null }, "j": { "score": 3 } } }""", "in.json");

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Diagnostics, e => e.Code == "PE0401" && e.Message.Contains("Duplicate judgement \"j\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("1.0000000000000000000000000001")]
    [InlineData("100e-30")]
    [InlineData("0.000e-400")]
    [InlineData("1234567890123456789012345678")]
    [InlineData("1.5E+3")]
    public void Read_NumberADecimalHoldsExactly_IsRead(string literal)
    {
        var input = Read("{ \"values\": { \"x\": " + literal + " } }");

        Assert.Equal(decimal.Parse(literal, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture), input.Values["x"].Number);
    }

    [Theory]
    [InlineData("1e-400", "1e-400 has digits beyond the 28th decimal place, the finest a decimal number holds")]
    [InlineData("0.00000000000000000000000000015", "has digits beyond the 28th decimal place")]
    [InlineData("1.00000000000000000000000000001", "has 30 significant digits; a decimal number holds at most 28 (29 up to 79228162514264337593543950335)")]
    [InlineData("7922816251426433759354395033.6", "has 29 significant digits")]
    public void Read_NumberADecimalWouldRound_SaysWhichLimit(string literal, string expected)
    {
        var error = SingleError("{ \"values\": { \"x\": " + literal + " } }");

        Assert.Equal("PE0401", error.Code);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("more precision", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LongOneLineRecord_RecordsEveryValuesColumn()
    {
        var entries = Enumerable.Range(0, 200).Select(i => $"\"v{i:000}\": {i}").ToList();
        var json = "{ \"values\": { " + string.Join(", ", entries) + " }, \"judgements\": { \"阳\": { \"score\": 1, \"reason\": \"理由\" } } }";

        var input = Read(json);

        for (var i = 0; i < 200; i++)
        {
            var column = json.IndexOf($"\"v{i:000}\": ", StringComparison.Ordinal) + 9;
            Assert.Equal((1, column), (input.Values[$"v{i:000}"].Line, input.Values[$"v{i:000}"].Column));
        }

        Assert.Equal(json.IndexOf("{ \"score\"", StringComparison.Ordinal) + 1, input.Judgements["阳"].Column);
    }

    [Fact]
    public void Read_ErrorAfterManyValues_PointsAtItsCharacterColumn()
    {
        var json = "{ \"subject\": \"阳西县\", \"values\": { \"a\": 1, \"b\": 2, \"c\": [3] }, \"extra\": 1 }";

        var errors = Errors(json);

        Assert.Equal(new[] { json.IndexOf('[', StringComparison.Ordinal) + 1, json.IndexOf("\"extra\"", StringComparison.Ordinal) + 1 }, errors.Select(e => e.Column).ToArray());
    }

    [Fact]
    public void Read_MemorySlice_ReadsOnlyTheSliceWithPositionsFromItsStart()
    {
        var buffer = Encoding.UTF8.GetBytes("garbage{ \"values\": { \"a\": 2679.48 } }garbage");

        var result = JsonInputReader.Read(new ReadOnlyMemory<byte>(buffer, 7, buffer.Length - 14), "line.jsonl:3");

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.Equal(2679.48m, result.Value!.Values["a"].Number);
        Assert.Equal((1, 20), (result.Value.Values["a"].Line, result.Value.Values["a"].Column));
    }

    [Fact]
    public void Read_SameNamesInTwoRecords_ShareTheNameStrings()
    {
        var first = Read("""{ "values": { "issued_budget": 1 }, "judgements": { "duty": { "score": 1, "reason": "r" } } }""");
        var second = Read("""{ "values": { "issued_budget": 2 }, "judgements": { "duty": { "score": 2, "reason": "r" } } }""");

        Assert.Same(first.Values.Keys.Single(), second.Values.Keys.Single());
        Assert.Same(first.Judgements.Keys.Single(), second.Judgements.Keys.Single());
    }

    // ---- Helpers -----------------------------------------------------------------------------------------------

    private static InputValues Read(string json)
    {
        var result = JsonInputReader.Read(json, "in.json");
        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    private static List<Diagnostic> Errors(string json)
    {
        var result = JsonInputReader.Read(json, "in.json");
        Assert.False(result.IsSuccess, "expected the input to be rejected");
        Assert.Null(result.Value);
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        return result.Diagnostics.ToList();
    }

    private static Diagnostic SingleError(string json) => Assert.Single(Errors(json));
}
