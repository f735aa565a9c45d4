using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PerfEval.Inputs;
using PerfEval.Loading;
using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.Server;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Server;

/// <summary>Every endpoint of the service and every way a request can fail, over HTTP against a real Kestrel.</summary>
public sealed class ScoringServiceTests
{
    private const string Yangxi = "rulesets/yangxi-department-overall/1.0.0";

    private static readonly string Sample = File.ReadAllText(Repo.Samples("yangxi-2023.json"));

    [Fact]
    public async Task ListRuleSets_ShippedCatalogue_ListsEachWithItsHeader()
    {
        await using var server = await LiveServer.StartAsync();

        using var response = await server.Client.GetAsync("rulesets");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var list = JsonDocument.Parse(body).RootElement.EnumerateArray().ToList();
        Assert.Equal(RuleSetCatalog.Shipped.Entries.Select(e => e.Id + "@" + e.Version), list.Select(r => r.GetProperty("id").GetString() + "@" + r.GetProperty("version").GetString()));
        var yangxi = list.Single(r => r.GetProperty("version").GetString() == "1.0.0" && r.GetProperty("id").GetString() == "yangxi-department-overall");
        Assert.Equal("阳西县部门整体支出绩效自评（2023年度）", yangxi.GetProperty("title").GetString());
        Assert.Equal("广东省阳江市阳西县", yangxi.GetProperty("jurisdiction").GetString());
        Assert.Equal(2023, yangxi.GetProperty("fiscalYear").GetInt32());
        Assert.Contains("广东省阳江市阳西县", body, StringComparison.Ordinal); // Chinese as itself, not \uXXXX
    }

