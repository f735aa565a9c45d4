using System.Linq;
using PerfEval.Evaluation;
using PerfEval.Results;

namespace PerfEval.Benchmarks;

/// <summary>
/// Scoring one department under rules/yangxi-2023.yaml: the hand-written floor, naive NCalc (parse every formula on
/// every evaluation), a RulesEngine 6.0.1 workflow, and PerfEval's compiled rule set. PerfEval does more than the others:
/// it also runs the rule set's checks and returns a full scorecard (every indicator, group subtotals, weight moves,
/// metrics, warnings); the scorecard's explanation texts are written on first read, which no benchmark does.
/// </summary>
public class ScoreOneDepartment
{
    private Department department = null!;
    private CompiledRuleSet rules = null!;
    private NaiveNCalcScorer naive = null!;
    private RulesEngineScorer rulesEngine = null!;

    /// <summary>Gets or sets the input shape: the report's figures, or a generated department with or without fund allocation assessed.</summary>
    [Params(Data.Report, Data.FundAssessed, Data.FundNotAssessed)]
    public string Shape { get; set; } = Data.Report;

    [GlobalSetup]
    public void Setup()
    {
        department = Data.Shape(Shape);
        rules = Data.Rules;
        naive = new NaiveNCalcScorer(rules.Definition);
        rulesEngine = new RulesEngineScorer();

        // Before anything is timed, every scorer must score this department and 1,000 generated ones exactly as the
        // floor does (the tests check the floor against PerfEval on 5,000). This also compiles RulesEngine's workflow.
        foreach (var checkedOne in Departments.Generate(1_000).Append(department))
        {
            var floor = YangxiByHand.Score(checkedOne.Record);
            Agreement.Check($"naive NCalc, {checkedOne.Name}", floor, naive.Score(checkedOne.Variables, checkedOne.Judgements));
            Agreement.Check($"RulesEngine, {checkedOne.Name}", floor, rulesEngine.Score(checkedOne.Record));
            Agreement.Check($"PerfEval, {checkedOne.Name}", floor, rules.Evaluate(checkedOne.Input));
        }
    }

    [Benchmark(Baseline = true, Description = "Hand-written C#")]
    public YangxiScores HandWritten() => YangxiByHand.Score(department.Record);

    [Benchmark(Description = "Naive NCalc")]
    public EngineScores NaiveNCalc() => naive.Score(department.Variables, department.Judgements);

    [Benchmark(Description = "RulesEngine 6.0.1")]
    public EngineScores RulesEngineWorkflow() => rulesEngine.Score(department.Record);

    [Benchmark(Description = "PerfEval compiled")]
    public EvaluationResult PerfEvalCompiled() => rules.Evaluate(department.Input);
}
