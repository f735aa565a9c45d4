using System.IO;
using PerfEval.Loading;
using YamlDotNet.RepresentationModel;
using PerfEval.Evaluation;
using PerfEval.Results;

namespace PerfEval.Benchmarks;

/// <summary>
/// Loading rules/yangxi-2023.yaml from text: PerfEval reads, validates, and builds every formula's tree of evaluation
/// nodes. The floor is YamlDotNet's parse of the same text alone, which any YAML loader does; for scale, RulesEngine's
/// cost to stand up the equivalent workflow (validation, then compiling every rule on the first execution).
/// </summary>
public class LoadRuleSet
{
    private string yaml = null!;
    private YangxiInputs record = null!;

    [GlobalSetup]
    public void Setup()
    {
        yaml = Data.YangxiRules;
        record = Data.Shape(Data.Report).Record;
        RuleSetLoader.Load(yaml, "yangxi-2023.yaml").GetValueOrThrow();
    }

    [Benchmark(Baseline = true, Description = "YamlDotNet parse only")]
    public YamlStream YamlParseOnly()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream;
    }

    [Benchmark(Description = "PerfEval load (parse + validate + compile)")]
    public Result<CompiledRuleSet> PerfEvalLoad() => RuleSetLoader.Load(yaml, "yangxi-2023.yaml");

    [Benchmark(Description = "RulesEngine 6.0.1 new engine + first run")]
    public EngineScores RulesEngineFirstRun() => new RulesEngineScorer().Score(record);
}
