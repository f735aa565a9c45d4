using System.Buffers;
using System.Text;
using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Rendering;

/// <summary>The batch rows of <see cref="CsvRenderer"/>: UTF-8 straight into a buffer, fields quoted as RFC 4180 and spreadsheets need.</summary>
public sealed class CsvRendererTests
{
    [Fact]
    public void WriteBatchRow_YangxiSample_WritesTotalGradeAndEveryLeafInHeaderOrder()
    {
        var rules = Some.Yangxi();
        var result = rules.Evaluate(Some.YangxiInput());
        var output = new ArrayBufferWriter<byte>();

        CsvRenderer.WriteBatchHeader(output, rules);
        CsvRenderer.WriteBatchRow(output, rules, "yangxi.jsonl:1", result);

        var lines = Encoding.UTF8.GetString(output.WrittenSpan).Split("\r\n");
        var header = lines[0].Split(',');
        var row = lines[1].Split(',');
        Assert.Equal(header.Length, row.Length);
        Assert.Equal(new[] { "record", "subject", "total", "grade", "error" }, header[..5]);
        Assert.Equal(new[] { "yangxi.jsonl:1", "阳西县土地储备和城市更新事务中心", "92.76", "优", string.Empty }, row[..5]);
        var card = result.Value!;
        Assert.Equal(header.Skip(5).Select(id => card[id].Score.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)), row.Skip(5));
        Assert.Equal(string.Empty, lines[2]);
    }

    [Fact]
    public void WriteBatchRow_TextWriter_WritesTheSameAsTheBuffer()
    {
        var rules = Some.Yangxi();
        var result = rules.Evaluate(Some.YangxiInput());
        var output = new ArrayBufferWriter<byte>();
        using var text = new StringWriter();

        CsvRenderer.WriteBatchRow(output, rules, "a,b", result);
        CsvRenderer.WriteBatchRow(text, rules, "a,b", result);

        Assert.Equal(Encoding.UTF8.GetString(output.WrittenSpan), text.ToString());
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("阳西县", "阳西县")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=SUM(A1)", "\"'=SUM(A1)\"")]
    [InlineData("+1+1", "\"'+1+1\"")]
    [InlineData("-cmd", "\"'-cmd\"")]
    [InlineData("@x", "\"'@x\"")]
    [InlineData("-5.25", "-5.25")]
    [InlineData("+3", "+3")]
    [InlineData("\tcmd", "\"'\tcmd\"")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("-1+1", "\"'-1+1\"")]
    [InlineData("=\"q\"", "\"'=\"\"q\"\"\"")]
    public void WriteBatchError_RecordName_IsQuotedWhenItMustBe(string record, string expected)
    {
        var rules = Some.Yangxi();
        var output = new ArrayBufferWriter<byte>();

        CsvRenderer.WriteBatchError(output, rules, record, record, new[] { new Diagnostic("PE0401", DiagnosticSeverity.Error, "bad") });

        Assert.StartsWith(expected + "," + expected + ",,,error PE0401: bad,", Encoding.UTF8.GetString(output.WrittenSpan), StringComparison.Ordinal);
    }
}
