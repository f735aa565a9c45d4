using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PerfEval.Comparison;
using PerfEval.Results;
using PerfEval.WhatIf;

namespace PerfEval.Rendering;

/// <summary>
/// Writes a <see cref="WhatIfResult"/> as text or JSON: the changes made, the total and grade before and after, and
/// every indicator whose score moves; in English, or under <see cref="ReportLanguage.Chinese"/> in the bureau's words.
/// </summary>
public static class WhatIfRenderer
{
    /// <summary>Renders a what-if as text.</summary>
    /// <param name="result">The what-if.</param>
    /// <param name="options">The language. <value>Defaults to <see cref="RenderOptions.Default"/>: English.</value></param>
    /// <returns>The text, ending with a newline.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static string Render(WhatIfResult result, RenderOptions? options = null)
    {
        Guard.NotNull(result);
        var words = WhatIfWords.For(options);
        var text = new StringBuilder();
        Heading(text, words.WhatIfTitle, result.Before, words);
        text.Append(words.Changed).Append(words.Colon.TrimEnd()).Append('\n');
        foreach (var change in result.Applied)
        {
            text.Append("  ").Append(words.Change(change)).Append('\n');
        }

        text.Append(words.TotalLine(result)).Append('\n');
        Moves(text, result, words);
        return text.ToString();
    }

    /// <summary>Renders a what-if as indented JSON: camelCase keys, every key always present, scores with the rule set's decimals.</summary>
    /// <param name="result">The what-if.</param>
    /// <param name="options">The language of the grade labels' companions (keys and codes stay as they are). <value>Defaults to English.</value></param>
    /// <returns>The JSON text, ending with a newline.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static string RenderJson(WhatIfResult result, RenderOptions? options = null)
    {
        Guard.NotNull(result);
        return Json(writer =>
        {
            writer.WriteStartObject();
            RuleSet(writer, result.Before);
            Write(writer, result, WhatIfWords.For(options));
            writer.WriteEndObject();
        });
    }

    /// <summary>The heading: the subject and the rule set.</summary>
    internal static void Heading(StringBuilder text, string title, Scorecard card, WhatIfWords words)
    {
        text.Append(title).Append(words.Colon).Append(card.Subject ?? card.RuleSetTitle).Append("  [").Append(card.RuleSetId).Append(' ').Append(card.RuleSetVersion).Append("]\n");
    }

    /// <summary>Every indicator whose score moves, indented by level.</summary>
    internal static void Moves(StringBuilder text, WhatIfResult result, WhatIfWords words)
    {
        if (result.Changes.Count == 0)
        {
            text.Append(words.NothingMoved).Append('\n');
            return;
        }

        text.Append(words.Moved).Append(words.Colon.TrimEnd()).Append('\n');
        var d = result.Before.Decimals;
        foreach (var change in result.Changes)
        {
            var level = result.After.TryGetIndicator(change.Id, out var row) ? row.Level : 1;
            text.Append(' ', 2 * level).Append(Named(change.Name, change.Id, words)).Append(words.Colon)
                .Append(words.Points(change.Before ?? 0m, d)).Append(" → ").Append(words.Points(change.After ?? 0m, d))
                .Append(words.IsChinese ? "（" : " (").Append(words.PointsDelta(change.Delta, d)).Append(words.IsChinese ? "）" : ")").Append('\n');
        }
    }

    /// <summary>An indicator by name, with its id in English.</summary>
    internal static string Named(string name, string id, WhatIfWords words) => words.IsChinese ? name : $"{name} ({id})";

    internal static string Json(System.Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    internal static void RuleSet(Utf8JsonWriter writer, Scorecard card)
    {
        writer.WriteStartObject("ruleSet");
        writer.WriteString("id", card.RuleSetId);
        writer.WriteString("version", card.RuleSetVersion);
        writer.WriteString("title", card.RuleSetTitle);
        writer.WriteEndObject();
        writer.WriteString("subject", card.Subject);
    }

    /// <summary>The what-if's members, inside an object: the changes, before and after, and the scores that move.</summary>
    internal static void Write(Utf8JsonWriter writer, WhatIfResult result, WhatIfWords words)
    {
        var d = result.Before.Decimals;
        writer.WriteStartArray("changes");
        foreach (var change in result.Applied)
        {
            Change(writer, change, words);
        }

        writer.WriteEndArray();
        Card(writer, "before", result.Before);
        Card(writer, "after", result.After);
        Points(writer, "totalChange", result.TotalChange, d);
        writer.WriteBoolean("gradeChanged", result.GradeChanged);
        writer.WriteStartArray("scoreChanges");
        foreach (var change in result.Changes)
        {
            ScoreChange(writer, change, d);
        }

        writer.WriteEndArray();
    }

    internal static void Change(Utf8JsonWriter writer, InputChange change, WhatIfWords words)
    {
        writer.WriteStartObject();
        writer.WriteString("name", change.Name);
        writer.WriteBoolean("judgement", change.IsJudgement);
        writer.WriteString("description", change.Description);
        writer.WriteString("unit", change.Unit);
        writer.WritePropertyName("before");
        Value(writer, change.Before);
        writer.WritePropertyName("after");
        Value(writer, change.After);
        if (change.Delta is { } delta)
        {
            writer.WriteNumber("delta", delta);
        }
        else
        {
            writer.WriteNull("delta");
        }

        writer.WriteString("text", words.Change(change));
        writer.WriteEndObject();
    }

    internal static void ScoreChange(Utf8JsonWriter writer, ScoreChange change, int d)
    {
        writer.WriteStartObject();
        writer.WriteString("id", change.Id);
        writer.WriteString("name", change.Name);
        Points(writer, "before", change.Before ?? 0m, d);
        Points(writer, "after", change.After ?? 0m, d);
        Points(writer, "delta", change.Delta, d);
        writer.WriteEndObject();
    }

    internal static void Card(Utf8JsonWriter writer, string name, Scorecard card)
    {
        writer.WriteStartObject(name);
        Points(writer, "total", card.Total, card.Decimals);
        writer.WriteStartObject("grade");
        writer.WriteString("code", card.Grade.Code);
        writer.WriteString("label", card.Grade.Label);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    internal static void Points(Utf8JsonWriter writer, string name, decimal value, int decimals)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(Format.Points(value, decimals));
    }

    private static void Value(Utf8JsonWriter writer, Inputs.InputValue? value)
    {
        switch (value?.Kind)
        {
            case null:
                writer.WriteNullValue();
                break;
            case Inputs.InputValueKind.Number:
                writer.WriteNumberValue(value.Number);
                break;
            case Inputs.InputValueKind.Boolean:
                writer.WriteBooleanValue(value.Boolean);
                break;
            default:
                writer.WriteStringValue(value.Text);
                break;
        }
    }
}
