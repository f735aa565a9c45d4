using System.Globalization;
using System.Text.Json.Nodes;
using PerfEval.Loading;
using PerfEval.Results;
using YamlDotNet.Core;

namespace PerfEval.Tests.Support;

/// <summary>Turns a rule file into JSON (plain numbers and booleans typed, everything else text) to check it against the schema.</summary>
internal static class YamlJson
{
    public static JsonNode? Convert(string yaml)
    {
        var sink = new DiagnosticSink("schema-test");
        var root = YamlTreeReader.Read(yaml, sink, RuleSetLimits.Default.MaxYamlDepth);
        Assert.False(sink.HasErrors, string.Join("\n", sink.Items));
        return Convert(root!);
    }

    private static JsonNode? Convert(YNode node) => node switch
    {
        YMapping mapping => new JsonObject(mapping.Entries.Select(e => KeyValuePair.Create(e.Key.Value, Convert(e.Value)))),
        YSequence sequence => new JsonArray(sequence.Items.Select(Convert).ToArray()),
        YScalar { IsNull: true } => null,
        YScalar { Style: ScalarStyle.Plain, Value: "true" } => JsonValue.Create(true),
        YScalar { Style: ScalarStyle.Plain, Value: "false" } => JsonValue.Create(false),
        YScalar { Style: ScalarStyle.Plain } s when decimal.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        YScalar s => JsonValue.Create(s.Value),
        _ => throw new InvalidOperationException(),
    };
}
