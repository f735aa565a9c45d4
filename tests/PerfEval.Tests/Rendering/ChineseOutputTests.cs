using System.Reflection;
using PerfEval.Inputs;
using System.Text.Json;
using System.Text.RegularExpressions;
using PerfEval.Loading;
using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.Tests.Support;
using PerfEval.WhatIf;

namespace PerfEval.Tests.Rendering;

/// <summary>
/// Under <c>--lang zh</c> every word the renderers choose is Chinese: no word of the English explanation vocabulary
/// (built from the English <see cref="Labels"/> and <see cref="ExplanationRenderer"/> texts) is left in the text,
/// markdown, csv, json or report of either sample. The rule set's own formulas and ids are data, not words, and are taken out first.
/// </summary>
public sealed class ChineseOutputTests
{
    private static readonly RenderOptions Zh = new() { Language = ReportLanguage.Chinese };

    // An identifier stays one token (execution_rate), so a formula's names never read as words.
    private static readonly Regex Word = new(@"[A-Za-z][A-Za-z_0-9]*", RegexOptions.CultureInvariant);

    public static TheoryData<string, string> Outputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var rules in new[] { "yangxi-2023.yaml", "dazhou-2023.yaml" })
        {
            foreach (var format in new[] { "text", "markdown", "csv", "json", "report" })
            {
                data.Add(rules, format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Render_Chinese_HasNoWordOfTheEnglishVocabulary(string rules, string format)
    {
        var card = Score(rules);
        var output = format switch
        {
            "text" => TextRenderer.Render(card, Zh),
            "markdown" => MarkdownRenderer.Render(card, Zh).Replace("\\_", "_", StringComparison.Ordinal).Replace("\\*", "*", StringComparison.Ordinal),
            "csv" => CsvRenderer.Render(card, Zh),
            "report" => ReportRenderer.Render(card, RuleSetLoader.LoadFile(Repo.Rules(rules)).GetValueOrThrow().Definition, Some.SampleFor(rules), Zh),
            _ => JsonWords(JsonRenderer.Render(card, Zh)),
        };

        var english = Words(WithoutRuleSetData(output, card)).Intersect(Vocabulary()).OrderBy(w => w, StringComparer.Ordinal).ToList();

        Assert.True(english.Count == 0, $"{rules} {format} under zh has English words: {string.Join(", ", english)}\n{output}");
    }

    public static TheoryData<string, string> WhatIfOutputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var rules in new[] { "yangxi-2023.yaml", "dazhou-2023.yaml" })
        {
            foreach (var output in new[] { "whatif text", "whatif json", "reach text", "reach json", "reach grade text" })
            {
                data.Add(rules, output);
            }
        }

        return data;
    }

    /// <summary>
    /// The what-if and reach renderings under zh have no word of the English vocabulary, nor of their own English
    /// rendering of the same result (input names, ids and other rule-set data taken out of both first).
    /// </summary>
    [Theory]
    [MemberData(nameof(WhatIfOutputs))]
    public void RenderWhatIfAndReach_Chinese_HasNoEnglishWord(string rules, string output)
    {
        var compiled = RuleSetLoader.LoadFile(Repo.Rules(rules)).GetValueOrThrow();
        var input = Some.SampleFor(rules);
        var card = compiled.Evaluate(input).Value!;
        string Render(RenderOptions options)
        {
            if (output.StartsWith("whatif", StringComparison.Ordinal))
            {
                // Every lost indicator's first proposal, made at once: changes of numbers, conditions and judgements.
                var proposals = compiled.Reach(input, ReachTarget.ForTotal(card.TotalPoints)).GetValueOrThrow().Indicators.Select(i => i.Best).OfType<ProposedChange>().Where(p => p.WithinRange).ToList();
                var changes = InputValues.CreateBuilder();
                foreach (var change in proposals.Select(p => p.Change).DistinctBy(c => c.Name))
                {
                    _ = change.IsJudgement ? changes.Judge(change.Name, change.After.Number, string.Empty) : changes.Set(change.Name, change.After);
                }

                var whatIf = compiled.WhatIf(input, changes.Build()).GetValueOrThrow();
                return output.EndsWith("json", StringComparison.Ordinal) ? JsonTexts(WhatIfRenderer.RenderJson(whatIf, options)) : WhatIfRenderer.Render(whatIf, options);
            }

            var target = output.Contains("grade", StringComparison.Ordinal) ? ReachTarget.ForGrade(Rules.GradeLevel.Excellent) : ReachTarget.ForTotal(95m);
            var reach = compiled.Reach(input, target).GetValueOrThrow();
            return output.EndsWith("json", StringComparison.Ordinal) ? JsonTexts(ReachRenderer.RenderJson(reach, options)) : ReachRenderer.Render(reach, options);
        }

        var data = compiled.Definition.Inputs.Select(i => i.Name).Concat(compiled.Definition.Inputs.SelectMany(i => i.Choices)).ToList();
        // Input names first: an indicator id can be part of one (internal_control in internal_controls_required).
        string Clean(string text) => WithoutRuleSetData(data.OrderByDescending(d => d.Length).Aggregate(text, (t, d) => t.Replace(d, " ", StringComparison.Ordinal)), card);
        var english = Words(Clean(Render(RenderOptions.Default))).ToHashSet(StringComparer.Ordinal);
        english.UnionWith(Vocabulary());
        var zh = Render(Zh);

        Assert.Superset(new HashSet<string>(StringComparer.Ordinal) { "Total", "Grade" }, english);
        var left = Words(Clean(zh)).Intersect(english).OrderBy(w => w, StringComparer.Ordinal).ToList();
        Assert.True(left.Count == 0, $"{rules} {output} under zh has English words: {string.Join(", ", left)}\n{zh}");
    }

    /// <summary>The words a reader of a what-if or reach JSON sees: every "text" and "label" (keys and codes are its schema).</summary>
    private static string JsonTexts(string json)
    {
        using var document = JsonDocument.Parse(json);
        var texts = new List<string>();
        void Walk(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name is "text" or "label" or "gradeLabel" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        texts.Add(property.Value.GetString()!);
                    }

                    Walk(property.Value);
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item);
                }
            }
        }

        Walk(document.RootElement);
        Assert.NotEmpty(texts);
        return string.Join("\n", texts);
    }

    [Fact]
    public void Vocabulary_BuiltFromTheEnglishTexts_HasTheWordsTheIssueQuotes()
    {
        var vocabulary = Vocabulary();

        Assert.Superset(new HashSet<string>(StringComparer.Ordinal) { "judgement", "formula", "bands", "pass_fail", "excellent", "value", "lies", "points", "ratio", "weight", "moved", "assessed", "warning", "check" }, vocabulary);
    }

    [Fact]
    public void Render_ChineseYangxi_WritesTheBureausSentences()
    {
        var card = Score("yangxi-2023.yaml");

        var text = TextRenderer.Render(card, Zh);

        Assert.Contains("合计：92.76分  等级：优\n", text, StringComparison.Ordinal);
        Assert.Contains("    说明：不符合考核条件，本项指标不考核，2分调整至“部门预算资金支出完成率”指标\n", text, StringComparison.Ordinal);
        Assert.Contains("    说明：本项指标总分值5分，增加资金下达合规性指标分值2分，指标总分值7分，按分值折算：4.83 × 7 / 5 = 6.76分\n", text, StringComparison.Ordinal);
        Assert.Contains("    说明：测算值3.43%，属于“5%及以下”档，计2分\n", text, StringComparison.Ordinal);
        Assert.Contains("- 资金下达合规性：2分调整至“部门预算资金支出完成率”指标\n", text, StringComparison.Ordinal);
        Assert.Contains("    部门预算资金支出完成率           5.00      7.00   6.76   0.24  公式计算\n", text, StringComparison.Ordinal);
        Assert.Contains("警告 PE0505：基本经费支出与项目支出之和不等于实际支出：508.24 + 2171.21 = 2679.45，实际支出 = 2679.48（校验规则“spending_parts”：", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ChineseDazhou_WritesDeductionsAndTheChosenOption()
    {
        var text = TextRenderer.Render(Score("dazhou-2023.yaml"), Zh);

        Assert.Contains("    说明：测算值0.983，低于1共0.017；每低于0.01扣0.5分，按实际比例计，共1.7个单位，扣0.85分\n", text, StringComparison.Ordinal);
        Assert.Contains("    说明：市级组织中期评估（扣分计算，适用条件：纳入市财政局组织的中期评估范围）：测算值1，超过0共1；每超过1扣0.5分，按满一个单位计，共1个单位，扣0.5分\n", text, StringComparison.Ordinal);
        Assert.Contains("✗ 绩效自评结果随决算公开（0分/1分）", text, StringComparison.Ordinal);
        Assert.Contains("合计：81.08分  等级：良\n", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// The 公式 lines of 评分过程 name inputs and metrics as the rule set describes them and put in the figures as the
    /// 自评表 does: no identifier, no "not"/"true", rates as percentages, a condition's outcome as 是/否.
    /// </summary>
    [Fact]
    public void Render_ChineseFormulaLines_AreInTheRuleSetsWords()
    {
        var text = TextRenderer.Render(Score("yangxi-2023.yaml"), Zh);
        var markdown = MarkdownRenderer.Render(Score("yangxi-2023.yaml"), Zh);

        Assert.Contains("    公式：分值 × MIN(1, 部门预算资金支出完成率) → 5 × MIN(1, 96.57%) = 4.83\n", text, StringComparison.Ordinal);
        Assert.Contains("    公式：非实际采购数大于年度政府采购预算 → 非（是） = 否\n", text, StringComparison.Ordinal);
        Assert.Contains("    公式：固定资产利用率达90%及以上 → 是\n", text, StringComparison.Ordinal);
        Assert.Contains("    公式：结转结余率 → 3.43%\n", text, StringComparison.Ordinal);
        Assert.Contains("  - 公式：分值 × MIN(1, 部门预算资金支出完成率) → 5 × MIN(1, 96.57%) = 4.83\n", markdown, StringComparison.Ordinal);
        foreach (var line in (text + markdown).Split('\n').Where(l => l.Contains("公式：", StringComparison.Ordinal)))
        {
            Assert.DoesNotMatch("[a-z]", line);
        }
    }

    [Fact]
    public void Render_ChineseRatioMetric_IsAPercentageToTheRuleSetsDecimals()
    {
        var card = Score("yangxi-2023.yaml");

        var text = TextRenderer.Render(card, Zh);

        Assert.Equal("ratio", card.Metrics.Single(m => m.Name == "execution_rate").Unit);
        Assert.Contains("- 部门预算资金支出完成率 = 实际支出 / 财政下达预算数：96.57%\n", text, StringComparison.Ordinal);
        Assert.Contains("：3.43%\n", text, StringComparison.Ordinal);
        Assert.Contains("- 预算调整数 = 全年预算数 - 年初预算数：2291.47万元\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0.9657106198326257289286460849", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EnglishRatioMetric_IsTheExactFigureAsBefore()
    {
        var text = TextRenderer.Render(Score("yangxi-2023.yaml"));

        Assert.Contains("- execution_rate = 0.9657106198326257289286460849 ratio  (部门预算资金支出完成率 = 实际支出 / 财政下达预算数)\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderIndicator_ChineseRatioValue_IsAPercentage()
    {
        var text = TextRenderer.RenderIndicator(Score("yangxi-2023.yaml"), "budget_execution_rate", Zh);

        Assert.Contains("    execution_rate：96.57%（部门预算资金支出完成率 = 实际支出 / 财政下达预算数）\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderIndicator_ChineseGroup_NamesEachChildInChinese()
    {
        var text = TextRenderer.RenderIndicator(Score("yangxi-2023.yaml"), "budget_execution", Zh);

        Assert.Equal(
            "budget_execution 预算执行（budget_execution）\n  分值40.00，调整后分值40.00，得分32.76，扣分7.24\n"
            + "  - 制度管理（institutional_management）：自评得分3.00分，指标分值5.00分\n  - 资金管理（fund_management）：自评得分15.76分，指标分值20.00分\n"
            + "  - 项目管理（project_management）：自评得分8.00分，指标分值8.00分\n  - 资产管理（asset_management）：自评得分6.00分，指标分值7.00分\n",
            text);
    }

    [Fact]
    public void RenderIndicator_ChineseFlag_IsShi()
    {
        var text = TextRenderer.RenderIndicator(Score("dazhou-2023.yaml"), "special_fund_allocation", Zh);

        Assert.Contains("    special_funds_allocated_on_time：否（专项资金均在规定时限内分配下达）\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_WithTheScorecard_NamesTheTargetIndicator()
    {
        var card = Score("yangxi-2023.yaml");
        var indicator = card["fund_allocation_compliance"];

        Assert.Equal("不符合考核条件，本项指标不考核，2分调整至“部门预算资金支出完成率”指标", ExplanationRenderer.Describe(card, indicator, Zh));
        Assert.Equal("不符合考核条件，本项指标不考核，2分调整至“budget_execution_rate”指标", ExplanationRenderer.Describe(indicator, Zh));
        Assert.Equal(ExplanationRenderer.Describe(indicator), ExplanationRenderer.Describe(card, indicator));
    }

    [Fact]
    public void InputTemplate_Chinese_CommentsInChineseAndTheSameJson()
    {
        var rules = RuleSetLoader.LoadFile(Repo.Rules("dazhou-2023.yaml")).GetValueOrThrow().Definition;

        var zh = InputTemplateRenderer.Render(rules, Zh);
        var en = InputTemplateRenderer.Render(rules);

        static string Json(string t) => string.Join("\n", t.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        Assert.Equal(Json(en), Json(zh));
        Assert.Contains("    // 部门预算项目个数 — 整数，单位：个，取值范围[1, +∞)，必填\n", zh, StringComparison.Ordinal);
        var comments = string.Join(" ", zh.Split('\n').Where(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        var english = Words(comments).Intersect(new[] { "Input", "for", "Replace", "every", "with", "figure", "points", "to", "Only", "needed", "when", "it", "assessed", "required", "optional", "decimal", "integer", "boolean", "one", "of", "given" }).ToList();
        Assert.Empty(english);
    }

    private static Scorecard Score(string rules) => RuleSetLoader.LoadFile(Repo.Rules(rules)).GetValueOrThrow().Evaluate(Some.SampleFor(rules)).Value!;

    /// <summary>The English words the renderers choose: every English label, method and grade code, and every word of the English explanations of both samples.</summary>
    private static HashSet<string> Vocabulary()
    {
        var texts = typeof(Labels).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string)).Select(p => (string)p.GetValue(Labels.English)!).ToList();
        // The methods, grade codes and unit the English prints, and the evaluator's own words around a warning
        // ("warning PE0505: … is false (check 'id': …)", "The judgement for 'id' is ignored: the indicator is not assessed.").
        texts.AddRange(new[] { "judgement", "formula", "bands", "pass_fail", "checklist", "deduction", "alternatives", "excellent", "good", "fair", "poor", "ratio", "otherwise", "when", "option" });
        texts.AddRange(new[] { "warning", "error", "check", "is", "false", "The", "for", "ignored", "the", "indicator", "not", "assessed" });
        foreach (var rules in new[] { "yangxi-2023.yaml", "dazhou-2023.yaml" })
        {
            var card = Score(rules);
            texts.AddRange(card.AllIndicators.Select(i => ExplanationRenderer.Describe(i) is { } how ? WithoutRuleSetData(how, card) : string.Empty));
        }

        return Words(string.Join(" ", texts)).ToHashSet(StringComparer.Ordinal);
    }

    private static IEnumerable<string> Words(string text) => Word.Matches(text).Select(m => m.Value);

    /// <summary>Takes out what the rule set wrote (formulas with their figures, ids, conditions, file names, a check's formula), leaving the renderer's words.</summary>
    private static string WithoutRuleSetData(string text, Scorecard card)
    {
        var data = card.AllIndicators.SelectMany(i => new[] { i.Explanation?.Formula, i.Explanation?.Substituted, i.Explanation?.NotAssessed?.Condition, i.Explanation?.Option?.Condition, i.Id })
            .Concat(card.Warnings.Select(w => w.File))
            .Concat(new[] { card.RuleSetId })
            .OfType<string>().Where(s => s.Length > 0).Distinct().OrderByDescending(s => s.Length);
        foreach (var item in data)
        {
            text = text.Replace(item, " ", StringComparison.Ordinal);
        }

        // A check's formula and figures, and the "PE" of a code.
        return Regex.Replace(text, @"“[a-z_]+”：[^）)]*[）)]", " ");
    }

    /// <summary>The words a reader of the JSON sees: the explanations, the warnings' messages and the grade's label (property names and codes are its schema).</summary>
    private static string JsonWords(string json)
    {
        using var document = JsonDocument.Parse(json);
        var words = new List<string> { document.RootElement.GetProperty("grade").GetProperty("label").GetString()! };
        Collect(document.RootElement.GetProperty("indicators"), words);
        words.AddRange(document.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("message").GetString()!));
        return string.Join("\n", words);
    }

    private static void Collect(JsonElement indicators, List<string> words)
    {
        foreach (var indicator in indicators.EnumerateArray())
        {
            if (indicator.GetProperty("explanation").GetString() is { } how)
            {
                words.Add(how);
            }

            Collect(indicator.GetProperty("children"), words);
        }
    }
}
