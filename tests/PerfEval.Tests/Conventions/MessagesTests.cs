using System.Reflection;
using System.Text.RegularExpressions;
using PerfEval.Loading;
using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Conventions;

/// <summary>The diagnostic catalogue: every code has its messages in both languages, and src makes no diagnostic from a raw string.</summary>
public sealed class MessagesTests
{
    /// <summary>Files outside this work that still make diagnostics from strings, and why (see the CHANGELOG).</summary>
    private static readonly Dictionary<string, string> OldStyleAllowed = new(StringComparer.Ordinal)
    {
        ["src/PerfEval.Cli/BatchPipeline.cs"] = "a batch record's read error (BatchInputException) is a string; batch is converted with its own wording",
    };

    private static readonly List<MessageTemplate> Catalogue = typeof(Messages)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(MessageTemplate))
        .Select(f => (MessageTemplate)f.GetValue(null)!)
        .Where(t => !ReferenceEquals(t, Messages.Untranslated))
        .ToList();

    private static readonly Regex CodeOf = new(@"^(PE\d{4})(\.|$)", RegexOptions.CultureInvariant);

    [Fact]
    public void Catalogue_Ids_AreUnique()
    {
        var twice = Catalogue.GroupBy(t => t.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(twice);
    }

    [Fact]
    public void Codes_EachHaveAMessage_AndEveryMessageIdNamesACode()
    {
        var codes = DeclaredCodes();
        var ids = Catalogue.Select(t => CodeOf.Match(t.Id)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        var withoutMessage = codes.Where(c => !ids.Contains(c)).ToList();
        var unknown = ids.Where(c => !codes.Contains(c)).ToList();
        Assert.True(withoutMessage.Count == 0 && unknown.Count == 0, $"Codes without a message: {string.Join(", ", withoutMessage)}; message ids naming no code: {string.Join(", ", unknown)}");
        Assert.All(Catalogue, t => Assert.True(CodeOf.IsMatch(t.Id) || t.Id.StartsWith("phrase.", StringComparison.Ordinal), t.Id + " is neither a code's message nor a phrase"));
    }

    [Fact]
    public void Chinese_OfEveryMessage_IsChineseWithNoEnglishWordsOutsideQuotes()
    {
        var bad = NotChinese(Catalogue);

        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    /// <summary>The command line's and the service's own messages follow the catalogue's rules: unique ids, Chinese text with no English word outside quotes, the same placeholders.</summary>
    [Theory]
    [InlineData("PerfEval.Cli.CliMessages, PerfEval.Cli")]
    [InlineData("PerfEval.Server.ServerMessages, PerfEval.Server")]
    public void Chinese_OfEveryToolMessage_IsChineseWithTheEnglishPlaceholders(string type)
    {
        var templates = Type.GetType(type, throwOnError: true)!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(MessageTemplate))
            .Select(f => (MessageTemplate)f.GetValue(null)!)
            .ToList();

        Assert.NotEmpty(templates);
        Assert.Empty(templates.GroupBy(t => t.Id).Where(g => g.Count() > 1).Select(g => g.Key));
        var bad = NotChinese(templates)
            .Concat(templates.SelectMany(t => t.NamesIn(ReportLanguage.English).Except(t.NamesIn(ReportLanguage.Chinese)).Select(n => $"{t.Id}: {{{n}}}")))
            .ToList();
        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Fact]
    public void Chinese_OfEveryMessage_UsesTheEnglishPlaceholders()
    {
        // A Chinese message may name what English shows by id (PE0409 names the indicator); none may drop a figure.
        var exceptions = new HashSet<string>(StringComparer.Ordinal) { "PE0409" };

        var missing = Catalogue
            .Where(t => !exceptions.Contains(t.Id))
            .SelectMany(t => t.NamesIn(ReportLanguage.English).Except(t.NamesIn(ReportLanguage.Chinese)).Select(n => $"{t.Id}: {{{n}}}"))
            .ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("{a} and {b}", "{b}与{a}", "x", "y", "x and y", "y与x")]
    [InlineData("{^what} needs it.", "{what}需要。", "the file", null, "The file needs it.", "the file需要。")]
    [InlineData("a '{{' and {n}", "“{{”和{n}", "1", null, "a '{' and 1", "“{”和1")]
    public void Format_Template_PutsArgumentsInEachLanguage(string english, string chinese, string first, string? second, string expectedEnglish, string expectedChinese)
    {
        var template = new MessageTemplate("test", english, chinese);
        var message = second is null ? template.With(first) : template.With(first, second);

        Assert.Equal((expectedEnglish, expectedChinese), (message.Format(ReportLanguage.English), message.Format(ReportLanguage.Chinese)));
    }

    [Fact]
    public void Format_NestedPhraseAndNameList_AreWordedInTheMessagesLanguage()
    {
        var message = Messages.NotOneOf.With("midpoint", NameList.Of(["away_from_zero", "to_even"]), "up");
        var nested = Messages.KeyMissing.With(Messages.Indicator.With("a"), "weight");

        Assert.Equal("'midpoint' must be one of away_from_zero, to_even; not 'up'.", message.Format(ReportLanguage.English));
        Assert.Equal("“midpoint”应为“away_from_zero”、“to_even”之一，而不是“up”。", message.Format(ReportLanguage.Chinese));
        Assert.Equal("Indicator 'a' needs 'weight'.", nested.Format(ReportLanguage.English));
        Assert.Equal("指标“a”缺少“weight”。", nested.Format(ReportLanguage.Chinese));
    }

    [Fact]
    public void With_WrongNumberOfArguments_Throws()
        => Assert.Throws<ArgumentException>(() => Messages.KeyMissing.With("only one"));

    [Fact]
    public void Diagnostic_InChinese_KeepsPlaceCodeAndIndicator()
    {
        var diagnostic = new Diagnostic(Codes.GroupWeightMismatch, DiagnosticSeverity.Error, Messages.GroupWeightMismatch.With("delivery", 10m, 9m), "rules.yaml", 11, 5, "delivery");

        Assert.Equal("rules.yaml:11:5: error PE0203: Group 'delivery' has weight 10, but its children's weights add up to 9. [delivery]", diagnostic.ToString());
        Assert.Equal("rules.yaml:11:5：错误 PE0203：指标组“delivery”的分值为 10，但其下级指标分值合计为 9。 [delivery]", diagnostic.ToString(ReportLanguage.Chinese));
        Assert.Equal(("PE0203", "指标组“delivery”的分值为 10，但其下级指标分值合计为 9。"), (diagnostic.MessageId, diagnostic.GetMessage(ReportLanguage.Chinese)));
    }

    [Fact]
    public void Diagnostic_FromAString_IsTheSameInBothLanguages()
    {
        var diagnostic = new Diagnostic("PE0401", DiagnosticSeverity.Warning, "made elsewhere");

        Assert.Equal(("text", "made elsewhere", "made elsewhere"), (diagnostic.MessageId, diagnostic.Message, diagnostic.GetMessage(ReportLanguage.Chinese)));
        Assert.Equal("警告 PE0401：made elsewhere", diagnostic.ToString(ReportLanguage.Chinese));
    }

    [Fact]
    public void Sources_MakeNoDiagnosticFromARawString()
    {
        var patterns = new[]
        {
            new Regex(@"new Diagnostic\([^;]*?DiagnosticSeverity\.\w+,\s*(\$?""|[\w.]*\bMessage\b)", RegexOptions.CultureInvariant),
            new Regex(@"\.(Error|Warning)\(\s*(Codes\.\w+|""PE\d{4}""|code|failure\.Code)\s*,\s*(\$?""|[\w.]*\.Message\b)", RegexOptions.CultureInvariant),
            new Regex(@"Messages\.Untranslated", RegexOptions.CultureInvariant),
        };
        var definitions = new HashSet<string>(StringComparer.Ordinal) { "src/PerfEval/Results/Diagnostic.cs", "src/PerfEval/Results/DiagnosticSink.cs", "src/PerfEval/Results/Messages.cs" };

        var found = Directory.EnumerateFiles(Path.Combine(Repo.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(Repo.Root, f).Replace('\\', '/'), Text: File.ReadAllText(f)))
            .Where(f => !definitions.Contains(f.Path) && !OldStyleAllowed.ContainsKey(f.Path) && !f.Path.Contains("/obj/", StringComparison.Ordinal))
            .SelectMany(f => patterns.SelectMany(p => p.Matches(f.Text)).Select(m => $"{f.Path}: {m.Value}"))
            .ToList();

        Assert.True(found.Count == 0, "Diagnostics made from a string; give each a Messages entry:\n" + string.Join("\n", found));
    }

    [Fact]
    public void OldStyleAllowList_NamesFilesThatStillNeedIt()
    {
        Assert.All(OldStyleAllowed, entry =>
        {
            var text = File.ReadAllText(Path.Combine(Repo.Root, entry.Key));
            Assert.Contains("new Diagnostic(", text, StringComparison.Ordinal);
        });
    }

    /// <summary>The templates whose Chinese has no Chinese, or an English word outside quotes and placeholders.</summary>
    private static List<string> NotChinese(IReadOnlyList<MessageTemplate> templates) => templates
        .Where(t => !t.Chinese.Any(c => c is >= '\u4e00' and <= '\u9fff') && !IsOnlyPlaceholders(t.Chinese))
        .Select(t => t.Id + ": no Chinese")
        .Concat(templates.SelectMany(t => ChineseText.Words(t.Chinese).Select(w => $"{t.Id}: '{w}'")))
        .ToList();

    /// <summary>Whether a template is names, placeholders and punctuation only (“{key}”, {left} = {right}), with no words to translate.</summary>
    private static bool IsOnlyPlaceholders(string text) => Regex.Replace(text, @"“[^”]*”|\{\^?\w+\}|[\s'（）()、，,.:：;=。]", string.Empty).Length == 0;

    private static HashSet<string> DeclaredCodes()
    {
        var codes = typeof(RuleSetLoader).Assembly.GetType("PerfEval.Results.Codes", throwOnError: true)!;
        return codes.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);
    }
}
