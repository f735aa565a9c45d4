using PerfEval.Evaluation;
using PerfEval.Loading;
using PerfEval.Rendering;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Rendering;

/// <summary>The 评分标准 written from each kind of rule, the 得分说明, formulas in the rule set's names, and check findings.</summary>
public sealed class SelfEvaluationTextTests
{
    private static readonly RenderOptions Zh = new() { Language = ReportLanguage.Chinese };

    private static readonly CompiledRuleSet Methods = Some.Rules(Some.Header(40m) + """
        inputs:
          - { name: collected, type: decimal, unit: 万元, description: 实际征收数 }
          - { name: due, type: decimal, unit: 万元, description: 应征收数 }
          - { name: late_days, type: integer, unit: 日, description: 逾期天数 }
          - { name: findings, type: integer, description: 发现问题数 }
          - { name: published, type: boolean, description: 已公开 }
          - { name: overspent, type: boolean, description: 超预算支出 }
          - { name: has_projects, type: boolean, description: 有项目 }
          - { name: satisfaction, type: decimal, unit: ratio, description: 满意度 }
        metrics:
          - { name: collection_rate, expression: collected / due, unit: ratio, description: 执收率 = 实际征收数 / 应征收数 }
        checks:
          - { id: collected_within_due, assert: collected <= due, message: 实际征收数大于应征收数 }
        indicators:
          - id: collection
            name: 非税收入执收
            weight: 4
            deduction: { value: collection_rate, threshold: 1, direction: below, per: 0.01, points: 0.5 }
          - id: lateness
            name: 决算公开时效
            weight: 4
            deduction: { value: late_days, threshold: 0, direction: above, per: 5, points: 1, counting: started }
          - id: satisfied
            name: 满意度
            weight: 10
            bands:
              value: satisfaction
              ranges:
                - { gte: 0.9, points: 10 }
                - { gte: 0.8, lt: 0.9, points: 8 }
                - { lt: 0.8, points: 0 }
          - id: disclosure
            name: 信息公开
            weight: 2
            checklist:
              criteria:
                - { id: published, name: 按时公开, met: published, points: 1 }
                - { id: complete, name: 内容完整, met: findings = 0, points: 1 }
          - id: spending
            name: 支出控制
            weight: 4
            pass_fail: { condition: not overspent }
          - id: projects
            name: 项目管理
            weight: 6
            judgement: { criteria: 项目管理规范 }
            applies_when: has_projects and findings >= 0
            fallback: { kind: full_marks }
          - id: rate
            name: 执收率得分
            weight: 10
            formula: weight * Min(1, collection_rate)
        """);

    [Theory]
    [InlineData("collection", "满分4分；执收率低于100%的，每低于1个百分点扣0.5分，扣完为止")]
    [InlineData("lateness", "满分4分；逾期天数超过0的，每超过5扣1分（不足5的按5计），扣完为止")]
    [InlineData("satisfied", "满意度：90%及以上，得10分；80%（含）至90%（不含），得8分；低于80%，得0分")]
    [InlineData("disclosure", "按时公开，得1分；内容完整，得1分")]
    [InlineData("spending", "超预算支出的，不得分；否则得4分")]
    [InlineData("projects", "项目管理规范。由评价人据实评分，最高6分，并说明理由。不符合“有项目且发现问题数 ≥ 0”的，本项不考核，得满分")]
    [InlineData("rate", "得分 = 分值 × MIN(1, 执收率)；其中执收率 = 实际征收数 ÷ 应征收数")]
    public void Criteria_Chinese_WritesEachRuleInTheBureausWords(string id, string expected)
        => Assert.Equal(expected, SelfEvaluationText.Criteria(Methods.Definition, Methods.Definition.FindIndicator(id)!, Zh));

    [Theory]
    [InlineData("collection", "4 points, less 0.5 for each percentage point collection_rate is below 100%, floored at 0")]
    [InlineData("lateness", "4 points, less 1 for each 5 late_days is above 0 (a unit begun counts as whole), floored at 0")]
    [InlineData("satisfied", "satisfaction: ≥ 90%: 10 points; ≥ 80% and < 90%: 8 points; < 80%: 0 points")]
    [InlineData("spending", "4 points when not overspent, else 0")]
    [InlineData("projects", "项目管理规范. Judged by the evaluator, up to 6 points, with a written reason. Assessed only when has_projects and findings >= 0; otherwise it earns full marks")]
    [InlineData("rate", "score = weight * Min(1, collection_rate); where collection_rate = collected / due")]
    public void Criteria_English_SaysTheSameInEnglish(string id, string expected)
        => Assert.Equal(expected, SelfEvaluationText.Criteria(Methods.Definition, Methods.Definition.FindIndicator(id)!));

