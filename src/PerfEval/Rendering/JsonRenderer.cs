using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PerfEval.Results;

namespace PerfEval.Rendering;

/// <summary>
/// Writes a <see cref="Scorecard"/> as JSON: camelCase keys, every key always present, weights and scores with exactly
/// the rule set's decimals (<c>4.00</c>), input and metric values exact.
/// </summary>
public static class JsonRenderer
{
    /// <summary>Renders a scorecard as indented JSON.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="scorecard"/> is <see langword="null"/>.</exception>
    public static string Render(Scorecard scorecard) => Render(scorecard, indented: true);

    /// <summary>Renders a scorecard as JSON, indented or on one line (for JSON Lines).</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="indented">Whether to indent; on one line when <see langword="false"/>.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="scorecard"/> is <see langword="null"/>.</exception>
    public static string Render(Scorecard scorecard, bool indented) => Render(scorecard, RenderOptions.Default, indented);

    /// <summary>Renders a scorecard as indented JSON, with each indicator's explanation and the warnings' messages in the language of <paramref name="options"/>.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="options">The language of the explanations (the property names and codes stay as they are).</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string Render(Scorecard scorecard, RenderOptions options) => Render(scorecard, Guard.NotNull(options), indented: true);

    private static string Render(Scorecard scorecard, RenderOptions options, bool indented)
    {
        Guard.NotNull(scorecard);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, scorecard, Labels.For(options));
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    /// <summary>
    /// Writes a scorecard as a JSON object to a writer, such as one line of a JSON Lines file: the same bytes
    /// <see cref="Render(Scorecard, bool)"/> returns for the writer's indenting, without the trailing newline.
    /// </summary>
    /// <param name="writer">The writer; the scorecard is written as its next value.</param>
    /// <param name="card">The scorecard.</param>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, Scorecard card) => Write(writer, card, Labels.English);

