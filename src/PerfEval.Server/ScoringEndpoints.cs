using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using PerfEval.Evaluation;
using PerfEval.Inputs;
using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.Rules;
using PerfEval.WhatIf;

using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace PerfEval.Server;

/// <summary>The handlers of the rule-set endpoints: thin, as the command line is; the library does the work.</summary>
internal static class ScoringEndpoints
{
    private const string JsonType = "application/json; charset=utf-8";
    private const string JsonLinesType = "application/x-ndjson; charset=utf-8";

    /// <summary>The media types read as JSON Lines, one input per line.</summary>
    private static readonly string[] JsonLinesTypes = { "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines" };

    public static IResult List(RuleSetProvider provider) => HttpResults.Json(provider.Summaries, ServerJson.Context.IReadOnlyListRuleSetSummary, contentType: JsonType);

    public static IResult Describe(string id, string version, RuleSetProvider provider)
        => Load(provider, id, version, out var rules) ?? HttpResults.Json(RuleSetForm.From(rules!.Definition), ServerJson.Context.RuleSetForm, contentType: JsonType);

    public static IResult Template(string id, string version, string? lang, RuleSetProvider provider)
    {
        if (Language(lang, out var options) is { } bad)
        {
            return bad;
        }

        return Load(provider, id, version, out var rules) ?? HttpResults.Text(InputTemplateRenderer.Render(rules!.Definition, options!), "text/plain; charset=utf-8");
    }

    public static async Task<IResult> Score(string id, string version, string? lang, HttpContext context, RuleSetProvider provider, PerfEvalServiceOptions limits)
    {
        if (Language(lang, out var options) is { } bad)
        {
            return bad;
        }

        if (Load(provider, id, version, out var rules) is { } missing)
        {
            return missing;
        }

        var lines = JsonLines(context.Request.ContentType);
        if (lines is null)
        {
            return Responses.Failure(StatusCodes.Status415UnsupportedMediaType, ServerCodes.UnsupportedMediaType, ServerMessages.UnsupportedMediaType.With(context.Request.ContentType));
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        deadline.CancelAfter(limits.RequestTimeout);
        try
        {
            var body = await RequestBody.ReadAsync(context.Request, limits.MaxBodyBytes, deadline.Token).ConfigureAwait(false);
            if (body is null)
            {
                return Responses.Failure(StatusCodes.Status413PayloadTooLarge, ServerCodes.BodyTooLarge, ServerMessages.BodyTooLarge.With(limits.MaxBodyBytes));
            }

            return lines.Value ? ScoreLines(rules!, body, options!, limits, deadline.Token) : ScoreOne(rules!, body, options!);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            return Responses.Failure(StatusCodes.Status408RequestTimeout, ServerCodes.RequestTimeout, ServerMessages.RequestTimeout.With((decimal)limits.RequestTimeout.TotalSeconds));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The host's own body limit (Kestrel's MaxRequestBodySize) is lower than the service's.
            return Responses.Failure(StatusCodes.Status413PayloadTooLarge, ServerCodes.BodyTooLarge, ServerMessages.HostBodyTooLarge.With());
        }
    }

    /// <summary><c>POST …/whatif</c>: <c>{ "input": {…}, "changes": { "values": {…}, "judgements": {…} } }</c>.</summary>
    public static Task<IResult> WhatIf(string id, string version, string? lang, HttpContext context, RuleSetProvider provider, PerfEvalServiceOptions limits)
        => WithBody(id, version, lang, context, provider, limits, (rules, body, options, cancellationToken) =>
        {
            if (!Parts(body, out var input, out var changes, out var problem))
            {
                return Responses.Failure(StatusCodes.Status400BadRequest, new[] { problem! });
            }

            var read = Read(input, body);
            var readChanges = Read(changes, body);
            if (read.Value is null || readChanges.Value is null)
            {
                return Responses.Failure(StatusCodes.Status400BadRequest, read.Diagnostics.Concat(readChanges.Diagnostics));
            }

            cancellationToken.ThrowIfCancellationRequested();

            // The library reports a change it cannot make against the changes' source: put it on the body's line.
            var result = rules.WhatIf(read.Value, readChanges.Value);
            var changesLine = LinesBefore(body, changes.Start);
            return result.Value is null
                ? Responses.Failure(StatusCodes.Status400BadRequest, read.Diagnostics.Concat(result.Diagnostics.Select(d => d.Line > 0 ? d.WithPosition(RequestBody.SourceName, d.Line + changesLine, d.Column) : d)))
                : HttpResults.Text(WhatIfJson.Render(result.Value, options), JsonType);
        });

