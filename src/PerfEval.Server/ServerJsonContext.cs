using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfEval.Server;

/// <summary>The service's JSON, generated at build time (no reflection, so Native AOT and trimming keep it).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(IReadOnlyList<RuleSetSummary>))]
[JsonSerializable(typeof(RuleSetForm))]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class ServerJsonContext : JsonSerializerContext
{
}
