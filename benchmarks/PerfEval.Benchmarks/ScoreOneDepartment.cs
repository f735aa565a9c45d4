using System.Linq;
using PerfEval.Evaluation;
using PerfEval.Inputs;
using PerfEval.Results;

namespace PerfEval.Benchmarks;

/// <summary>
/// Scoring one department under rules/yangxi-2023.yaml: the hand-written floor, naive NCalc (parse every formula on
/// every evaluation), a RulesEngine 6.0.1 workflow, and PerfEval's compiled rule set. PerfEval does more than the others:
/// it also runs the rule set's checks and returns a finished scorecard (every indicator's weights, score and status, group
/// subtotals, the total, grade, weight moves and warnings). The compared PerfEval row scores an input bound once, as the
/// JSON reader and typed records give it; the by-name row also binds each time; the last row builds and reads every
/// explanation too.
/// </summary>
public class ScoreOneDepartment
{
    private Department department = null!;
    private CompiledRuleSet rules = null!;
    private BoundInput bound = null!;
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
        bound = rules.Bind(department.Input).GetValueOrThrow();
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

    [Benchmark(Description = "PerfEval compiled, numbers only")]
    public Result<Scorecard> PerfEvalCompiled() => rules.Evaluate(bound, EvaluationOptions.NumbersOnly);

    [Benchmark(Description = "PerfEval, numbers only, bound by name each time")]
    public Result<Scorecard> PerfEvalByName() => rules.Evaluate(department.Input, EvaluationOptions.NumbersOnly);

    [Benchmark(Description = "PerfEval, with explanations, read in full")]
    public int PerfEvalReadInFull() => ReadInFull(rules.Evaluate(bound));

    /// <summary>Reads every indicator with its explanation's figures and values, every metric and every warning.</summary>
    internal static int ReadInFull(Result<Scorecard> result)
    {
        var card = result.GetValueOrThrow();
        var length = card.Metrics.Count + card.Warnings.Sum(w => w.Message.Length);
        foreach (var indicator in card.AllIndicators)
        {
            var e = indicator.Explanation!;
            length += (e.Substituted?.Length ?? 0) + e.Values.Count + (e.Reason?.Length ?? 0);
        }

        return length;
    }
}
