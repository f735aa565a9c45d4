using System.Text.Encodings.Web;
using System.Text.Json;

namespace PerfEval.Server;

/// <summary>The service's JSON options: camelCase, indented, Chinese written as itself rather than as <c>\uXXXX</c>.</summary>
internal static class ServerJson
{
    public static ServerJsonContext Context { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
