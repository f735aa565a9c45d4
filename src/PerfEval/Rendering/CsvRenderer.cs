using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PerfEval.Evaluation;
using PerfEval.Results;

namespace PerfEval.Rendering;

/// <summary>
/// Writes scorecards as CSV (RFC 4180: comma-separated, fields quoted when they need it, CRLF line ends):
/// one scorecard as a row per indicator, or a batch as a row per input.
/// </summary>
public static class CsvRenderer
{
    /// <summary>Renders one scorecard: a header, a row per leaf indicator with its level names, and a total row.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="options">The language of the header. <value>Defaults to <see cref="RenderOptions.Default"/>.</value></param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="scorecard"/> is <see langword="null"/>.</exception>
    public static string Render(Scorecard scorecard, RenderOptions? options = null)
    {
        Guard.NotNull(scorecard);
        var labels = Labels.For(options ?? RenderOptions.Default);
        var nameOf = ExplanationRenderer.NameIn(scorecard);
        var d = scorecard.Decimals;
        // A group whose rows the input brings is written as its rows, one line each, two levels deeper (二级, 三级指标).
        var depth = scorecard.AllIndicators.Max(i => i.Level + (i.Explanation?.Rows.Count > 0 ? 2 : 0));
        var text = new StringBuilder();
        var header = Enumerable.Range(1, depth).Select(labels.LevelName).Concat(new[] { labels.Id, labels.Weight, labels.Effective, labels.Score, labels.Lost, labels.Status, labels.Reason });
        Line(text, header);
        var names = new string[depth];
        foreach (var indicator in scorecard.AllIndicators)
        {
            names[indicator.Level - 1] = indicator.Name;
            if (indicator.IsGroup)
            {
                continue;
            }

            var rows = indicator.Explanation?.Rows ?? Array.Empty<RowResult>();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = rows[r];
                var rowLevels = Enumerable.Range(0, depth).Select(i => i < indicator.Level ? names[i] : i == indicator.Level ? row.Level2 : i == indicator.Level + 1 ? row.Name : string.Empty);
                Line(text, rowLevels.Concat(new[]
                {
                    indicator.Id + "." + (r + 1).ToString(CultureInfo.InvariantCulture), Format.Points(row.Points, d), Format.Points(row.Applies ? row.Points : 0m, d), Format.Points(row.Score, d),
                    Format.Points(row.Applies ? row.Points - row.Score : 0m, d), labels.RowMethodName(row), row.Reason ?? string.Empty,
                }));
            }

            if (rows.Count > 0)
            {
                continue;
            }

            var levels = Enumerable.Range(0, depth).Select(i => i < indicator.Level ? names[i] : string.Empty);
            Line(text, levels.Concat(new[]
            {
                indicator.Id, Format.Points(indicator.Weight, d), Format.Points(indicator.EffectiveWeight, d), Format.Points(indicator.Score, d),
                Format.Points(indicator.PointsLost, d), labels.StatusOf(indicator), indicator.Explanation?.Reason ?? ExplanationRenderer.Describe(indicator, labels, nameOf) ?? (labels.IsChinese ? SelfEvaluationText.FormulaLineZh(indicator, d) : indicator.Explanation?.Substituted) ?? string.Empty,
            }));
        }

        // Rows not assessed: the total below is not the column's sum, so the line before it says how it was converted.
        if (scorecard.Rescaling is { } rescaling)
        {
            Line(text, new[] { labels.IsChinese ? "折算" : "Rescaled" }.Concat(Enumerable.Repeat(string.Empty, depth + 5)).Append(ExplanationRenderer.RescalingLine(rescaling, scorecard.Total, labels, d)));
        }

