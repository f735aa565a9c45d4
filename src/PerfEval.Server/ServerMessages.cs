using PerfEval.Results;

namespace PerfEval.Server;

/// <summary>The service's own messages (outside the library's diagnostics), in English and Chinese, as the library's catalogue is.</summary>
internal static class ServerMessages
{
    public static readonly MessageTemplate UnsupportedMediaType = new("server.media-type", "The body is '{type}'; send one input as application/json, or one input per line as application/x-ndjson.", "请求体类型为“{type}”；请以“application/json”发送一条输入，或以“application/x-ndjson”每行发送一条输入。");
    public static readonly MessageTemplate UnsupportedMediaTypeJson = new("server.media-type-json", "The body is '{type}'; send it as application/json.", "请求体类型为“{type}”；请以“application/json”发送。");
    public static readonly MessageTemplate BodyTooLarge = new("server.body-too-large", "The body holds more than {limit} bytes, the limit of a request; send fewer records per request.", "请求体超过单次请求上限{limit}字节；请减少每次请求的记录数。");
    public static readonly MessageTemplate HostBodyTooLarge = new("server.host-body-too-large", "The body is larger than the server accepts; send fewer records per request.", "请求体超过服务器可接收的大小；请减少每次请求的记录数。");
    public static readonly MessageTemplate RequestTimeout = new("server.timeout", "The request took longer than {seconds} seconds, the limit of a request; send fewer records per request.", "请求用时超过单次请求上限{seconds}秒；请减少每次请求的记录数。");
    public static readonly MessageTemplate GradeAndTotal = new("server.grade-and-total", "Give grade or total, not both.", "请给出“grade”或“total”二者之一，不能同时给出。");
    public static readonly MessageTemplate BadTotal = new("server.bad-total", "total is '{total}'; give a number of points, e.g. 95.", "“total”为“{total}”；请给出分数，例如“95”。");
    public static readonly MessageTemplate UnknownGrade = new("server.unknown-grade", "grade is '{grade}'; this rule set grades {grades}.", "“grade”为“{grade}”；本规则集的等级为{grades}。");
    public static readonly MessageTemplate EmptyBody = new("server.empty-body", "The body is empty; send an input (subject, values, judgements) as JSON.", "请求体为空；请以 JSON 发送一条输入（“subject”“values”“judgements”）。");
    public static readonly MessageTemplate NoRecord = new("server.no-record", "The body holds no record; send one input per line.", "请求体中没有记录；请每行发送一条输入。");
    public static readonly MessageTemplate TooManyRecords = new("server.too-many-records", "The body holds {count} records, more than {limit}, the limit of a request; split it.", "请求体含{count}条记录，超过单次请求上限{limit}条；请分批发送。");
    public static readonly MessageTemplate BadLanguage = new("server.bad-lang", "lang is '{lang}'; use en or zh.", "“lang”为“{lang}”；请使用“en”或“zh”。");
    public static readonly MessageTemplate NotJson = new("server.not-json", "The body is not valid JSON: {message}", "请求体不是有效的 JSON：“{message}”");
    public static readonly MessageTemplate WhatIfParts = new("server.whatif-parts", "The body needs both \"input\" (the input as scored) and \"changes\" ({{ \"values\": {{…}}, \"judgements\": {{…}} }}).", "请求体应同时含有“input”（原输入）和“changes”（“{{ \"values\": {{…}}, \"judgements\": {{…}} }}”）。");
    public static readonly MessageTemplate WhatIfNotObject = new("server.whatif-not-object", "The body is not a JSON object {{ \"input\": {{…}}, \"changes\": {{…}} }}.", "请求体不是“{{ \"input\": {{…}}, \"changes\": {{…}} }}”形式的 JSON 对象。");
    public static readonly MessageTemplate InternalError = new("server.internal-error", "Internal error inside PerfEval; the server's log has the details (please report this).", "PerfEval 内部错误，详情见服务器日志（请向开发方报告此问题）。");
}
