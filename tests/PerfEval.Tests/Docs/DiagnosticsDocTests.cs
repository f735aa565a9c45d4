using System.Reflection;
using System.Text.RegularExpressions;
using PerfEval.Inputs;
using PerfEval.Loading;
using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.Tests.Support;
using PerfEval.Evaluation;

namespace PerfEval.Tests.Docs;

/// <summary>
/// docs/diagnostics.md has one section per code of <c>PerfEval.Results.Codes</c>, in code order, and every example in it
/// produces its code and exactly the diagnostics shown under it. Markers, on an example's first line:
/// <c># expect: PEnnnn</c> (a rule file, loaded from text), <c># expect-file: PEnnnn</c> (a rule file, loaded from an
/// otherwise empty folder), and <c># rules</c> followed by a JSON input whose first line is <c>// expect: PEnnnn</c>; or
/// by one whose first line is <c>// expect-workbook: PEnnnn</c> and an <c>xlsx</c> block of cell edits: the input is
/// written as the pre-filled input workbook, edited, and read back as <c>input.xlsx</c>.
/// </summary>
public sealed class DiagnosticsDocTests : IDisposable
{
    private const string RulesName = "rules.yaml";
    private const string InputName = "input.json";
    private const string WorkbookName = "input.xlsx";

    /// <summary>The codes the document explains without a runnable example, and why.</summary>
    private static readonly Dictionary<string, string> WithoutExample = new(StringComparer.Ordinal)
    {
        ["PE0001"] = "needs a path that cannot be read rather than file content; LoadFile_MissingFile_ReportsFileNotFound checks it",
        ["PE0005"] = "needs a rule file over 4 MiB; LoadFile_FileOverTheLimit_ReportsFileTooLarge checks it",
        ["PE0006"] = "needs a tree of folders; RuleSetCatalogTests.FromDirectory_FolderDeeperThanTheLimit_IsLeftOutWithPE0006 checks it",
        ["PE0701"] = "needs a file that is not a workbook rather than cells; InputWorkbookTests.Read_NotAWorkbook_ReportsPE0701 checks it",
    };

    private static readonly Lazy<DiagnosticsDoc> Doc = new(() => DiagnosticsDoc.Parse(File.ReadAllLines(Path.Combine(Repo.Root, "docs", "diagnostics.md"))));

    private readonly string folder = Path.Combine(Path.GetTempPath(), "perfeval-diagnostics-doc-" + Guid.NewGuid().ToString("N"));

    public DiagnosticsDocTests() => Directory.CreateDirectory(folder);

