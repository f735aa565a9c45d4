using System.Text.Json.Nodes;
using Json.Schema;
using PerfEval.Loading;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Loading;

/// <summary>The JSON Schema for editors (docs/schema/perfeval-1.schema.json) accepts every shipped rule file and matches the reader key for key.</summary>
public sealed class RuleFileSchemaTests
{
    private const string SchemaLine = "# yaml-language-server: $schema=../docs/schema/perfeval-1.schema.json";

    private static readonly string SchemaPath = Path.Combine(Repo.Root, "docs", "schema", "perfeval-1.schema.json");
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(SchemaPath));

    public static TheoryData<string> RuleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Repo.AllRuleFiles())
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void RuleFile_FirstLine_NamesTheSchema(string file) => Assert.Equal(SchemaLine, File.ReadLines(Repo.Rules(file)).First());

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void RuleFile_ValidatesAgainstTheSchema(string file)
    {
        var results = Validate(File.ReadAllText(Repo.Rules(file)));
        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Schema_RejectsAnUnknownKeyAndAMissingRequiredOne()
    {
        var bad = Some.Header() + "indicators:\n  - { id: a, name: A, weight: 100, formula: weight, wieght: 3 }\n";
        Assert.False(Validate(bad).IsValid);
        Assert.False(Validate("format: perfeval/1\nid: x\nversion: 1.0.0\n").IsValid);
        Assert.True(Validate("format: perfeval/1\nid: x\nversion: 2.0.0\nextends: x@1.0.0\n").IsValid);
    }

    [Fact]
    public void Schema_AndReader_AcceptTheSameKeys()
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaPath))!;
        foreach (var (kind, keys) in RuleFileKeys.ByKind)
        {
            var definition = kind == "root" ? schema : schema["$defs"]![kind]!;
            var inSchema = definition["properties"]!.AsObject().Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal);
            var patch = RuleFileKeys.PatchKeysByKind.TryGetValue(kind, out var extra) ? extra : Array.Empty<string>();
            var inReader = keys.Concat(patch).OrderBy(k => k, StringComparer.Ordinal);
            Assert.True(inSchema.SequenceEqual(inReader), $"{kind}: schema has [{string.Join(", ", inSchema)}], reader has [{string.Join(", ", inReader)}]");
        }

        var defined = schema["$defs"]!.AsObject().Select(p => p.Key).Append("root").OrderBy(k => k, StringComparer.Ordinal);
        Assert.Equal(RuleFileKeys.ByKind.Keys.OrderBy(k => k, StringComparer.Ordinal), defined);
    }

    private static EvaluationResults Validate(string yaml)
    {
        using var document = System.Text.Json.JsonDocument.Parse(YamlJson.Convert(yaml)!.ToJsonString());
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }
}
