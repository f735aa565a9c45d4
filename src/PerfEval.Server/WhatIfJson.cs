using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PerfEval.Comparison;
using PerfEval.Inputs;
using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.WhatIf;

namespace PerfEval.Server;

/// <summary>The JSON of <c>…/whatif</c> and <c>…/reach</c>: camelCase, decimals exact, scorecards as the JSON renderer writes them.</summary>
internal static class WhatIfJson
{
    public static string Render(WhatIfResult result, RenderOptions options) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WritePropertyName("before");
        writer.WriteRawValue(JsonRenderer.Render(result.Before, options).TrimEnd());
        writer.WritePropertyName("after");
        writer.WriteRawValue(JsonRenderer.Render(result.After, options).TrimEnd());
        writer.WriteNumber("totalChange", result.TotalChange);
        writer.WriteBoolean("gradeChanged", result.GradeChanged);
        writer.WriteStartArray("applied");
        foreach (var change in result.Applied)
        {
            Write(writer, change);
        }

        writer.WriteEndArray();
        Changes(writer, "changes", result.Changes);
        writer.WriteEndObject();
    });

    public static string Render(ReachResult result) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("total", result.Before.Total);
        writer.WriteStartObject("grade");
        writer.WriteString("code", result.Before.Grade.Code);
        writer.WriteString("label", result.Before.Grade.Label);
        writer.WriteEndObject();
        writer.WriteString("target", result.Target.ToString());
        writer.WriteNumber("targetTotal", result.TargetTotal);
        writer.WriteNumber("pointsNeeded", result.PointsNeeded);
        writer.WriteBoolean("isReached", result.IsReached);
        writer.WriteBoolean("isReachable", result.IsReachable);
        writer.WriteStartArray("indicators");
        foreach (var lost in result.Indicators)
        {
            writer.WriteStartObject();
            writer.WriteString("id", lost.Id);
            writer.WriteString("name", lost.Name);
            writer.WriteString("method", lost.Method);
            writer.WriteNumber("score", lost.Score);
            writer.WriteNumber("effectiveWeight", lost.EffectiveWeight);
            writer.WriteNumber("pointsLost", lost.Points);
            writer.WriteBoolean("isJudgement", lost.IsJudgement);
            writer.WriteStartArray("options");
            foreach (var option in lost.Options)
            {
                Write(writer, option);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (result.Plan is { } plan)
        {
            writer.WriteStartObject("plan");
            writer.WriteStartArray("changes");
            foreach (var change in plan.Changes)
            {
                Write(writer, change);
            }

            writer.WriteEndArray();
            writer.WriteNumber("total", plan.Outcome.After.Total);
            writer.WriteStartObject("grade");
            writer.WriteString("code", plan.Outcome.After.Grade.Code);
            writer.WriteString("label", plan.Outcome.After.Grade.Label);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("plan");
        }

        writer.WriteEndObject();
    });

    private static void Write(Utf8JsonWriter writer, ProposedChange option)
    {
        writer.WriteStartObject();
        writer.WriteString("indicator", option.IndicatorId);
        writer.WritePropertyName("change");
        Write(writer, option.Change);
        writer.WriteBoolean("withinRange", option.WithinRange);
        writer.WriteString("range", option.Range?.ToString());
        writer.WriteNumber("step", option.Step);
        writer.WriteNumber("pointsRecovered", option.PointsRecovered);
        writer.WriteNumber("totalChange", option.TotalChange);
        Changes(writer, "sideEffects", option.SideEffects);
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, InputChange change)
    {
        writer.WriteStartObject();
        writer.WriteString("name", change.Name);
        writer.WriteBoolean("isJudgement", change.IsJudgement);
        writer.WritePropertyName("before");
        Write(writer, change.Before);
        writer.WritePropertyName("after");
        Write(writer, change.After);
        writer.WriteString("unit", change.Unit);
        if (change.Delta is { } delta)
        {
            writer.WriteNumber("delta", delta);
        }
        else
        {
            writer.WriteNull("delta");
        }

        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, InputValue? value)
    {
        switch (value?.Kind)
        {
            case null:
                writer.WriteNullValue();
                break;
            case InputValueKind.Number:
                writer.WriteNumberValue(value.Number);
                break;
            case InputValueKind.Boolean:
                writer.WriteBooleanValue(value.Boolean);
                break;
            default:
                writer.WriteStringValue(value.Text);
                break;
        }
    }

    private static void Changes(Utf8JsonWriter writer, string name, IReadOnlyList<ScoreChange> changes)
    {
        writer.WriteStartArray(name);
        foreach (var change in changes)
        {
            writer.WriteStartObject();
            writer.WriteString("id", change.Id);
            writer.WriteString("name", change.Name);
            Number(writer, "before", change.Before);
            Number(writer, "after", change.After);
            writer.WriteNumber("delta", change.Delta);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string Write(System.Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", System.StringComparison.Ordinal) + "\n";
    }
}