    [Fact]
    public async Task DescribeRuleSet_Yangxi_GivesEveryInputWithLabelUnitAndRangeAndEveryJudgement()
    {
        await using var server = await LiveServer.StartAsync();

        var form = JsonDocument.Parse(await server.Client.GetStringAsync(Yangxi)).RootElement;

        var rules = RuleSetCatalog.Shipped.Load("yangxi-department-overall", "1.0.0").GetValueOrThrow().Definition;
        var inputs = form.GetProperty("inputs").EnumerateArray().ToList();
        Assert.Equal(rules.Inputs.Select(i => i.Name), inputs.Select(i => i.GetProperty("name").GetString()));
        var spending = inputs.Single(i => i.GetProperty("name").GetString() == "actual_spending");
        Assert.Equal(("实际支出", "万元", "decimal", true, 0m), (spending.GetProperty("label").GetString(), spending.GetProperty("unit").GetString(), spending.GetProperty("type").GetString(), spending.GetProperty("required").GetBoolean(), spending.GetProperty("min").GetDecimal()));
        Assert.False(inputs.Single(i => i.GetProperty("name").GetString() == "procurement_budget").GetProperty("required").GetBoolean());
        Assert.Equal("boolean", inputs.Single(i => i.GetProperty("name").GetString() == "budget_disclosed").GetProperty("type").GetString());

        // The sample's 13 judgements, and 资金下达合规性, judged only where it is assessed (not in Yangxi 2023).
        var sample = JsonInputReader.Read(Sample).GetValueOrThrow();
        var judgements = form.GetProperty("judgements").EnumerateArray().ToList();
        Assert.Equal(sample.Judgements.Keys.Append("fund_allocation_compliance").Order(StringComparer.Ordinal), judgements.Select(j => j.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.True(judgements.Single(j => j.GetProperty("id").GetString() == "fund_allocation_compliance").GetProperty("conditional").GetBoolean());
        Assert.False(judgements.Single(j => j.GetProperty("id").GetString() == "duty_performance").GetProperty("conditional").GetBoolean());
        var duty = judgements.Single(j => j.GetProperty("id").GetString() == "duty_performance");
        Assert.Equal(20m, duty.GetProperty("weight").GetDecimal());
        Assert.False(string.IsNullOrEmpty(duty.GetProperty("criteria").GetString()));
        Assert.Equal(2, form.GetProperty("decimals").GetInt32());
        Assert.Equal(new[] { "优", "良", "中", "差" }, form.GetProperty("grades").EnumerateArray().Select(g => g.GetProperty("label").GetString()));
    }

    [Theory]
    [InlineData(null, "en")]
    [InlineData("zh", "zh")]
    public async Task GetTemplate_Yangxi_IsTheTemplateThePerfevalTemplateCommandWrites(string? lang, string expected)
    {
        await using var server = await LiveServer.StartAsync();

        using var response = await server.Client.GetAsync(Yangxi + "/template" + (lang is null ? string.Empty : "?lang=" + lang));

        var rules = RuleSetCatalog.Shipped.Load("yangxi-department-overall", "1.0.0").GetValueOrThrow().Definition;
        var language = expected == "zh" ? ReportLanguage.Chinese : ReportLanguage.English;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(InputTemplateRenderer.Render(rules, new RenderOptions { Language = language }), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Score_YangxiSample_Is9276ExcellentAndTheJsonTheRendererWrites()
    {
        await using var server = await LiveServer.StartAsync();

        using var response = await server.PostAsync(Yangxi + "/score", Sample);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = JsonDocument.Parse(body).RootElement;
        Assert.Equal("92.76", card.GetProperty("total").GetRawText());
        Assert.Equal("优", card.GetProperty("grade").GetProperty("label").GetString());
        var expected = RuleSetCatalog.Shipped.Load("yangxi-department-overall", "1.0.0").GetValueOrThrow().Score(JsonInputReader.Read(Sample, "request").GetValueOrThrow());
        Assert.Equal(JsonRenderer.Render(expected), body);
    }

    [Fact]
    public async Task Score_InChinese_ExplainsInChinese()
    {
        await using var server = await LiveServer.StartAsync();

        var english = JsonDocument.Parse(await (await server.PostAsync(Yangxi + "/score", Sample)).Content.ReadAsStringAsync()).RootElement;
        var chinese = JsonDocument.Parse(await (await server.PostAsync(Yangxi + "/score?lang=zh", Sample)).Content.ReadAsStringAsync()).RootElement;

        static string Explanation(JsonElement card) => card.GetProperty("indicators").EnumerateArray().SelectMany(i => i.GetProperty("children").EnumerateArray()).First(i => i.GetProperty("explanation").ValueKind == JsonValueKind.String).GetProperty("explanation").GetString()!;
        Assert.NotEqual(Explanation(english), Explanation(chinese));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", Explanation(chinese));
        Assert.Equal(english.GetProperty("total").GetRawText(), chinese.GetProperty("total").GetRawText());
    }

    [Fact]
    public async Task Score_JsonLines_ScoresEveryLineInOrder()
    {
        await using var server = await LiveServer.StartAsync();
        var lower = OneLine(Sample).Replace("\"actual_spending\":2679.48", "\"actual_spending\":2000", StringComparison.Ordinal);

        using var response = await server.PostAsync(Yangxi + "/score", OneLine(Sample) + "\n\n" + lower + "\r\n", "application/x-ndjson");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType!.MediaType);
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("92.76", JsonDocument.Parse(lines[0]).RootElement.GetProperty("total").GetRawText());
        var rules = RuleSetCatalog.Shipped.Load("yangxi-department-overall", "1.0.0").GetValueOrThrow();
        Assert.Equal(rules.Score(JsonInputReader.Read(lower).GetValueOrThrow()).Total, JsonDocument.Parse(lines[1]).RootElement.GetProperty("total").GetDecimal());
        Assert.NotEqual(lines[0], lines[1]);
    }

    [Fact]
    public async Task Score_JsonLinesWithBadRecords_Is400NamingEachRecordsLine()
    {
        await using var server = await LiveServer.StartAsync();
        var good = OneLine(Sample);

        using var response = await server.PostAsync(Yangxi + "/score", good + "\n{ not json\n" + good + "\n" + good.Replace("\"initial_budget\":483.15,", string.Empty, StringComparison.Ordinal) + "\n", "application/x-ndjson");

        var diagnostics = await Diagnostics(response, HttpStatusCode.BadRequest);
        Assert.Contains(diagnostics, d => d.Code == "PE0401" && d.Line == 2 && d.Column > 0);
        Assert.Contains(diagnostics, d => d.Code == "PE0402" && d.Line == 4 && d.Message.Contains("initial_budget", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Line is 1 or 3);
    }

    [Fact]
    public async Task Score_MalformedJson_Is400WithLineAndColumn()
    {
        await using var server = await LiveServer.StartAsync();

        using var response = await server.PostAsync(Yangxi + "/score", "{\n  \"values\": {\n    \"initial_budget\": 483.15,,\n");

        var error = Assert.Single(await Diagnostics(response, HttpStatusCode.BadRequest));
        Assert.Equal(("PE0401", "error", "request", 3), (error.Code, error.Severity, error.File, error.Line));
        Assert.True(error.Column > 0);
    }

    [Fact]
    public async Task Score_IncompleteInput_Is400ListingEveryMissingValueAndJudgement()
    {
        await using var server = await LiveServer.StartAsync();
        var rules = RuleSetCatalog.Shipped.Load("yangxi-department-overall", "1.0.0").GetValueOrThrow().Definition;

        using var response = await server.PostAsync(Yangxi + "/score", "{ \"values\": {}, \"judgements\": {} }");

        var diagnostics = await Diagnostics(response, HttpStatusCode.BadRequest);
        Assert.Equal(rules.Inputs.Count(i => i.Required), diagnostics.Count(d => d.Code == "PE0402"));
    }

    [Fact]
    public async Task Score_JudgementAboveItsPoints_Is400NamingTheIndicator()
    {
        await using var server = await LiveServer.StartAsync();

        using var response = await server.PostAsync(Yangxi + "/score", Sample.Replace("\"duty_performance\": { \"score\": 20", "\"duty_performance\": { \"score\": 21", StringComparison.Ordinal));

        var diagnostics = await Diagnostics(response, HttpStatusCode.BadRequest);
        Assert.Contains(diagnostics, d => d.Code == "PE0407" && d.Indicator == "duty_performance" && d.Line > 0);
    }

    [Fact]
    public async Task Score_EmptyBody_Is400()
    {
        await using var server = await LiveServer.StartAsync();

        using var json = await server.PostAsync(Yangxi + "/score", string.Empty);
        using var lines = await server.PostAsync(Yangxi + "/score", "\n \n", "application/x-ndjson");

        Assert.Equal("PE0906", Assert.Single(await Diagnostics(json, HttpStatusCode.BadRequest)).Code);
        Assert.Equal("PE0906", Assert.Single(await Diagnostics(lines, HttpStatusCode.BadRequest)).Code);
    }

    [Fact]
    public async Task Score_BodyNeitherJsonNorJsonLines_Is415()
    {
        await using var server = await LiveServer.StartAsync();

        using var response = await server.PostAsync(Yangxi + "/score", Sample, "text/csv");

        Assert.Equal("PE0904", Assert.Single(await Diagnostics(response, HttpStatusCode.UnsupportedMediaType)).Code);
    }

    [Fact]
    public async Task Score_UnknownLanguage_Is400()
    {
        await using var server = await LiveServer.StartAsync();

        using var response = await server.PostAsync(Yangxi + "/score?lang=fr", Sample);

        Assert.Equal("PE0905", Assert.Single(await Diagnostics(response, HttpStatusCode.BadRequest)).Code);
    }

    [Theory]
    [InlineData("rulesets/no-such-rules/1.0.0/score")]
    [InlineData("rulesets/yangxi-department-overall/9.9.9/score")]
    public async Task Score_RuleSetNotInTheCatalogue_Is404(string path)
    {
        await using var server = await LiveServer.StartAsync();

        using var score = await server.PostAsync(path, Sample);
        using var describe = await server.Client.GetAsync(path[..^"/score".Length]);
        using var template = await server.Client.GetAsync(path[..^"/score".Length] + "/template");

        Assert.Equal("PE0108", Assert.Single(await Diagnostics(score, HttpStatusCode.NotFound)).Code);
        Assert.Equal("PE0108", Assert.Single(await Diagnostics(describe, HttpStatusCode.NotFound)).Code);
        Assert.Equal("PE0108", Assert.Single(await Diagnostics(template, HttpStatusCode.NotFound)).Code);
    }

    [Fact]
    public async Task Score_RuleSetThatDoesNotLoad_Is503WithTheRuleFilesDiagnostics()
    {
        var folder = Directory.CreateTempSubdirectory("perfeval-serve-").FullName;
        try
        {
            File.Copy(Repo.Rules("yangxi-2023.yaml"), Path.Combine(folder, "yangxi-2023.yaml"));
            File.WriteAllText(Path.Combine(folder, "broken.yaml"), "format: perfeval/1\nid: broken\nversion: 1.0.0\ntitle: 坏\ntotal: 10\ngrades:\n  - { grade: excellent, label: 优, gte: 0, lte: 10 }\nindicators:\n  - { id: a, name: 甲, weight: 9, formula: weight }\n");
            await using var server = await LiveServer.StartAsync(new PerfEvalServiceOptions { Catalog = RuleSetCatalog.FromDirectory(folder) });

            using var broken = await server.PostAsync("rulesets/broken/1.0.0/score", "{}");
            using var good = await server.PostAsync(Yangxi + "/score", Sample);

            var diagnostics = await Diagnostics(broken, HttpStatusCode.ServiceUnavailable);
            Assert.Contains(diagnostics, d => d.Code == "PE0204" && d.File!.EndsWith("broken.yaml", StringComparison.Ordinal) && d.Line > 0);
            Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Score_BodyOverTheLimit_Is413WhetherItsLengthIsDeclaredOrNot()
    {
        await using var server = await LiveServer.StartAsync(new PerfEvalServiceOptions { MaxBodyBytes = 1000 });

        using var declared = await server.PostAsync(Yangxi + "/score", Sample);
        using var chunked = new StreamContent(new TrickleStream(Encoding.UTF8.GetBytes(Sample), 512));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var streamed = await server.Client.PostAsync(Yangxi + "/score", chunked);
        using var small = await server.PostAsync(Yangxi + "/score", "{}");

        Assert.Null(chunked.Headers.ContentLength);
        Assert.Equal("PE0901", Assert.Single(await Diagnostics(declared, HttpStatusCode.RequestEntityTooLarge)).Code);
        Assert.Equal("PE0901", Assert.Single(await Diagnostics(streamed, HttpStatusCode.RequestEntityTooLarge)).Code);
        Assert.Equal(HttpStatusCode.BadRequest, small.StatusCode);
    }

    [Fact]
    public async Task Score_MoreRecordsThanTheLimit_Is413()
    {
        await using var server = await LiveServer.StartAsync(new PerfEvalServiceOptions { MaxRecordsPerRequest = 3 });
        var line = OneLine(Sample) + "\n";

        using var four = await server.PostAsync(Yangxi + "/score", string.Concat(Enumerable.Repeat(line, 4)), "application/x-ndjson");
        using var three = await server.PostAsync(Yangxi + "/score", string.Concat(Enumerable.Repeat(line, 3)), "application/x-ndjson");

        var error = Assert.Single(await Diagnostics(four, HttpStatusCode.RequestEntityTooLarge));
        Assert.Equal("PE0902", error.Code);
        Assert.Contains("4 records", error.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, three.StatusCode);
    }

    [Fact]
    public async Task Score_BodySlowerThanTheTimeLimit_Is408()
    {
        await using var server = await LiveServer.StartAsync(new PerfEvalServiceOptions { RequestTimeout = TimeSpan.FromMilliseconds(300) });
        using var slow = new StallingContent(Encoding.UTF8.GetBytes(Sample), TimeSpan.FromSeconds(3));
        slow.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        // Had the service waited for the whole body (3 s), it would have scored it: 200.
        using var response = await server.Client.PostAsync(Yangxi + "/score", slow);

        Assert.Equal("PE0903", Assert.Single(await Diagnostics(response, HttpStatusCode.RequestTimeout)).Code);
    }

    [Fact]
    public async Task Endpoint_ThatThrows_Is500WithADiagnosticAndNoStackTraceOrMessage()
    {
        await using var server = await LiveServer.StartAsync(
            builder => builder.Services.AddPerfEval(),
            app =>
            {
                var group = app.MapPerfEval();
                group.MapGet("/boom", string () => throw new InvalidOperationException("secret detail"));
                group.MapGet("/bad-input", string () => throw new InputException(new[] { new Diagnostic("PE0402", DiagnosticSeverity.Error, "Missing required input 'x'.", "request") }));
            });

        using var boom = await server.Client.GetAsync("boom");
        var text = await boom.Content.ReadAsStringAsync();
        using var badInput = await server.Client.GetAsync("bad-input");

        var error = Assert.Single(await Diagnostics(boom, HttpStatusCode.InternalServerError));
        Assert.Equal("PE0999", error.Code);
        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
        Assert.Equal("PE0402", Assert.Single(await Diagnostics(badInput, HttpStatusCode.BadRequest)).Code);
    }

    [Fact]
    public async Task Score_1000ConcurrentRequests_AllGetTheSameAnswerFromOneCompiledRuleSet()
    {
        await using var server = await LiveServer.StartAsync();
        var expected = JsonRenderer.Render(RuleSetCatalog.Shipped.Load("yangxi-department-overall", "1.0.0").GetValueOrThrow().Score(JsonInputReader.Read(Sample, "request").GetValueOrThrow()));
        using var start = new ManualResetEventSlim();

        var requests = Enumerable.Range(0, 1000).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            using var response = await server.PostAsync(Yangxi + "/score", Sample);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        })).ToList();
        start.Set();
        var answers = await Task.WhenAll(requests);

        Assert.All(answers, a => Assert.Equal(200, a.Item1));
        Assert.Single(answers.Select(a => a.Item2).Distinct(StringComparer.Ordinal));
        Assert.Equal(expected, answers[0].Item2);
        Assert.Equal(1, server.Provider.Compilations);
    }

    [Fact]
    public async Task WhatIf_SpendingRaised_GivesBothScorecardsAndEveryIndicatorThatMoved()
    {
        await using var server = await LiveServer.StartAsync();

        using var response = await server.PostAsync(Yangxi + "/whatif?lang=zh", "{ \"input\": " + Sample + ",\n  \"changes\": { \"values\": { \"actual_spending\": 2774.62 } } }");
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var body = JsonDocument.Parse(text).RootElement;
        var rules = RuleSetCatalog.Shipped.Load("yangxi-department-overall", "1.0.0").GetValueOrThrow();
        var expected = rules.WhatIf(JsonInputReader.Read(Sample).GetValueOrThrow(), InputValues.CreateBuilder().Set("actual_spending", 2774.62m).Build()).GetValueOrThrow();
        Assert.Equal("92.76", body.GetProperty("before").GetProperty("total").GetRawText());
        Assert.Equal(expected.After.Total, body.GetProperty("after").GetProperty("total").GetDecimal());
        Assert.Equal(expected.TotalChange, body.GetProperty("totalChange").GetDecimal());
        Assert.Equal(expected.Changes.Select(c => c.Id), body.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.Contains("budget_execution_rate", expected.Changes.Select(c => c.Id));
        var applied = Assert.Single(body.GetProperty("applied").EnumerateArray().ToList());
        Assert.Equal(("actual_spending", "2679.48", "2774.62", "95.14"), (applied.GetProperty("name").GetString(), applied.GetProperty("before").GetRawText(), applied.GetProperty("after").GetRawText(), applied.GetProperty("delta").GetRawText()));
    }

    [Fact]
    public async Task WhatIf_ChangeOfAnUnknownInput_Is400OnTheBodysLine()
    {
        await using var server = await LiveServer.StartAsync();
        var inputLines = Sample.Split('\n').Length;

        using var response = await server.PostAsync(Yangxi + "/whatif", "{ \"input\": " + Sample + ",\n  \"changes\": { \"values\": { \"actual_spendin\": 1 } } }");

        var error = Assert.Single(await Diagnostics(response, HttpStatusCode.BadRequest), d => d.Severity == "error");
        Assert.Equal("PE0405", error.Code);
        Assert.Equal(inputLines + 1, error.Line);
    }

    /// <summary>
    /// With <c>?lang=zh</c> every diagnostic of a failure is in Chinese: the library's (moved onto the body's line with its
    /// message kept) and the service's own; without it, English.
    /// </summary>
    [Fact]
    public async Task Failure_InChinese_WordsEveryDiagnosticInChinese()
    {
        await using var server = await LiveServer.StartAsync();
        var body = "{ \"input\": " + Sample + ",\n  \"changes\": { \"values\": { \"actual_spendin\": 1 } } }";

        using var whatIf = await server.PostAsync(Yangxi + "/whatif?lang=zh", body);
        using var whatIfEnglish = await server.PostAsync(Yangxi + "/whatif", body);
        using var empty = await server.PostAsync(Yangxi + "/score?lang=zh", string.Empty);
        using var media = await server.PostAsync(Yangxi + "/score?lang=zh", Sample, "text/csv");

        var error = Assert.Single(await Diagnostics(whatIf, HttpStatusCode.BadRequest), d => d.Severity == "error");
        Assert.Equal(("PE0405", Sample.Split('\n').Length + 1), (error.Code, error.Line));
        Assert.Contains("actual_spending", error.Message, StringComparison.Ordinal);
        Assert.Matches("[\u4e00-\u9fff]", error.Message);
        Assert.DoesNotMatch("[\u4e00-\u9fff]", Assert.Single(await Diagnostics(whatIfEnglish, HttpStatusCode.BadRequest), d => d.Severity == "error").Message);
        Assert.Equal("请求体为空；请以 JSON 发送一条输入（“subject”“values”“judgements”）。", Assert.Single(await Diagnostics(empty, HttpStatusCode.BadRequest)).Message);
        Assert.Equal("请求体类型为“text/csv”；请以“application/json”发送一条输入，或以“application/x-ndjson”每行发送一条输入。", Assert.Single(await Diagnostics(media, HttpStatusCode.UnsupportedMediaType)).Message);
    }

    [Theory]
    [InlineData("{ \"input\": {} }")]
    [InlineData("[1, 2]")]
    [InlineData("{ \"input\": {}, \"changes\": ")]
    public async Task WhatIf_BodyWithoutInputAndChanges_Is400(string body)
    {
        await using var server = await LiveServer.StartAsync();

        using var response = await server.PostAsync(Yangxi + "/whatif", body);

        Assert.Equal("PE0401", Assert.Single(await Diagnostics(response, HttpStatusCode.BadRequest)).Code);
    }

    [Fact]
    public async Task Reach_Total95_SaysThePointsNeededAndAPlanThatReachesIt()
    {
        await using var server = await LiveServer.StartAsync();

        using var response = await server.PostAsync(Yangxi + "/reach?total=95", Sample);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var body = JsonDocument.Parse(text).RootElement;
        var expected = RuleSetCatalog.Shipped.Load("yangxi-department-overall", "1.0.0").GetValueOrThrow().Reach(JsonInputReader.Read(Sample).GetValueOrThrow(), PerfEval.WhatIf.ReachTarget.ForTotal(95m)).GetValueOrThrow();
        Assert.Equal(2.24m, body.GetProperty("pointsNeeded").GetDecimal());
        Assert.False(body.GetProperty("isReached").GetBoolean());
        Assert.Equal(expected.Indicators.Select(i => i.Id), body.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(expected.IsReachable, body.GetProperty("isReachable").GetBoolean());
        if (expected.Plan is { } plan)
        {
            Assert.True(body.GetProperty("plan").GetProperty("total").GetDecimal() >= 95m);
            Assert.Equal(plan.Changes.Select(c => c.Change.Name), body.GetProperty("plan").GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("change").GetProperty("name").GetString()));
        }
    }

    [Fact]
    public async Task Reach_Excellent_IsAlreadyReachedBy9276()
    {
        await using var server = await LiveServer.StartAsync();

        using var response = await server.PostAsync(Yangxi + "/reach", Sample);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("excellent", 90m, true, 0m), (body.GetProperty("target").GetString(), body.GetProperty("targetTotal").GetDecimal(), body.GetProperty("isReached").GetBoolean(), body.GetProperty("pointsNeeded").GetDecimal()));
    }

    [Theory]
    [InlineData("?grade=splendid")]
    [InlineData("?total=lots")]
    [InlineData("?grade=good&total=95")]
    public async Task Reach_BadTarget_Is400(string query)
    {
        await using var server = await LiveServer.StartAsync();

        using var response = await server.PostAsync(Yangxi + "/reach" + query, Sample);

        Assert.Equal("PE0905", Assert.Single(await Diagnostics(response, HttpStatusCode.BadRequest)).Code);
    }

    [Fact]
    public async Task Workbook_YangxiSample_IsTheInputWorkbookThatReadsBackToTheSameScore()
    {
        await using var server = await LiveServer.StartAsync();

        using var response = await server.PostAsync(Yangxi + "/workbook?lang=zh", Sample);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        var rules = RuleSetCatalog.Shipped.Load("yangxi-department-overall", "1.0.0").GetValueOrThrow();
        var read = PerfEval.Office.InputWorkbook.Read(new MemoryStream(bytes), "input.xlsx", rules.Definition);
        Assert.True(read.IsSuccess, string.Join("\n", read.Diagnostics));
        Assert.Equal(92.76m, rules.Score(read.Value!).Total);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesEveryEndpoint()
    {
        await using var server = await LiveServer.StartAsync();

        using var response = await server.Client.GetAsync("openapi/perfeval.json");
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths");
        Assert.Equal(
            new[] { "/rulesets", "/rulesets/{id}/{version}", "/rulesets/{id}/{version}/reach", "/rulesets/{id}/{version}/score", "/rulesets/{id}/{version}/template", "/rulesets/{id}/{version}/whatif", "/rulesets/{id}/{version}/workbook" },
            paths.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var score = paths.GetProperty("/rulesets/{id}/{version}/score").GetProperty("post");
        Assert.True(score.GetProperty("responses").TryGetProperty("413", out _));
        Assert.True(score.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/x-ndjson", out _));
        Assert.True(document.GetProperty("components").GetProperty("schemas").TryGetProperty("ErrorBody", out _));
    }

    [Fact]
    public async Task MapPerfEval_UnderAPrefix_ServesThereOnly()
    {
        await using var server = await LiveServer.StartAsync(builder => builder.Services.AddPerfEval(), app => app.MapPerfEval("/perfeval"));

        using var inside = await server.Client.GetAsync("perfeval/rulesets");
        using var outside = await server.Client.GetAsync("rulesets");
        using var page = await server.Client.GetAsync("perfeval/");

        Assert.Equal(HttpStatusCode.OK, inside.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task MapPerfEval_WithoutAddPerfEval_SaysWhatToCall()
    {
        var builder = WebApplication.CreateSlimBuilder();
        await using var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapPerfEval());

        Assert.Contains("AddPerfEval", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPerfEval_NonPositiveLimit_Throws()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();

        Assert.Throws<ArgumentOutOfRangeException>(() => services.AddPerfEval(new PerfEvalServiceOptions { MaxBodyBytes = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => services.AddPerfEval(new PerfEvalServiceOptions { MaxRecordsPerRequest = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => services.AddPerfEval(new PerfEvalServiceOptions { RequestTimeout = TimeSpan.Zero }));
    }

    [Fact]
    public async Task Page_AtTheRoot_IsChineseAndLoadsNothingFromAnotherSite()
    {
        await using var server = await LiveServer.StartAsync();

        using var page = await server.Client.GetAsync(string.Empty);
        var html = await page.Content.ReadAsStringAsync();
        var script = await server.Client.GetStringAsync("page/app.js");
        var style = await server.Client.GetStringAsync("page/app.css");

        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("src=\"page/app.js\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"page/app.css\"", html, StringComparison.Ordinal);
        foreach (var text in new[] { html, script, style })
        {
            Assert.DoesNotMatch(@"(src|href)\s*=\s*[""']?(https?:)?//|@import|url\(\s*[""']?(https?:)?//|fetch\(\s*[""']https?:", text);
        }
    }

    [Fact]
    public void ServerCodes_AreListedInTheDiagnosticsDocument()
    {
        var doc = File.ReadAllText(Path.Combine(Repo.Root, "docs", "diagnostics.md"));
        var codes = typeof(ServerCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Contains("| " + code + " |", doc, StringComparison.Ordinal));
    }

    internal static string OneLine(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return JsonSerializer.Serialize(document.RootElement, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static async Task<List<DiagnosticLine>> Diagnostics(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode} {response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        return body.GetProperty("diagnostics").EnumerateArray().Select(d => new DiagnosticLine(
            d.GetProperty("code").GetString()!,
            d.GetProperty("severity").GetString()!,
            d.GetProperty("message").GetString()!,
            d.GetProperty("file").GetString(),
            d.GetProperty("line").GetInt32(),
            d.GetProperty("column").GetInt32(),
            d.GetProperty("indicator").GetString())).ToList();
    }

    private sealed record DiagnosticLine(string Code, string Severity, string Message, string? File, int Line, int Column, string? Indicator);

    /// <summary>A body that sends (and flushes) its first bytes, then stalls before sending the rest.</summary>
    private sealed class StallingContent(byte[] bytes, TimeSpan stall) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync(bytes.AsMemory(0, 16));
            await stream.FlushAsync();
            await Task.Delay(stall);
            await stream.WriteAsync(bytes.AsMemory(16));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    /// <summary>A body of unknown length (sent chunked), a chunk at a time.</summary>
    private sealed class TrickleStream(byte[] bytes, int chunk) : Stream
    {
        private int sent;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var count = Math.Min(Math.Min(chunk, buffer.Length), bytes.Length - sent);
            bytes.AsMemory(sent, count).CopyTo(buffer);
            sent += count;
            return ValueTask.FromResult(count);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