    private static void Write(Utf8JsonWriter writer, Scorecard card, Labels labels)
    {
        Guard.NotNull(writer);
        Guard.NotNull(card);
        var names = ExplanationRenderer.NameIn(card);
        var d = card.Decimals;
        writer.WriteStartObject();
        writer.WriteStartObject("ruleSet");
        writer.WriteString("id", card.RuleSetId);
        writer.WriteString("version", card.RuleSetVersion);
        writer.WriteString("title", card.RuleSetTitle);
        writer.WriteEndObject();
        writer.WriteString("subject", card.Subject);
        Points(writer, "totalPoints", card.TotalPoints, d);
        Points(writer, "total", card.Total, d);
        if (card.Rescaling is { } rescaling)
        {
            writer.WriteStartObject("rescaling");
            Points(writer, "sum", rescaling.Sum, d);
            Points(writer, "excludedPoints", rescaling.ExcludedPoints, d);
            Points(writer, "applicablePoints", rescaling.ApplicablePoints, d);
            Points(writer, "totalPoints", rescaling.TotalPoints, d);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("rescaling");
        }

        WriteProject(writer, card, d);
        writer.WriteStartObject("grade");
        writer.WriteString("code", card.Grade.Code);
        writer.WriteString("label", card.Grade.Label);
        writer.WriteEndObject();
        writer.WriteStartArray("indicators");
        foreach (var indicator in card.Indicators)
        {
            Write(writer, indicator, d, labels, names);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("metrics");
        foreach (var metric in card.Metrics)
        {
            Write(writer, metric);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("weightMoves");
        foreach (var move in card.WeightMoves)
        {
            writer.WriteStartObject();
            writer.WriteString("from", move.From);
            writer.WriteString("to", move.To);
            Points(writer, "points", move.Points, d);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("warnings");
        foreach (var warning in card.Warnings)
        {
            Write(writer, warning, labels, card);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, IndicatorScore indicator, int d, Labels labels, Func<string, string> names)
    {
        writer.WriteStartObject();
        writer.WriteString("id", indicator.Id);
        writer.WriteString("name", indicator.Name);
        writer.WriteString("path", indicator.Path);
        writer.WriteNumber("level", indicator.Level);
        Points(writer, "weight", indicator.Weight, d);
        Points(writer, "effectiveWeight", indicator.EffectiveWeight, d);
        Points(writer, "score", indicator.Score, d);
        Points(writer, "pointsLost", indicator.PointsLost, d);
        writer.WriteString("status", Format.Status(indicator.Status));
        writer.WriteString("method", indicator.Method);
        var e = indicator.Explanation;
        writer.WriteString("formula", e?.Formula);
        writer.WriteString("substituted", e?.Substituted);
        Exact(writer, "rawScore", e?.RawScore);

        writer.WriteString("explanation", ExplanationRenderer.Describe(indicator, labels, names));
        writer.WriteString("reason", e?.Reason);
        writer.WriteString("note", indicator.Note);
        writer.WriteStartArray("values");
        foreach (var value in e?.Values ?? Array.Empty<NamedValue>())
        {
            Write(writer, value);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("rows");
        foreach (var row in e?.Rows ?? Array.Empty<RowResult>())
        {
            Write(writer, row, d);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("children");
        foreach (var child in indicator.Children)
        {
            Write(writer, child, d, labels, names);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, RowResult row, int d)
    {
        writer.WriteStartObject();
        writer.WriteNumber("number", row.Number);
        writer.WriteString("level2", row.Level2);
        writer.WriteString("name", row.Name);
        Points(writer, "points", row.Points, d);
        writer.WriteString("target", row.Target);
        writer.WriteString("actual", row.Actual);
        writer.WriteBoolean("applies", row.Applies);
        writer.WriteString("rule", row.Rule);
        writer.WriteString("method", row.Method is { } method ? Format.RowMethod(method) : null);
        writer.WriteString("grade", row.Grade);
        Points(writer, "score", row.Score, d);
        Exact(writer, "rawScore", row.RawScore);
        Exact(writer, "givenScore", row.GivenScore);
        writer.WriteString("reason", row.Reason);
        writer.WriteEndObject();
    }

    private static void Exact(Utf8JsonWriter writer, string name, decimal? value)
    {
        writer.WritePropertyName(name);
        if (value is { } number)
        {
            writer.WriteRawValue(Format.Exact(number));
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static void Write(Utf8JsonWriter writer, NamedValue value)
    {
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        writer.WriteString("kind", value.IsMetric ? "metric" : "input");
        writer.WritePropertyName("value");
        if (value.Number is { } number)
        {
            writer.WriteRawValue(Format.Exact(number));
        }
        else if (value.Boolean is { } flag)
        {
            writer.WriteBooleanValue(flag);
        }
        else
        {
            writer.WriteStringValue(value.Text);
        }

        writer.WriteString("unit", value.Unit);
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, Diagnostic diagnostic, Labels? labels = null, Scorecard? card = null)
    {
        writer.WriteStartObject();
        writer.WriteString("code", diagnostic.Code);
        writer.WriteString("severity", diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning");
        writer.WriteString("message", labels is null ? diagnostic.Message : diagnostic.GetMessage(labels.Language));
        writer.WriteString("file", diagnostic.File);
        writer.WriteNumber("line", diagnostic.Line);
        writer.WriteNumber("column", diagnostic.Column);
        writer.WriteString("sheet", diagnostic.Sheet); // a workbook input's place: 输入!F9
        writer.WriteString("cell", diagnostic.Cell);
        writer.WriteString("indicatorId", diagnostic.IndicatorId);
        writer.WriteEndObject();
    }

    /// <summary>The header of a 项目支出绩效自评表 (<see cref="Scorecard.Project"/>), or null.</summary>
    private static void WriteProject(Utf8JsonWriter writer, Scorecard card, int d)
    {
        if (card.Project is not { } project)
        {
            writer.WriteNull("project");
            return;
        }

        writer.WriteStartObject("project");
        writer.WriteString("department", project.Department);
        writer.WriteString("implementer", project.Implementer);
        writer.WriteStartArray("funds");
        foreach (var line in project.Funds)
        {
            writer.WriteStartObject();
            writer.WriteString("label", line.Label);
            Amount("initial", line.Initial);
            Amount("annual", line.Annual);
            Amount("executed", line.Executed);
            Amount("rate", line.Rate);
            writer.WriteString("indicator", line.IndicatorId);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("goal", project.Goal);
        writer.WriteString("achieved", project.Achieved);
        writer.WriteEndObject();

        void Amount(string name, decimal? value)
        {
            if (value is { } v)
            {
                writer.WritePropertyName(name);
                writer.WriteRawValue(Format.Exact(v));
            }
            else
            {
                writer.WriteNull(name);
            }
        }
    }

    private static void Points(Utf8JsonWriter writer, string name, decimal value, int decimals)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(Format.Points(value, decimals));
    }

    /// <summary>Renders diagnostics as a JSON array, for tools that read errors as data.</summary>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    public static string Render(IEnumerable<Diagnostic> diagnostics)
    {
        Guard.NotNull(diagnostics);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var diagnostic in diagnostics)
            {
                Write(writer, diagnostic);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }
}
