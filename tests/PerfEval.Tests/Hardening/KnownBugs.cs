namespace PerfEval.Tests.Hardening;

/// <summary>
/// The bugs the hardening tests found and src/ does not fix yet. Each is the skip reason of the test that shows it;
/// each regression file it names is replayed only by that skipped test, and the fuzzer counts an exception with the
/// signature below as a known failure (tallied in the summary line) instead of a new one. When a bug is fixed, delete
/// its entry: the regression files then join the general replay and the skipped tests must be un-skipped.
/// </summary>
internal static class KnownBugs
{
    public const string FormulaNestingHiddenByQuote =
        "bug: FormulaCompiler.TooComplex takes a quote inside a [bracketed] name or a \\' escape as the start of a string, so the "
        + "nesting after it is not counted; 2000 characters of '-' then overflow the stack in FormulaCompiler.Scope.Visit and kill the process "
        + "(Regressions/formula-quote-hides-nesting.yaml)";

    public const string LoadOverflow =
        "bug: RuleSetValidator sums weights (lines 28 and 104) and checklist points (line 237) with unchecked decimal '+'; weights near "
        + "decimal.MaxValue throw OverflowException out of RuleSetLoader.Load (Regressions/validator-*-overflow.yaml)";

    public const string EvaluationOverflow =
        "bug: Evaluator.Build (outcome.Raw * eff / plan.Weight, line 635), Evaluator.Shares (amount * weight / basis, line 569) and "
        + "DeductionPlan.Score (lines 112, 113, 121) do decimal arithmetic outside the formula try/catch, so large weights or values throw "
        + "OverflowException out of CompiledRuleSet.Evaluate (Regressions/evaluator-*.yaml, deduction-*.yaml)";

    public const string CultureInExplanations =
        "bug: MethodPlans (checklist '(1.5/1.5)', bands '{band.Points} points', deduction 'threshold {d.Threshold}', '{d.Per} × {d.Points}') "
        + "and Evaluator.Build ('weight {plan.Weight}') interpolate decimals with the current culture: under de-DE, fr-FR, tr-TR the JSON "
        + "and text say 1,5 and under ar-SA 1٫5; RuleSetValidator and Evaluator messages do the same ('has weight 2,5')";

    public const string CatalogUnreadableFile =
        "bug: RuleSetCatalog.FromDirectory reads every *.yaml with File.ReadAllText unguarded; a dangling symlink (or unreadable file) "
        + "beside a rule file that uses 'extends' makes RuleSetLoader.LoadFile throw FileNotFoundException";

    public const string DeviceFileUnbounded =
        "bug: LoadFile and JsonInputReader.ReadFile check FileInfo.Length, which is 0 for /dev/zero or a FIFO, then read to the end: "
        + "the host runs out of memory instead of getting PE0005";

    public const string InputSyntaxWithoutName =
        "bug: a JSON syntax error inside \"values\" or a judgement (NaN, Infinity, bytes that are not UTF-8) is PE0401 without the input's "
        + "name, and for bad UTF-8 without a line either: JsonInputReader does not say which value it was reading";

    public const string InputReasonNotText =
        "bug: JsonInputReader skips \"reason\": 5 without a diagnostic (the branch for a non-text reason only reports non-numbers), "
        + "so the run later says PE0408 'has no written reason' instead of PE0401 '\"reason\" must be text'";

    public const string InputBadUtf8InComment =
        "bug: bytes that are not UTF-8 inside a // comment of an input file are accepted (Utf8JsonReader does not validate comments), "
        + "while the same bytes anywhere else are PE0401";

    public const string InputDuplicateJudgementKey =
        "bug: a judgement that states \"score\" (or \"reason\") twice is accepted and the last one wins; JsonInputReader.ReadJudgements "
        + "checks duplicate ids but not duplicate keys inside one judgement, though duplicate keys are errors everywhere else";

    public const string WeightLostInGroup =
        "bug: weight spread or moved onto an assessed group none of whose leaves is assessed vanishes: Evaluator.Distribute shares it over "
        + "an empty list of leaves, effective weights no longer add up to 'total' (the Release build scores out of less than the total; "
        + "the Debug build fails its Debug.Assert in Evaluator.Run and ends the process) (Regressions/evaluator-weight-lost-in-group.yaml)";

    public const string YamlScannerThrows =
        "bug: YamlDotNet's scanner throws InvalidOperationException (not YamlException) on an unclosed flow mapping or list followed by a "
        + "less indented plain key, e.g. 'a: {\\nb' or a Yangxi input line missing its '}' before 'metrics:'; YamlTreeReader.Read catches only "
        + "YamlException, so RuleSetLoader.Load throws (Regressions/yaml-unclosed-flow-*.yaml, fuzz-invalidoperationexception-loading-yamltreereader.yaml)";

    /// <summary>Regression files whose replay is a skipped test (running them would crash the run, or fail on the open bug).</summary>
    public static readonly IReadOnlyDictionary<string, string> RegressionFiles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["formula-quote-hides-nesting"] = FormulaNestingHiddenByQuote,
        ["formula-escaped-quote-hides-nesting"] = FormulaNestingHiddenByQuote,
        ["validator-weight-sum-overflow"] = LoadOverflow,
        ["validator-checklist-points-overflow"] = LoadOverflow,
        ["evaluator-scaling-overflow"] = EvaluationOverflow,
        ["evaluator-spread-share-overflow"] = EvaluationOverflow,
        ["deduction-units-overflow"] = EvaluationOverflow,
        ["input-nan-literal"] = InputSyntaxWithoutName,
        ["input-reason-not-text"] = InputReasonNotText,
        ["input-bad-utf8-in-comment"] = InputBadUtf8InComment,
        ["input-duplicate-judgement-score"] = InputDuplicateJudgementKey,
        ["evaluator-weight-lost-in-group"] = WeightLostInGroup,
        ["yaml-unclosed-flow-mapping-before-key"] = YamlScannerThrows,
        ["yaml-unclosed-flow-minimal"] = YamlScannerThrows,
        ["fuzz-invalidoperationexception-loading-yamltreereader"] = YamlScannerThrows,
    };

    /// <summary>
    /// Exception signatures (type and the first PerfEval frame) the fuzzer meets because of the bugs above. A case that
    /// throws one of these is counted as a failure in the summary but does not fail the fuzz test; any other exception does.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> FuzzSignatures = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["System.OverflowException at PerfEval.Validation.RuleSetValidator"] = LoadOverflow,
        ["System.InvalidOperationException at PerfEval.Loading.YamlTreeReader"] = YamlScannerThrows,
        ["System.OverflowException at PerfEval.Evaluation.Evaluator"] = EvaluationOverflow,
        ["System.OverflowException at PerfEval.Evaluation.DeductionPlan"] = EvaluationOverflow,
        ["PerfEval.Tests.Hardening.DebugAssertException at PerfEval.Evaluation.Evaluator"] = WeightLostInGroup,
    };
}