        Line(text, new[] { labels.Total }.Concat(Enumerable.Repeat(string.Empty, depth)).Concat(new[]
        {
            Format.Points(scorecard.TotalPoints, d), Format.Points(scorecard.EffectiveTotal, d), Format.Points(scorecard.Total, d),
            Format.Points(scorecard.PointsLost, d), scorecard.Grade.Label, string.Empty,
        }));
        return text.ToString();
    }

    /// <summary>
    /// Writes the header of a batch: record, subject, total, grade, error, then every leaf indicator's id; under
    /// <see cref="ReportLanguage.Chinese"/> 记录, 单位, 总分, 等级, 错误, then every leaf indicator's name.
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="ruleSet">The rule set every record is scored with.</param>
    /// <param name="options">The language of the header. <value>Defaults to <see cref="RenderOptions.Default"/>.</value></param>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteBatchHeader(TextWriter writer, CompiledRuleSet ruleSet, RenderOptions? options = null)
    {
        Guard.NotNull(writer);
        var buffer = new Utf8Buffer();
        WriteBatchHeader(buffer, ruleSet, options);
        writer.Write(Decode(buffer));
    }

    /// <summary>
    /// Writes the header of a batch as UTF-8: record, subject, total, grade, error, then every leaf indicator's id;
    /// under <see cref="ReportLanguage.Chinese"/> 记录, 单位, 总分, 等级, 错误, then every leaf indicator's name.
    /// </summary>
    /// <param name="output">Where to write.</param>
    /// <param name="ruleSet">The rule set every record is scored with.</param>
    /// <param name="options">The language of the header. <value>Defaults to <see cref="RenderOptions.Default"/>.</value></param>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteBatchHeader(IBufferWriter<byte> output, CompiledRuleSet ruleSet, RenderOptions? options = null)
    {
        Guard.NotNull(output);
        Guard.NotNull(ruleSet);
        var chinese = (options ?? RenderOptions.Default).Language == ReportLanguage.Chinese;
        if (chinese)
        {
            Text(output, "记录,单位,总分,等级,错误".AsSpan());
        }
        else
        {
            Ascii(output, "record,subject,total,grade,error");
        }

        foreach (var leaf in ruleSet.Plan.Leaves)
        {
            Ascii(output, ",");
            Field(output, (chinese ? leaf.Definition.Name : leaf.Id).AsSpan());
        }

        Ascii(output, "\r\n");
    }

    /// <summary>Writes one record of a batch: its scores, or its errors in the error column.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="ruleSet">The rule set the record was scored with.</param>
    /// <param name="record">The record's name (its file, or its line in a JSON Lines file).</param>
    /// <param name="result">The record's result.</param>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteBatchRow(TextWriter writer, CompiledRuleSet ruleSet, string record, Result<Scorecard> result)
    {
        Guard.NotNull(writer);
        Guard.NotNull(record);
        var buffer = new Utf8Buffer();
        WriteBatchRow(buffer, ruleSet, record.AsSpan(), result);
        writer.Write(Decode(buffer));
    }

    /// <summary>
    /// Writes one record of a batch as UTF-8: its name, the unit's name (<see cref="Scorecard.Subject"/>), its scores,
    /// or its errors in the error column. A scored row allocates nothing: the numbers are formatted straight into
    /// <paramref name="output"/>.
    /// </summary>
    /// <param name="output">Where to write.</param>
    /// <param name="ruleSet">The rule set the record was scored with.</param>
    /// <param name="record">The record's name (its file, or its line in a JSON Lines file).</param>
    /// <param name="result">The record's result.</param>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteBatchRow(IBufferWriter<byte> output, CompiledRuleSet ruleSet, ReadOnlySpan<char> record, Result<Scorecard> result)
    {
        Guard.NotNull(output);
        Guard.NotNull(ruleSet);
        Guard.NotNull(result);
        if (result.Value is not { } card)
        {
            WriteBatchError(output, ruleSet, record, ReadOnlySpan<char>.Empty, result.Errors);
            return;
        }

        var d = card.Decimals;
        Field(output, record);
        Ascii(output, ",");
        Field(output, card.Subject.AsSpan());
        Ascii(output, ",");
        Points(output, card.Total, d);
        Ascii(output, ",");
        Field(output, card.Grade.Label.AsSpan());
        Ascii(output, ",");
        var indicators = card.AllIndicators;
        for (var i = 0; i < indicators.Count; i++)
        {
            if (!indicators[i].IsGroup)
            {
                Ascii(output, ",");
                Points(output, indicators[i].Score, d);
            }
        }

        Ascii(output, "\r\n");
    }

    /// <summary>Writes one record's errors when it could not be read or scored.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="ruleSet">The rule set of the batch.</param>
    /// <param name="record">The record's name.</param>
    /// <param name="subject">The unit's name, when the record was read far enough to give it; else <see langword="null"/>.</param>
    /// <param name="errors">Its diagnostics.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="writer"/>, <paramref name="ruleSet"/>, <paramref name="record"/> or <paramref name="errors"/> is <see langword="null"/>.</exception>
    public static void WriteBatchError(TextWriter writer, CompiledRuleSet ruleSet, string record, string? subject, IEnumerable<Diagnostic> errors)
    {
        Guard.NotNull(writer);
        Guard.NotNull(record);
        var buffer = new Utf8Buffer();
        WriteBatchError(buffer, ruleSet, record.AsSpan(), subject.AsSpan(), errors);
        writer.Write(Decode(buffer));
    }

    /// <summary>Writes one record's errors as UTF-8, in the error column, with the score columns empty.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="ruleSet">The rule set of the batch.</param>
    /// <param name="record">The record's name.</param>
    /// <param name="subject">The unit's name, when the record was read far enough to give it; else empty.</param>
    /// <param name="errors">Its diagnostics, joined with <c>"; "</c>.</param>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteBatchError(IBufferWriter<byte> output, CompiledRuleSet ruleSet, ReadOnlySpan<char> record, ReadOnlySpan<char> subject, IEnumerable<Diagnostic> errors)
    {
        Guard.NotNull(output);
        Guard.NotNull(ruleSet);
        Guard.NotNull(errors);
        Field(output, record);
        Ascii(output, ",");
        Field(output, subject);
        Ascii(output, ",,,");
        Field(output, string.Join("; ", errors.Select(e => e.ToString())).AsSpan());
        for (var i = 0; i < ruleSet.Plan.Leaves.Length; i++)
        {
            Ascii(output, ",");
        }

        Ascii(output, "\r\n");
    }

    private static void Line(StringBuilder text, IEnumerable<string> fields)
    {
        var buffer = new Utf8Buffer();
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                Ascii(buffer, ",");
            }

            Field(buffer, field.AsSpan());
            first = false;
        }

        Ascii(buffer, "\r\n");
        text.Append(Decode(buffer));
    }

    private static string Decode(Utf8Buffer buffer) => Encoding.UTF8.GetString(buffer.Written.ToArray());

    private static void Field(IBufferWriter<byte> output, ReadOnlySpan<char> value)
    {
        // A leading =, +, -, @, tab or CR would make a spreadsheet read the cell as a formula (OWASP's CSV injection
        // list): quote it with a leading apostrophe so it stays text. A plain signed number such as -5.25 or +3 is
        // left as it is: it cannot run anything, and the sheet should see a number.
        var formulaLike = value.Length > 0 && (value[0] is '\t' or '\r' || (value[0] is '=' or '+' or '-' or '@' && !IsNumber(value)));
        if (!formulaLike && value.IndexOfAny(",\"\r\n".AsSpan()) < 0)
        {
            Text(output, value);
            return;
        }

        Ascii(output, formulaLike ? "\"'" : "\"");
        for (var quote = value.IndexOf('"'); quote >= 0; quote = value.IndexOf('"'))
        {
            Text(output, value.Slice(0, quote + 1));
            Ascii(output, "\"");
            value = value.Slice(quote + 1);
        }

        Text(output, value);
        Ascii(output, "\"");
    }

    private static bool IsNumber(ReadOnlySpan<char> value)