    public static TheoryData<string> ExampleNames()
    {
        var data = new TheoryData<string>();
        foreach (var example in Doc.Value.Examples)
        {
            data.Add(example.Name);
        }

        return data;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Example_LoadedAndScored_ReportsItsCodeAndTheDiagnosticsShown(string name)
    {
        var example = Doc.Value.Examples.Single(e => e.Name == name);

        var actual = example.Input is null ? LoadRuleFile(example) : ScoreInput(example);

        Assert.Equal(example.Shown, actual);
    }

    /// <summary>
    /// Under Chinese an example's diagnostics hold no word of the catalogue's English templates and no ASCII letter,
    /// once what is not the catalogue's words is taken out: the place and code, the [indicator], text quoted “so” (names,
    /// keys, formulas, values and the words of other programs), the names the example's files declare, and the names of
    /// formats (YAML, JSON, UTF-8) and the hex prefix 0x.
    /// </summary>
    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Example_InChinese_HoldsNoEnglishWords(string name)
    {
        var example = Doc.Value.Examples.Single(e => e.Name == name);

        var lines = example.Input is null ? LoadRuleFile(example, ReportLanguage.Chinese) : ScoreInput(example, ReportLanguage.Chinese);

        var declared = DeclaredNames(example);
        Assert.All(lines, line =>
        {
            var words = ChineseText.LeftOver(line, declared);
            Assert.True(words.Count == 0, $"'{string.Join("', '", words)}' in: {line}");
        });
    }

    [Fact]
    public void ChineseText_EnglishLeftInAMessage_IsFound()
    {
        var words = ChineseText.LeftOver("rules.yaml:3:1：错误 PE0102：规则文件 needs “title”。 [a]", new HashSet<string>(StringComparer.Ordinal));

        Assert.Equal(["needs"], words);
    }

    [Fact]
    public void Document_Examples_AreWellFormed()
        => Assert.True(Doc.Value.Problems.Count == 0, "docs/diagnostics.md:\n" + string.Join("\n", Doc.Value.Problems));

    [Fact]
    public void Sections_OfTheDocument_AreTheCodesInCodeOrder()
    {
        var codes = DeclaredCodes();
        var sections = Doc.Value.Sections;

        var missing = codes.Except(sections, StringComparer.Ordinal).ToList();
        var unknown = sections.Except(codes, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "Codes with no '### PEnnnn:' section in docs/diagnostics.md: " + string.Join(", ", missing));
        Assert.True(unknown.Count == 0, "Sections naming no code of PerfEval.Results.Codes: " + string.Join(", ", unknown));
        Assert.Equal(codes, sections);
    }

    [Fact]
    public void Examples_UnderTheirSections_NameTheSectionsCode()
    {
        var misplaced = Doc.Value.Examples.Where(e => e.Code != e.Section).Select(e => $"{e.Name} under {e.Section}").ToList();

        Assert.True(misplaced.Count == 0, "Examples under another code's section: " + string.Join(", ", misplaced));
    }

    [Fact]
    public void Codes_WithoutARunnableExample_AreExactlyTheAllowList()
    {
        var withExample = Doc.Value.Examples.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);

        var without = DeclaredCodes().Where(c => !withExample.Contains(c)).ToList();

        Assert.Equal(WithoutExample.Keys.Order(StringComparer.Ordinal), without);
        Assert.All(WithoutExample, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key + " needs a reason"));
    }

    [Fact]
    public void LoadFile_MissingFile_ReportsFileNotFound()
    {
        var result = RuleSetLoader.LoadFile(Path.Combine(folder, "missing.yaml"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("PE0001", DiagnosticSeverity.Error), (error.Code, error.Severity));
        Assert.StartsWith("Cannot read the rule file: ", error.Message, StringComparison.Ordinal);
        Assert.False(result.IsSuccess);
    }

    [Fact]
    public void LoadFile_FileOverTheLimit_ReportsFileTooLarge()
    {
        var path = Path.Combine(folder, RulesName);
        File.WriteAllBytes(path, new byte[RuleSetLimits.Default.MaxFileBytes + 1]);

        var result = RuleSetLoader.LoadFile(path);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("rules.yaml: error PE0005: The rule file is 4194305 bytes; the limit is 4194304.", Show(error));
    }

    private static List<string> DeclaredCodes()
    {
        var codes = typeof(RuleSetLoader).Assembly.GetType("PerfEval.Results.Codes", throwOnError: true)!;
        return codes.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static void AssertReported(string code, bool succeeded, IEnumerable<Diagnostic> diagnostics, string stage)
    {
        var list = diagnostics.ToList();
        var severity = succeeded ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
        Assert.True(
            list.Any(d => d.Code == code && d.Severity == severity),
            $"{stage} {(succeeded ? "succeeded, so" : "failed, so")} {code} must be among its {(succeeded ? "warnings" : "errors")}; it reported:\n"
            + string.Join("\n", list));
    }

    /// <summary>Names a rule file or input declares (ids, input and metric names, judgement keys), which stay as written in any language.</summary>
    private static HashSet<string> DeclaredNames(DocExample example)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in Regex.Matches(example.Rules + "\n" + example.Input, @"(?:\b(?:id|name|target|parent|after|extends)\s*:\s*|"")([A-Za-z_][A-Za-z0-9_.@-]*)"))
        {
            names.Add(match.Groups[1].Value);
        }

        return names;
    }

    private List<string> LoadRuleFile(DocExample example, ReportLanguage language = ReportLanguage.English)
    {
        Result<CompiledRuleSet> result;
        if (example.FromFile)
        {
            var path = Path.Combine(folder, RulesName);
            File.WriteAllText(path, example.Rules);
            result = RuleSetLoader.LoadFile(path);
        }
        else
        {
            result = RuleSetLoader.Load(example.Rules, RulesName, RuleSetCatalog.Shipped);
        }

        AssertReported(example.Code, result.IsSuccess, result.Diagnostics, "Loading");
        return result.Diagnostics.Select(d => Show(d, language)).ToList();
    }

    private List<string> ScoreInput(DocExample example, ReportLanguage language = ReportLanguage.English)
    {
        var load = RuleSetLoader.Load(example.Rules, RulesName, RuleSetCatalog.Shipped);
        Assert.True(load.IsSuccess && load.Diagnostics.Count == 0, "The '# rules' file must load cleanly:\n" + string.Join("\n", load.Diagnostics));

        var read = JsonInputReader.Read(example.Input!, InputName);
        if (example.Edits is not null)
        {
            Assert.True(read.IsSuccess && read.Diagnostics.Count == 0, "The input of an '// expect-workbook' example must read cleanly:\n" + string.Join("\n", read.Diagnostics));
            read = ReadWorkbook(load.Value!, read.Value!, example.Edits);
        }

        if (read.Value is null)
        {
            AssertReported(example.Code, succeeded: false, read.Diagnostics, "Reading the input");
            return read.Diagnostics.Select(d => Show(d, language)).ToList();
        }

        var evaluation = load.Value!.Evaluate(read.Value);
        AssertReported(example.Code, evaluation.IsSuccess, read.Diagnostics.Concat(evaluation.Diagnostics), "Scoring"); // a workbook's warning comes from reading it
        return read.Diagnostics.Concat(evaluation.Diagnostics).Select(d => Show(d, language)).ToList();
    }

    /// <summary>The input written as the Chinese pre-filled workbook, changed by the edits, read back.</summary>
    private static Result<InputValues> ReadWorkbook(CompiledRuleSet rules, InputValues input, IReadOnlyList<string> edits)
    {
        var bytes = Office.InputWorkbookTests.Write(rules, input, new global::PerfEval.Rendering.RenderOptions { Language = global::PerfEval.Rendering.ReportLanguage.Chinese });
        bytes = Office.WorkbookEditor.Edit(bytes, editor =>
        {
            foreach (var edit in edits)
            {
                Office.InputWorkbookTests.Apply(editor, edit);
            }
        });
        return PerfEval.Office.InputWorkbook.Read(new MemoryStream(bytes), WorkbookName, rules.Definition);
    }

    /// <summary>The one-line form, with the temporary folder left out of file paths.</summary>
    private string Show(Diagnostic diagnostic) => Show(diagnostic, ReportLanguage.English);

    private string Show(Diagnostic diagnostic, ReportLanguage language) => diagnostic.ToString(language).Replace(folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);

    private sealed record DocExample(string Name, string Section, string Code, bool FromFile, string Rules, string? Input, IReadOnlyList<string> Shown, IReadOnlyList<string>? Edits = null);


    private sealed record Block(string Language, IReadOnlyList<string> Lines, string? Section, int Line)
    {
        public string First => Lines.Count == 0 ? string.Empty : Lines[0];

        public string Text => string.Join("\n", Lines) + "\n";
    }

    /// <summary>The sections and fenced blocks of docs/diagnostics.md, read into examples.</summary>
    private sealed class DiagnosticsDoc
    {
        private static readonly Regex Heading = new(@"^### (PE\d{4}): \S", RegexOptions.CultureInvariant);
        private static readonly Regex RuleMarker = new(@"^# (expect|expect-file): (PE\d{4})$", RegexOptions.CultureInvariant);
        private static readonly Regex InputMarker = new(@"^// expect: (PE\d{4})$", RegexOptions.CultureInvariant);
        private static readonly Regex WorkbookMarker = new(@"^// expect-workbook: (PE\d{4})$", RegexOptions.CultureInvariant);

        public List<string> Sections { get; } = new();

        public List<DocExample> Examples { get; } = new();

        public List<string> Problems { get; } = new();

        public static DiagnosticsDoc Parse(string[] lines)
        {
            var doc = new DiagnosticsDoc();
            var blocks = doc.ReadBlocks(lines);
            for (var i = 0; i < blocks.Count; i++)
            {
                var block = blocks[i];
                if (block.Language != "yaml")
                {
                    continue;
                }

                var rule = RuleMarker.Match(block.First);
                if (rule.Success)
                {
                    var shown = doc.Shown(blocks, i + 1, block);
                    doc.Add(block, rule.Groups[2].Value, rule.Groups[1].Value == "expect-file", null, shown);
                }
                else if (block.First == "# rules")
                {
                    var input = i + 1 < blocks.Count && blocks[i + 1].Language == "json" ? blocks[i + 1] : null;
                    var marker = input is null ? Match.Empty : InputMarker.Match(input.First);
                    var workbook = input is null ? Match.Empty : WorkbookMarker.Match(input.First);
                    if (workbook.Success)
                    {
                        var edits = i + 2 < blocks.Count && blocks[i + 2].Language == "xlsx" ? blocks[i + 2] : null;
                        if (edits is null)
                        {
                            doc.Problems.Add($"line {input!.Line}: an '// expect-workbook' input must be followed by an xlsx block of cell edits.");
                            continue;
                        }

                        var changes = edits.Lines.Where(l => l.Trim().Length > 0).Select(l => l.Replace(" = ", "=", StringComparison.Ordinal).Trim()).ToList();
                        doc.Add(block, workbook.Groups[1].Value, false, string.Join("\n", input!.Lines.Skip(1)) + "\n", doc.Shown(blocks, i + 3, edits), changes);
                        continue;
                    }

                    if (!marker.Success)
                    {
                        doc.Problems.Add($"line {block.Line}: a '# rules' block must be followed by a json block whose first line is '// expect: PEnnnn'.");
                        continue;
                    }

                    var shown = doc.Shown(blocks, i + 2, input!);
                    doc.Add(block, marker.Groups[1].Value, false, input!.Text, shown);
                }
                else if (block.Section is not null)
                {
                    doc.Problems.Add($"line {block.Line}: a yaml block under a code must start with '# expect: PEnnnn', '# expect-file: PEnnnn' or '# rules'.");
                }
            }

            return doc;
        }

        private List<Block> ReadBlocks(string[] lines)
        {
            var blocks = new List<Block>();
            string? section = null;
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].StartsWith("### PE", StringComparison.Ordinal))
                {
                    var heading = Heading.Match(lines[i]);
                    section = heading.Success ? heading.Groups[1].Value : null;
                    if (section is null)
                    {
                        Problems.Add($"line {i + 1}: a code's heading is '### PEnnnn: <short title>', not '{lines[i]}'.");
                    }
                    else
                    {
                        Sections.Add(section);
                    }

                    continue;
                }

                if (lines[i].StartsWith("## ", StringComparison.Ordinal) || lines[i].StartsWith("### ", StringComparison.Ordinal))
                {
                    section = null;
                    continue;
                }

                if (!lines[i].StartsWith("```", StringComparison.Ordinal))
                {
                    continue;
                }

                var start = i;
                var body = new List<string>();
                for (i++; i < lines.Length && lines[i] != "```"; i++)
                {
                    body.Add(lines[i]);
                }

                if (i == lines.Length)
                {
                    Problems.Add($"line {start + 1}: the code block is not closed.");
                }

                blocks.Add(new Block(lines[start].Substring(3).Trim(), body, section, start + 1));
            }

            return blocks;
        }

        private IReadOnlyList<string> Shown(List<Block> blocks, int index, Block example)
        {
            if (index < blocks.Count && blocks[index].Language == "text")
            {
                return blocks[index].Lines;
            }

            Problems.Add($"line {example.Line}: the example must be followed by a text block with the diagnostics it produces.");
            return Array.Empty<string>();
        }

        private void Add(Block rules, string code, bool fromFile, string? input, IReadOnlyList<string> shown, IReadOnlyList<string>? edits = null)
        {
            var count = Examples.Count(e => e.Code == code);
            var name = count == 0 ? code : $"{code} ({count + 1})";
            Examples.Add(new DocExample(name, rules.Section ?? "(no section)", code, fromFile, rules.Text, input, shown, edits));
        }
    }
}