    /// <summary><c>POST …/reach?grade=excellent</c> (the default) or <c>?total=95</c>: the body is the input.</summary>
    public static Task<IResult> Reach(string id, string version, string? grade, string? total, HttpContext context, RuleSetProvider provider, PerfEvalServiceOptions limits)
        => WithBody(id, version, null, context, provider, limits, (rules, body, _, _) =>
        {
            ReachTarget target;
            if (total is not null)
            {
                if (grade is not null || !decimal.TryParse(total, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var points))
                {
                    return Responses.Failure(StatusCodes.Status400BadRequest, ServerCodes.InvalidParameter, grade is not null ? ServerMessages.GradeAndTotal.With() : ServerMessages.BadTotal.With(total));
                }

                target = ReachTarget.ForTotal(points);
            }
            else
            {
                var level = (grade ?? "excellent") switch
                {
                    "excellent" => GradeLevel.Excellent,
                    "good" => GradeLevel.Good,
                    "fair" => GradeLevel.Fair,
                    "poor" => GradeLevel.Poor,
                    _ => (GradeLevel?)null,
                };
                if (level is null || !rules.Definition.Grades.Any(g => g.Level == level))
                {
                    return Responses.Failure(StatusCodes.Status400BadRequest, ServerCodes.InvalidParameter, ServerMessages.UnknownGrade.With(grade, NameList.QuotedOf(rules.Definition.Grades.Select(g => new Grade(g.Level, g.Label).Code))));
                }

                target = ReachTarget.ForGrade(level.Value);
            }

            if (body.Length == 0)
            {
                return Responses.Failure(StatusCodes.Status400BadRequest, ServerCodes.EmptyBody, ServerMessages.EmptyBody.With());
            }

            var read = JsonInputReader.Read(body, RequestBody.SourceName);
            if (read.Value is null)
            {
                return Responses.Failure(StatusCodes.Status400BadRequest, read.Diagnostics);
            }

            var result = rules.Reach(read.Value, target);
            return result.Value is null
                ? Responses.Failure(StatusCodes.Status400BadRequest, read.Diagnostics.Concat(result.Diagnostics))
                : HttpResults.Text(WhatIfJson.Render(result.Value), JsonType);
        });

    /// <summary><c>POST …/workbook</c>: the input (complete or not) as the workbook to fill in, pre-filled with it.</summary>
    public static Task<IResult> Workbook(string id, string version, string? lang, HttpContext context, RuleSetProvider provider, PerfEvalServiceOptions limits)
        => WithBody(id, version, lang, context, provider, limits, (rules, body, options, _) =>
        {
            var read = body.Length == 0 ? null : JsonInputReader.Read(body, RequestBody.SourceName);
            if (read is { Value: null })
            {
                return Responses.Failure(StatusCodes.Status400BadRequest, read.Diagnostics);
            }

            using var workbook = new MemoryStream();
            PerfEval.Office.InputWorkbook.Write(workbook, rules.Definition, read?.Value, options);
            return HttpResults.Bytes(workbook.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (read?.Value?.Subject is { Length: > 0 } subject ? subject : rules.Id) + "-input.xlsx");
        });