#if NET8_0_OR_GREATER
        => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _);
#else
        => decimal.TryParse(value.ToString(), NumberStyles.Number, CultureInfo.InvariantCulture, out _);
#endif

    private static void Ascii(IBufferWriter<byte> output, string text)
    {
        var span = output.GetSpan(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            span[i] = (byte)text[i];
        }

        output.Advance(text.Length);
    }

    private static void Text(IBufferWriter<byte> output, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

#if NET8_0_OR_GREATER
        var written = Encoding.UTF8.GetBytes(text, output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length)));
        output.Advance(written);
#else
        var bytes = Encoding.UTF8.GetBytes(text.ToArray());
        bytes.CopyTo(output.GetSpan(bytes.Length));
        output.Advance(bytes.Length);
#endif
    }

    private static void Points(IBufferWriter<byte> output, decimal value, int decimals)
    {
#if NET8_0_OR_GREATER
        Span<char> format = stackalloc char[3];
        format[0] = 'F';
        decimals.TryFormat(format.Slice(1), out var digits, default, CultureInfo.InvariantCulture);
        value.TryFormat(output.GetSpan(64), out var written, format.Slice(0, digits + 1), CultureInfo.InvariantCulture);
        output.Advance(written);
#else
        Text(output, Format.Points(value, decimals).AsSpan());
#endif
    }
}
