using System.Globalization;
using System.Text.RegularExpressions;
using Json.Schema;
using PerfEval.Cli;
using PerfEval.Inputs;
using PerfEval.Loading;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Docs;

/// <summary>
/// docs/authoring.md is executable: every complete rule file in it (a yaml block starting <c># example: NAME</c>) loads
/// without diagnostics, every input for an example (a json block starting <c>// input for: NAME</c>) scores what its
/// <c>// expect …</c> lines state, every fragment of an example or shipped file (<c># fragment of: …</c>) is made of
/// that file's lines, and every quoted command (a text block starting <c>$ perfeval</c>) prints what the guide shows.
/// </summary>
public sealed class AuthoringDocTests : IDisposable
{
    private const string ExampleMarker = "# example: ";
    private const string FragmentMarker = "# fragment";
    private const string FragmentOfMarker = "# fragment of: ";
    private const string InputMarker = "// input for: ";
    private const string CommandPrompt = "$ perfeval ";
    private const string Elision = "…";

    private static readonly Lazy<IReadOnlyList<Block>> Blocks = new(() => Block.Parse(File.ReadAllText(Path.Combine(Repo.Root, "docs", "authoring.md"))));
    private static readonly Regex Expectation = new(@"^//\s*expect\s+(?<key>[^:\s]+)\s*:\s*(?<value>\S.*?)\s*$", RegexOptions.CultureInvariant);
    // A registry of its own: the schema's $id is already registered globally by RuleFileSchemaTests.
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(Repo.Root, "docs", "schema", "perfeval-1.schema.json")), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private readonly string folder = Path.Combine(Path.GetTempPath(), "perfeval-authoring-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> ExampleNames()
    {
        var data = new TheoryData<string>();
        foreach (var example in Examples())
        {
            data.Add(example.Name);
        }

        return data;
    }

    public static TheoryData<string> ExamplesNamedAfterFiles()
    {
        var data = new TheoryData<string>();
        foreach (var example in Examples().Where(e => e.Name.Contains('/', StringComparison.Ordinal)))
        {
            data.Add(example.Name);
        }

        return data;
    }

    public static TheoryData<string, int> ExampleInputs()
    {
        var data = new TheoryData<string, int>();
        foreach (var group in Inputs().GroupBy(i => i.Name))
        {
            for (var i = 1; i <= group.Count(); i++)
            {
                data.Add(group.Key, i);
            }
        }

        return data;
    }

    public static TheoryData<int, string> QuotedCommands()
    {
        var data = new TheoryData<int, string>();
        var number = 0;
        foreach (var block in Blocks.Value.Where(IsCommand))
        {
            data.Add(++number, block.Lines[0]);
        }

        return data;
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void YamlBlocks_EveryBlockInTheGuide_StartsWithExampleOrFragment()
    {
        var yaml = Blocks.Value.Where(b => b.Language == "yaml").ToList();
        Assert.NotEmpty(yaml);
        var unmarked = yaml.Where(b => b.Lines.Count == 0 || !(b.Lines[0].StartsWith(ExampleMarker, StringComparison.Ordinal) || b.Lines[0].StartsWith(FragmentMarker, StringComparison.Ordinal))).ToList();
        Assert.True(unmarked.Count == 0, "yaml blocks must start with '# example: NAME' or '# fragment': " + string.Join(", ", unmarked.Select(b => $"line {b.Line}")));
    }

    [Fact]
    public void Examples_InTheGuide_HaveUniqueNamesAndEveryInputAndFragmentNamesOne()
    {
        var names = Examples().Select(e => e.Name).ToList();
        Assert.NotEmpty(names);
        Assert.Equal(names.Distinct(StringComparer.Ordinal).Count(), names.Count);
        foreach (var input in Inputs())
        {
            Assert.True(names.Contains(input.Name), $"line {input.Block.Line}: '// input for: {input.Name}' names no example");
            Assert.True(Expectations(input.Block).ContainsKey("total"), $"line {input.Block.Line}: an input for '{input.Name}' states no '// expect total:'");
        }

        foreach (var (block, target) in Fragments())
        {
            Assert.True(names.Contains(target) || File.Exists(Path.Combine(Repo.Root, target)), $"line {block.Line}: '# fragment of: {target}' names neither an example nor a file of the repository");
        }
    }

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Load_ExampleInTheGuide_HasNoDiagnostics(string name)
    {
        var result = RuleSetLoader.Load(ExampleText(name), name);

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Schema_ExampleInTheGuide_Validates(string name)
    {
        using var document = System.Text.Json.JsonDocument.Parse(YamlJson.Convert(ExampleText(name))!.ToJsonString());
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Theory]
    [MemberData(nameof(ExamplesNamedAfterFiles))]
    public void Example_NamedAfterARepositoryFile_EqualsThatFile(string name)
    {
        var path = Path.Combine(Repo.Root, name);
        Assert.True(File.Exists(path), $"example '{name}' is named like a file of the repository, but there is none");
        var body = string.Join("\n", Example(name).Block.Lines.Skip(1));
        Assert.Equal(Normalize(File.ReadAllText(path)), body);
    }

    [Theory]
    [MemberData(nameof(ExampleInputs))]
    public void Evaluate_InputForAnExampleInTheGuide_ScoresWhatTheGuideStates(string name, int ordinal)
    {
        var input = Inputs().Where(i => i.Name == name).ElementAt(ordinal - 1);
        var rules = RuleSetLoader.Load(ExampleText(name), name).GetValueOrThrow();
        var read = JsonInputReader.Read(string.Join("\n", input.Block.Lines), $"docs/authoring.md:{input.Block.Line}");
        Assert.True(read.IsSuccess, string.Join("\n", read.Diagnostics));

        var result = rules.Evaluate(read.Value!);

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        var card = result.Value!;
        foreach (var (key, value) in Expectations(input.Block))
        {
            switch (key)
            {
                case "total":
                    Assert.Equal(Number(value), card.Total);
                    break;
                case "grade":
                    Assert.Equal(value, card.Grade.Label);
                    break;
                default:
                    Assert.True(card.TryGetIndicator(key, out var indicator), $"'// expect {key}:' names no indicator of '{name}'");
                    Assert.True(Number(value) == indicator.Score, $"{key}: the guide states {value}, the evaluator gives {indicator.Score}");
                    break;
            }
        }
    }

    [Fact]
    public void Fragments_OfAnExampleOrFile_ConsistOfItsLines()
    {
        var fragments = Fragments().ToList();
        Assert.NotEmpty(fragments);
        foreach (var (block, target) in fragments)
        {
            var text = Examples().Any(e => e.Name == target) ? ExampleText(target) : Normalize(File.ReadAllText(Path.Combine(Repo.Root, target)));
            var lines = new HashSet<string>(text.Split('\n').Select(l => l.Trim()), StringComparer.Ordinal);
            var foreign = block.Lines.Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0 && !lines.Contains(l)).ToList();
            Assert.True(foreign.Count == 0, $"line {block.Line}: the fragment of {target} has lines that {target} does not:\n{string.Join("\n", foreign)}");
        }
    }

    [Theory]
    [MemberData(nameof(QuotedCommands))]
    public void Run_CommandQuotedInTheGuide_PrintsWhatTheGuideShows(int number, string command)
    {
        var block = Blocks.Value.Where(IsCommand).ElementAt(number - 1);
        Assert.Equal(command, block.Lines[0]);
        var arguments = command.Substring(CommandPrompt.Length).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var replacements = new List<(string Path, string Token)>();
        for (var i = 0; i < arguments.Length; i++)
        {
            if (Materialize(arguments[i]) is { } path)
            {
                replacements.Add((path, arguments[i]));
                arguments[i] = path;
            }
        }

        using var output = new StringWriter(CultureInfo.InvariantCulture);
        Commands.Build(output, output).Parse(arguments).Invoke();

        var printed = output.ToString();
        foreach (var (path, token) in replacements)
        {
            printed = printed.Replace(path, token, StringComparison.Ordinal);
        }

        var actual = Normalize(printed).Split('\n').Select(l => l.TrimEnd()).ToList();
        while (actual.Count > 0 && actual[^1].Length == 0)
        {
            actual.RemoveAt(actual.Count - 1);
        }

        var expected = block.Lines.Skip(1).Select(l => l.TrimEnd()).ToList();
        Assert.True(Matches(expected, actual), $"line {block.Line}: {command}\n--- the guide shows:\n{string.Join("\n", expected)}\n--- the command prints:\n{string.Join("\n", actual)}");
    }

    /// <summary>Whether the actual lines are the expected ones, where a line "…" stands for any run of lines.</summary>
    private static bool Matches(List<string> expected, List<string> actual)
    {
        var segments = new List<List<string>> { new() };
        foreach (var line in expected)
        {
            if (line.Trim() == Elision)
            {
                segments.Add(new List<string>());
            }
            else
            {
                segments[^1].Add(line);
            }
        }

        var position = 0;
        for (var s = 0; s < segments.Count; s++)
        {
            var segment = segments[s];
            var first = s == 0;
            var last = s == segments.Count - 1;
            if (segment.Count == 0)
            {
                if (first || !last)
                {
                    continue;
                }

                return true; // Ends with "…": anything may follow.
            }

            int At(int start) => Enumerable.Range(0, segment.Count).All(k => start + k < actual.Count && actual[start + k] == segment[k]) ? start : -1;
            int found;
            if (first)
            {
                found = At(0);
            }
            else if (last)
            {
                var start = actual.Count - segment.Count;
                found = start >= position ? At(start) : -1;
            }
            else
            {
                found = Enumerable.Range(position, Math.Max(0, actual.Count - position)).Select(At).FirstOrDefault(i => i >= 0, -1);
            }

            if (found < 0 || (last && found + segment.Count != actual.Count))
            {
                return false;
            }

            position = found + segment.Count;
        }

        return true;
    }

    /// <summary>Writes the example or input a command names to the temporary folder and returns its path; a file of the repository gets its full path.</summary>
    private string? Materialize(string token)
    {
        if (token.StartsWith('-'))
        {
            return null;
        }

        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, token);
        if (token.EndsWith(".yaml", StringComparison.Ordinal) && Examples().Where(e => e.Name == token[..^5]).Select(e => e.Block).FirstOrDefault() is { } example)
        {
            File.WriteAllText(path, string.Join("\n", example.Lines) + "\n");
            return path;
        }

        if (token.EndsWith(".json", StringComparison.Ordinal))
        {
            var stem = token[..^5];
            var match = Regex.Match(stem, @"^(?<name>.+?)(-(?<ordinal>\d+))?$", RegexOptions.CultureInvariant);
            var ordinal = match.Groups["ordinal"].Success ? int.Parse(match.Groups["ordinal"].Value, CultureInfo.InvariantCulture) : 1;
            var inputs = Inputs().Where(i => i.Name == match.Groups["name"].Value).ToList();
            if (ordinal >= 1 && ordinal <= inputs.Count)
            {
                File.WriteAllText(path, string.Join("\n", inputs[ordinal - 1].Block.Lines) + "\n");
                return path;
            }
        }

        var inRepository = Path.Combine(Repo.Root, token);
        return File.Exists(inRepository) ? inRepository : null;
    }

    private static bool IsCommand(Block block) => block.Language == "text" && block.Lines.Count > 0 && block.Lines[0].StartsWith(CommandPrompt, StringComparison.Ordinal);

    private static IEnumerable<(string Name, Block Block)> Examples()
        => Blocks.Value.Where(b => b.Language == "yaml" && b.Lines.Count > 0 && b.Lines[0].StartsWith(ExampleMarker, StringComparison.Ordinal))
            .Select(b => (b.Lines[0].Substring(ExampleMarker.Length).Trim(), b));

    private static (string Name, Block Block) Example(string name) => Examples().Single(e => e.Name == name);

    /// <summary>The example's text as a rule file: the whole block, its "# example:" line being a comment.</summary>
    private static string ExampleText(string name) => string.Join("\n", Example(name).Block.Lines) + "\n";

    private static IEnumerable<(string Name, Block Block)> Inputs()
        => Blocks.Value.Where(b => b.Language == "json" && b.Lines.Count > 0 && b.Lines[0].StartsWith(InputMarker, StringComparison.Ordinal))
            .Select(b => (b.Lines[0].Substring(InputMarker.Length).Trim(), b));

    private static IEnumerable<(Block Block, string Target)> Fragments()
        => Blocks.Value.Where(b => b.Language == "yaml" && b.Lines.Count > 0 && b.Lines[0].StartsWith(FragmentOfMarker, StringComparison.Ordinal))
            .Select(b => (b, b.Lines[0].Substring(FragmentOfMarker.Length).Trim()));

    private static Dictionary<string, string> Expectations(Block block)
    {
        var expectations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var match in block.Lines.Select(l => Expectation.Match(l.Trim())).Where(m => m.Success))
        {
            expectations[match.Groups["key"].Value] = match.Groups["value"].Value;
        }

        return expectations;
    }

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');

    /// <summary>A fenced code block of the guide: its language, its first line's number, and its lines.</summary>
    private sealed record Block(string Language, int Line, IReadOnlyList<string> Lines)
    {
        public static IReadOnlyList<Block> Parse(string markdown)
        {
            var blocks = new List<Block>();
            var lines = Normalize(markdown).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (!lines[i].StartsWith("```", StringComparison.Ordinal))
                {
                    continue;
                }

                var language = lines[i].Substring(3).Trim();
                var start = i + 1;
                var end = start;
                while (end < lines.Length && !lines[end].StartsWith("```", StringComparison.Ordinal))
                {
                    end++;
                }

                Assert.True(end < lines.Length, $"docs/authoring.md: the code block at line {i + 1} is never closed");
                blocks.Add(new Block(language, start + 1, lines[start..end]));
                i = end;
            }

            return blocks;
        }
    }
}