    /// <summary>The rule set and the body read within the limits, then <paramref name="handle"/>; or why not.</summary>
    private static async Task<IResult> WithBody(string id, string version, string? lang, HttpContext context, RuleSetProvider provider, PerfEvalServiceOptions limits, Func<CompiledRuleSet, byte[], RenderOptions, CancellationToken, IResult> handle)
    {
        if (Language(lang, out var options) is { } bad)
        {
            return bad;
        }

        if (Load(provider, id, version, out var rules) is { } missing)
        {
            return missing;
        }

        if (JsonLines(context.Request.ContentType) != false)
        {
            return Responses.Failure(StatusCodes.Status415UnsupportedMediaType, ServerCodes.UnsupportedMediaType, ServerMessages.UnsupportedMediaTypeJson.With(context.Request.ContentType));
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        deadline.CancelAfter(limits.RequestTimeout);
        try
        {
            var body = await RequestBody.ReadAsync(context.Request, limits.MaxBodyBytes, deadline.Token).ConfigureAwait(false);
            return body is null
                ? Responses.Failure(StatusCodes.Status413PayloadTooLarge, ServerCodes.BodyTooLarge, ServerMessages.BodyTooLarge.With(limits.MaxBodyBytes))
                : handle(rules!, body, options!, deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            return Responses.Failure(StatusCodes.Status408RequestTimeout, ServerCodes.RequestTimeout, ServerMessages.RequestTimeout.With((decimal)limits.RequestTimeout.TotalSeconds));
        }
    }

    /// <summary>Finds the <c>input</c> and <c>changes</c> objects of a what-if body.</summary>
    private static bool Parts(byte[] body, out (int Start, int Length) input, out (int Start, int Length) changes, out Diagnostic? problem)
    {
        input = changes = default;
        problem = null;
        var found = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                problem = Syntax(ServerMessages.WhatIfNotObject.With(), 1, 1);
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                found[name] = (start, (int)reader.BytesConsumed - start);
            }
        }
        catch (JsonException ex)
        {
            problem = Syntax(ServerMessages.NotJson.With(ex.Message), (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1);
            return false;
        }

        if (!found.TryGetValue("input", out input) || !found.TryGetValue("changes", out changes))
        {
            problem = Syntax(ServerMessages.WhatIfParts.With(), 1, 1);
            return false;
        }

        return true;
    }

    private static int LinesBefore(byte[] body, int end)
    {
        var lines = 0;
        for (var i = 0; i < end; i++)
        {
            lines += body[i] == (byte)'\n' ? 1 : 0;
        }

        return lines;
    }

    private static Diagnostic Syntax(DiagnosticMessage message, int line, int column) => new("PE0401", DiagnosticSeverity.Error, message, RequestBody.SourceName, line, column);

    /// <summary>Reads one part of a body, its diagnostics placed on the body's lines.</summary>
    private static (InputValues? Value, IReadOnlyList<Diagnostic> Diagnostics) Read((int Start, int Length) part, byte[] body)
    {
        var result = JsonInputReader.Read(new ReadOnlyMemory<byte>(body, part.Start, part.Length), RequestBody.SourceName);
        var lines = LinesBefore(body, part.Start);
        return (result.Value, result.Diagnostics.Select(d => d.WithPosition(RequestBody.SourceName, d.Line > 0 ? d.Line + lines : 0, d.Column)).ToList());
    }

    private static IResult ScoreOne(CompiledRuleSet rules, byte[] body, RenderOptions options)
    {
        if (body.Length == 0)
        {
            return Responses.Failure(StatusCodes.Status400BadRequest, ServerCodes.EmptyBody, ServerMessages.EmptyBody.With());
        }

        var read = JsonInputReader.Read(body, RequestBody.SourceName);
        if (read.Value is null)
        {
            return Responses.Failure(StatusCodes.Status400BadRequest, read.Diagnostics);
        }

        var scored = rules.Evaluate(read.Value);
        if (scored.Value is null)
        {
            // The reader's warnings say where a judgement was left blank, which the evaluation's errors cannot.
            return Responses.Failure(StatusCodes.Status400BadRequest, read.Diagnostics.Concat(scored.Diagnostics));
        }

        return HttpResults.Text(JsonRenderer.Render(scored.Value, options), JsonType);
    }

    /// <summary>Scores every line; if any record fails, none is returned and the 400 names each failure by its line.</summary>
    private static IResult ScoreLines(CompiledRuleSet rules, byte[] body, RenderOptions options, PerfEvalServiceOptions limits, CancellationToken cancellationToken)
    {
        var records = Split(body);
        if (records.Count == 0)
        {
            return Responses.Failure(StatusCodes.Status400BadRequest, ServerCodes.EmptyBody, ServerMessages.NoRecord.With());
        }

        if (records.Count > limits.MaxRecordsPerRequest)
        {
            return Responses.Failure(StatusCodes.Status413PayloadTooLarge, ServerCodes.TooManyRecords, ServerMessages.TooManyRecords.With(records.Count, limits.MaxRecordsPerRequest));
        }

        var cards = new List<Scorecard>(records.Count);
        var failures = new List<Diagnostic>();
        foreach (var (line, bytes) in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var read = JsonInputReader.Read(bytes, RequestBody.SourceName);
            var scored = read.Value is null ? null : rules.Evaluate(read.Value);
            if (scored?.Value is { } card)
            {
                cards.Add(card);
                continue;
            }

            failures.AddRange(read.Diagnostics.Concat(scored?.Diagnostics ?? Array.Empty<Diagnostic>()).Select(d => OnLine(d, line)));
        }

        if (failures.Count > 0)
        {
            return Responses.Failure(StatusCodes.Status400BadRequest, failures);
        }

        var text = new StringBuilder();
        foreach (var card in cards)
        {
            text.Append(OneLine(JsonRenderer.Render(card, options))).Append('\n');
        }

        return HttpResults.Text(text.ToString(), JsonLinesType);
    }

    /// <summary>The non-blank lines of a JSON Lines body, with their 1-based line numbers.</summary>
    private static List<(int Line, ReadOnlyMemory<byte> Bytes)> Split(byte[] body)
    {
        var records = new List<(int, ReadOnlyMemory<byte>)>();
        var start = 0;
        var line = 1;
        while (start <= body.Length)
        {
            var end = Array.IndexOf(body, (byte)'\n', start);
            var stop = end < 0 ? body.Length : end;
            var slice = new ReadOnlyMemory<byte>(body, start, stop - start);
            if (!slice.Span.Trim(" \t\r"u8).IsEmpty)
            {
                records.Add((line, slice));
            }

            if (end < 0)
            {
                break;
            }

            start = end + 1;
            line++;
        }

        return records;
    }

    /// <summary>A record's diagnostic placed on its line of the body (each record is one line, so its column stands).</summary>
    private static Diagnostic OnLine(Diagnostic diagnostic, int line)
        => diagnostic.WithPosition(RequestBody.SourceName, line + Math.Max(diagnostic.Line, 1) - 1, diagnostic.Column);

    /// <summary>The renderer's indented JSON on one line, the same values.</summary>
    private static string OneLine(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Whether the body is JSON Lines (<see langword="true"/>), one JSON input, or neither (<see langword="null"/>).</summary>
    private static bool? JsonLines(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return false;
        }

        var media = contentType.Split(';')[0].Trim();
        if (media.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return JsonLinesTypes.Any(t => t.Equals(media, StringComparison.OrdinalIgnoreCase)) ? true : null;
    }

    private static IResult? Language(string? lang, out RenderOptions? options)
    {
        options = lang switch
        {
            null or "" or "en" => RenderOptions.Default,
            "zh" => new RenderOptions { Language = ReportLanguage.Chinese },
            _ => null,
        };
        return options is null
            ? Responses.Failure(StatusCodes.Status400BadRequest, ServerCodes.InvalidParameter, ServerMessages.BadLanguage.With(lang))
            : null;
    }

    /// <summary>The rule set, or the response saying why not: 404 when the catalogue has no such rule set, 503 when it does not load.</summary>
    private static IResult? Load(RuleSetProvider provider, string id, string version, out CompiledRuleSet? rules)
    {
        var load = provider.Get(id, version, out var found);
        rules = load.Value;
        if (rules is not null)
        {
            return null;
        }

        return Responses.Failure(found ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status404NotFound, load.Diagnostics);
    }
}