    [Fact]
    public void Criteria_Group_IsNull()
    {
        var rules = RuleSetLoader.LoadFile(Repo.Rules("yangxi-2023.yaml")).GetValueOrThrow().Definition;

        Assert.Null(SelfEvaluationText.Criteria(rules, rules.FindIndicator("fund_management")!, Zh));
    }

    [Fact]
    public void Remarks_Chinese_ShowsRatiosAsPercentagesAndConditionsAsShiFou()
    {
        var card = Score(collected: 98.3m, due: 100m, overspent: true);

        Assert.Equal("执收率：98.30%；测算值0.983，低于1共0.017；每低于0.01扣0.5分，按实际比例计，共1.7个单位，扣0.85分", SelfEvaluationText.Remarks(card, card["collection"], Methods.Definition, Zh));
        Assert.Equal("超预算支出：是；未达到标准，不得分", SelfEvaluationText.Remarks(card, card["spending"], Methods.Definition, Zh));
        Assert.Equal("collection_rate: 98.30%; value 0.983 is 0.017 below the threshold 1: 1.7 unit(s) of 0.01 × 0.5 = 0.85 deducted", SelfEvaluationText.Remarks(card, card["collection"], Methods.Definition));
        Assert.Equal("overspent: yes; condition not met: no points", SelfEvaluationText.Remarks(card, card["spending"]));
    }

    [Fact]
    public void Remarks_NotAssessed_SaysWhyAndWhereThePointsWent()
    {
        var card = Score(collected: 1m, due: 1m, overspent: false, hasProjects: false);

        Assert.Equal("不符合考核条件（有项目：否，发现问题数：0），本项指标不考核，按规定得满分", SelfEvaluationText.Remarks(card, card["projects"], Methods.Definition, Zh));
    }

    [Fact]
    public void Formula_Chinese_NamesEveryInputAndMetricAndKeepsLiteralsAndFunctions()
    {
        var rules = Methods.Definition;

        Assert.Equal("实际征收数 ÷ 应征收数 ≥ 0.95且非已公开或满意度 ≠ 1", SelfEvaluationText.Formula(rules, "collected / due >= 0.95 and not published or satisfaction != 1", Zh));
        Assert.Equal("IF(执收率 < 1, 分值 × 0.5, ROUND(分值, 2))", SelfEvaluationText.Formula(rules, "if(collection_rate < 1, weight * 0.5, Round(weight, 2))", Zh));
        Assert.Equal("collected / due", SelfEvaluationText.Formula(rules, "collected / due"));
        Assert.Equal("实际征收数 = “x”或unknown_name = 是", SelfEvaluationText.Formula(rules, "collected = 'x' || unknown_name == true", Zh));
    }

    [Fact]
    public void CheckFinding_FailedCheck_GivesTheFiguresInTheRuleSetsNames()
    {
        var card = Score(collected: 120m, due: 100m, overspent: false);
        var check = Methods.Definition.Checks.Single();

        Assert.Equal("实际征收数 = 120，应征收数 = 100", SelfEvaluationText.CheckFinding(card, Methods.Definition, check, Zh));
        Assert.Equal("collected = 120, due = 100", SelfEvaluationText.CheckFinding(card, Methods.Definition, check));
        Assert.Null(SelfEvaluationText.CheckFinding(Score(collected: 90m, due: 100m, overspent: false), Methods.Definition, check, Zh));
    }

    [Fact]
    public void CheckFinding_Yangxi_NamesTheInputsAsTheRuleSetDescribesThem()
    {
        var compiled = RuleSetLoader.LoadFile(Repo.Rules("yangxi-2023.yaml")).GetValueOrThrow();
        var card = compiled.Evaluate(Some.SampleFor("yangxi-2023.yaml")).GetValueOrThrow();

        Assert.Equal("508.24 + 2171.21 = 2679.45，实际支出 = 2679.48", SelfEvaluationText.CheckFinding(card, compiled.Definition, compiled.Definition.Checks.Single(c => c.Id == "spending_parts"), Zh));
    }

    private static Results.Scorecard Score(decimal collected, decimal due, bool overspent, bool hasProjects = true)
        => Some.Score(Methods, b => b.Set("collected", collected).Set("due", due).Set("late_days", 0).Set("findings", 0).Set("published", true)
            .Set("overspent", overspent).Set("has_projects", hasProjects).Set("satisfaction", 0.85m).Judge("projects", 6, "规范"));
}
