using System;
using System.IO;
using System.Reflection;
using PerfEval.Evaluation;
using PerfEval.Inputs;
using PerfEval.Loading;

namespace PerfEval.Benchmarks;

/// <summary>The rule set and the report's figures, embedded in this assembly, and the input shapes the scenarios use.</summary>
public static class Data
{
    /// <summary>The report's own figures (samples/yangxi-2023.json): 资金下达合规性 not assessed, procurement zero, one check warning.</summary>
    public const string Report = "Report";

    /// <summary>A generated department with transfer payments or subordinate units: 资金下达合规性 assessed, no weight moves.</summary>
    public const string FundAssessed = "FundAssessed";

    /// <summary>A generated department with neither: its 2 points move to the execution rate, scored on 7.</summary>
    public const string FundNotAssessed = "FundNotAssessed";

    /// <summary>Gets the text of rules/yangxi-2023.yaml.</summary>
    public static string YangxiRules { get; } = Text("yangxi-2023.yaml");

    /// <summary>Gets the text of samples/yangxi-2023.json.</summary>
    private static string YangxiSample { get; } = Text("yangxi-2023.json");

    private static readonly Lazy<CompiledRuleSet> LazyRules = new(() => RuleSetLoader.Load(YangxiRules, "yangxi-2023.yaml").GetValueOrThrow());

    /// <summary>Gets the Yangxi rules, loaded once.</summary>
    public static CompiledRuleSet Rules => LazyRules.Value;

    /// <summary>Gets a department of the given shape.</summary>
    /// <param name="shape">One of <see cref="Report"/>, <see cref="FundAssessed"/>, <see cref="FundNotAssessed"/>.</param>
    /// <returns>The department.</returns>
    public static Department Shape(string shape) => shape switch
    {
        Report => Departments.FromInput("阳西县土地储备和城市更新事务中心", JsonInputReader.Read(YangxiSample, "yangxi-2023.json").GetValueOrThrow()),
        FundAssessed => Departments.First(fundAllocationAssessed: true),
        FundNotAssessed => Departments.First(fundAllocationAssessed: false),
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "Unknown input shape."),
    };

    private static string Text(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Resource '{name}' is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
