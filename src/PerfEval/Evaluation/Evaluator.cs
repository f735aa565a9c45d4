using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Runtime.CompilerServices;
using PerfEval.Formulas;
using PerfEval.Inputs;
using PerfEval.Results;
using PerfEval.Rules;
using PerfEval.Validation;

namespace PerfEval.Evaluation;

/// <summary>
/// One evaluation: binds the input, computes metrics and checks, decides which indicators are assessed, moves the
/// weight of those that are not, scores, rounds, sums and grades. Pure: no I/O, no clock, no shared state. A successful
/// evaluation stays behind its scorecard, which builds its indicators from it when first read (Evaluator.Scorecard.cs).
/// </summary>
internal sealed partial class Evaluator : IScorecardSource
{
    private readonly CompiledRuleSet rules;
    private readonly InputValues input;
    private readonly IndicatorLine[] lines;
    private decimal[]? effective;
    private Exception?[]? metricFailures;
    private HashSet<string>? reportedMetrics;
    private List<WeightMove>? moves;
    private Judgement?[]? judgements;
    private DiagnosticSink? sink;

    public Evaluator(CompiledRuleSet rules, InputValues input)
    {
        this.rules = rules;
        this.input = input;
        Frame = new ValueFrame(rules.Symbols.Count, rules.HasTexts);
        lines = new IndicatorLine[rules.All.Length];
    }

    public ValueFrame Frame { get; }

    /// <summary>Gets the evaluation's diagnostics, made on the first one: most evaluations have none.</summary>
    public DiagnosticSink Sink => sink ??= new DiagnosticSink(input.SourceName);

    private bool HasErrors => sink is { HasErrors: true };

    private RuleSet Definition => rules.Definition;

    /// <summary>
    /// Computes every number eagerly (scores, weights, total, grade) and reports every error; the scorecard's indicator
    /// objects, texts and metric list are built from this evaluation's state when first read.
    /// </summary>
    public EvaluationResult Run()
    {
        Bind();
        CheckJudgementIds();
        if (HasErrors)
        {
            // Values are wrong: nothing can be scored, but the judgements can still be checked, so one run lists every problem.
            foreach (var plan in rules.All)
            {
                if (plan.Method is JudgementPlan && !plan.UnderCondition)
                {
                    Judge(plan);
                }
            }

            return Failed();
        }

        RunChecks();

        // An indicator whose condition cannot be decided counts as assessed, so the rest is still scored and checked.
        DecideApplicability();

        try
        {
            MoveWeights();
        }
        catch (OverflowException)
        {
            Sink.Error(Codes.ArithmeticOverflow, "Arithmetic overflow moving the weight of indicators that are not assessed: the weights are beyond the range of decimal.", Definition.Position);
            return Failed();
        }

        // Score, round and add up each leaf: a group's score is the rounded sum of its children's rounded scores, which
        // rounding leaves as it is, so the sum over leaves is the sum over top-level indicators. Groups' figures are
        // added up when the scorecard's indicators are first read.
        var rounding = Definition.Rounding;
        var sum = new ScoreSum(rounding.Decimals);
        foreach (var leaf in rules.Leaves)
        {
            ref var line = ref lines[leaf.Index];
            var scaling = false;
            try
            {
                if (line.Head is null && !line.Undecided)
                {
                    // An assessed leaf's raw score on its declared weight; an error is reported and the leaf left out.
                    if (leaf.Method!.Score(this, leaf) is not { } raw)
                    {
                        continue;
                    }

                    line.Raw = raw;
                }

                scaling = true;
                sum.Add(ScoreOf(leaf, line));
            }
            catch (OverflowException)
            {
                ReportOverflow(leaf, scaling ? "scaling its score by the weight moved onto it" : null);
            }
        }

        WarnIgnoredJudgements();
        if (HasErrors)
        {
            return Failed();
        }

        var total = rounding.Apply(sum.Total());
        Grade? grade = null;
        for (var g = 0; g < rules.Grades.Length && grade is null; g++)
        {
            if (rules.Grades[g].Range.Contains(total))
            {
                grade = rules.GradeResults[g];
            }
        }

        if (grade is null)
        {
            return NoGrade(total);
        }

        var card = new Scorecard(Definition.Id, Definition.Version, Definition.Title, input.Subject, Definition.TotalPoints, Definition.Rounding.Decimals, total, grade, this, (IReadOnlyList<WeightMove>?)moves ?? Array.Empty<WeightMove>(), sink?.Sorted() ?? Array.Empty<Diagnostic>());
        return new EvaluationResult(card, card.Warnings);
    }

    /// <summary>
    /// Works out a leaf's score from its line: a scored leaf's raw score, scaled by any weight moved onto it and
    /// rounded (trailing zeros are added when the scorecard shows it); a leaf not assessed has full marks or none, as
    /// its fallback says. Computed again when the scorecard is read, which is cheaper than keeping it in every line.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private decimal ScoreOf(IndicatorPlan leaf, in IndicatorLine line)
        => line.Head is null && !line.Received ? Definition.Rounding.Round(line.Raw) : MovedScoreOf(leaf, line);

    /// <summary>See <see cref="ScoreOf"/>: a leaf weight moved onto, or one not assessed.</summary>
    private decimal MovedScoreOf(IndicatorPlan leaf, in IndicatorLine line)
    {
        var rounding = Definition.Rounding;
        if (line.Head is { } head)
        {
            return StatusOf(head) == IndicatorStatus.NotAssessed && head.Definition.Fallback!.Kind == FallbackKind.FullMarks ? rounding.Apply(EffectiveOf(leaf)) : 0m;
        }

        // Only weight moved onto a leaf can make its effective weight differ from its declared weight.
        var eff = EffectiveOf(leaf);
        return rounding.Round(eff == leaf.Weight ? line.Raw : line.Raw * eff / leaf.Weight);
    }

    /// <summary>Evaluates a number formula; reports missing inputs and arithmetic errors and returns <see langword="null"/>.</summary>
    public decimal? Number(CompiledFormula formula, string? indicatorId, string role)
    {
        if (!Available(formula, indicatorId, role))
        {
            return null;
        }

        try
        {
            return formula.EvaluateNumber(Frame);
        }
        catch (Exception ex) when (ex is DivideByZeroException or OverflowException)
        {
            ReportArithmetic(ex, formula, indicatorId, role);
            return null;
        }
    }

    /// <summary>Evaluates a condition; reports missing inputs and arithmetic errors and returns <see langword="null"/>.</summary>
    public bool? Boolean(CompiledFormula formula, string? indicatorId, string role)
    {
        if (!Available(formula, indicatorId, role))
        {
            return null;
        }

        try
        {
            return formula.EvaluateBoolean(Frame);
        }
        catch (Exception ex) when (ex is DivideByZeroException or OverflowException)
        {
            ReportArithmetic(ex, formula, indicatorId, role);
            return null;
        }
    }

    /// <summary>Reads the judgement of a judgement indicator from the input.</summary>
    public decimal? Judge(IndicatorPlan indicator)
    {
        if (judgements?[indicator.JudgementSlot] is { } judgement
            && !DecimalTests.IsBelowZero(judgement.Score)
            && judgement.Score <= indicator.Weight
            && !string.IsNullOrWhiteSpace(judgement.Reason))
        {
            return judgement.Score;
        }

        ReportJudgement(indicator);
        return null;
    }

    /// <summary>Says why <see cref="Judge"/> turned down an indicator's judgement (kept apart, so judging stays small).</summary>
    private void ReportJudgement(IndicatorPlan indicator)
    {
        var id = indicator.Id;
        var judgement = judgements?[indicator.JudgementSlot];
        if (judgement is null)
        {
            Sink.Error(Codes.MissingJudgement, $"Indicator '{id}' ({indicator.Definition.Name}) is scored by judgement, but the input gives no judgement for it: add \"{id}\": {{ \"score\": …, \"reason\": \"…\" }} under \"judgements\".", 0, 0, id);
        }
        else if (DecimalTests.IsBelowZero(judgement.Score) || judgement.Score > indicator.Weight)
        {
            Sink.Error(Codes.JudgementOutOfRange, $"The judgement of indicator '{id}' is {DiagnosticText.Number(judgement.Score)}, outside [0, {DiagnosticText.Number(indicator.Weight)}].", judgement.Line, judgement.Column, id);
        }
        else
        {
            Sink.Error(Codes.JudgementWithoutReason, $"The judgement of indicator '{id}' has no written reason.", judgement.Line, judgement.Column, id);
        }
    }

    /// <summary>Gets the written reason of a judgement that <see cref="Judge"/> accepted.</summary>
    public string? ReasonOf(IndicatorPlan indicator) => judgements![indicator.JudgementSlot]!.Reason;

    private EvaluationResult Failed() => new(null, sink!.Sorted());

    private EvaluationResult NoGrade(decimal total)
    {
        Sink.Error(Codes.GradeLayout, $"The total {DiagnosticText.Number(total)} falls in no grade band of rule set '{Definition.Id}'.", Definition.Position);
        return Failed();
    }

    private void Bind()
    {
        // Walk the values given and find each among the declared inputs; when every required input was among them,
        // none is missing. Errors are written by helpers, so this loop stays small.
        var required = 0;
        var names = rules.InputsByName.Read();
        foreach (var pair in input.ValueTable)
        {
            if (names.Next(pair.Key) is not { } symbol)
            {
                ReportUnknownInput(pair.Key, pair.Value);
                continue;
            }

            if (symbol.Required)
            {
                required++;
            }

            if (!symbol.TryBind(pair.Value, Frame))
            {
                ReportRejected(symbol, pair.Value);
            }
        }

        names.End(input.ValueTable);
        if (required != rules.RequiredInputs)
        {
            ReportMissingInputs();
        }
    }

    private void ReportUnknownInput(string name, InputValue value)
    {
        var hint = Spelling.Closest(name, rules.Definition.Inputs.Select(i => i.Name));
        Sink.Error(Codes.UnknownInput, $"Unknown input '{name}': rule set '{Definition.Id}' declares no such input." + (hint is null ? string.Empty : $" Did you mean '{hint}'?"), value.Line, value.Column);
    }

    private void ReportMissingInputs()
    {
        foreach (var definition in rules.Inputs)
        {
            if (definition.Required && !input.ValueTable.ContainsKey(definition.Name))
            {
                var users = UsersOf(definition.Name);
                Sink.Error(Codes.MissingInput, $"Missing required input '{definition.Name}'" + Describe(definition) + (users.Count == 0 ? "." : $", used by {string.Join(", ", users.Select(u => $"'{u}'"))}."), 0, 0, users.FirstOrDefault());
            }
        }
    }

    /// <summary>
    /// Says why the quick test of <see cref="Symbol.TryBind"/> turned a value down, by checking it again one rule at a
    /// time (the two tests agree).
    /// </summary>
    private void ReportRejected(Symbol symbol, InputValue value)
    {
        var definition = symbol.Input!;
        var name = definition.Name;
        if (value.Kind != symbol.Expected)
        {
            var wanted = definition.Type switch
            {
                InputType.Decimal => "a number",
                InputType.Integer => "a whole number",
                InputType.Boolean => "true or false",
                InputType.Choice => $"one of {string.Join(", ", definition.Choices)}",
                _ => "text",
            };
            Sink.Error(Codes.WrongInputType, $"Input '{name}' must be {wanted}, not {Show(value)}.", value.Line, value.Column, UsersOf(name).FirstOrDefault());
            return;
        }

        switch (definition.Type)
        {
            case InputType.Integer when !DecimalTests.IsWhole(value.Number):
                Sink.Error(Codes.WrongInputType, $"Input '{name}' must be a whole number, not {value}.", value.Line, value.Column, UsersOf(name).FirstOrDefault());
                return;
            case InputType.Choice when !definition.Choices.Contains(value.Text!):
                Sink.Error(Codes.InputOutOfRange, $"Input '{name}' must be one of {string.Join(", ", definition.Choices)}, not '{value.Text}'.", value.Line, value.Column, UsersOf(name).FirstOrDefault());
                return;
        }

        if (value.Kind == InputValueKind.Number && ((definition.Min is { } min && value.Number < min) || (definition.Max is { } max && value.Number > max)))
        {
            var range = new NumericRange(definition.Min, true, definition.Max, true);
            Sink.Error(Codes.InputOutOfRange, $"Input '{name}' is {value}, outside its allowed range {range}" + Describe(definition) + ".", value.Line, value.Column, UsersOf(name).FirstOrDefault());
            return;
        }

        Debug.Fail($"Input '{name}' was turned down by the quick test and admitted by this one.");
    }

    private static string Show(InputValue value) => value.Kind switch
    {
        InputValueKind.Number => $"the number {value}",
        InputValueKind.Boolean => $"{value}",
        _ => $"the text \"{value}\"",
    };

    private static string Describe(InputDefinition definition)
    {
        var parts = new[] { definition.Description, definition.Unit }.Where(p => !string.IsNullOrEmpty(p)).ToList();
        return parts.Count == 0 ? string.Empty : $" ({string.Join(", ", parts)})";
    }

    /// <summary>Lists the indicators whose formulas read a name, directly or through metrics.</summary>
    private List<string> UsersOf(string name)
    {
        var metricReaders = new HashSet<string>(StringComparer.Ordinal) { name };
        bool changed;
        do
        {
            changed = false;
            foreach (var (metric, formula) in rules.Metrics)
            {
                if (!metricReaders.Contains(metric.Name) && formula.Symbols.Any(s => metricReaders.Contains(s.Name)))
                {
                    metricReaders.Add(metric.Name);
                    changed = true;
                }
            }
        }
        while (changed);

        return rules.All.Where(p => p.Formulas.Any(f => f.Symbols.Any(s => metricReaders.Contains(s.Name)))).Select(p => p.Id).ToList();
    }

    private void CheckJudgementIds()
    {
        var table = input.JudgementTable;
        if (table.Count == 0)
        {
            return;
        }

        var ids = rules.JudgedById.Read();
        var slots = judgements = new Judgement?[rules.JudgedPlans.Length];
        foreach (var pair in table)
        {
            if (ids.Next(pair.Key) is { } judged)
            {
                slots[judged.JudgementSlot] = pair.Value;
            }
            else
            {
                ReportUnexpectedJudgement(pair.Key, pair.Value);
            }
        }

        ids.End(table);
    }

    private void ReportUnexpectedJudgement(string id, Judgement judgement)
    {
        if (!rules.ById.TryGetValue(id, out var plan))
        {
            Sink.Error(Codes.UnexpectedJudgement, $"Judgement for '{id}', which is not an indicator of rule set '{Definition.Id}'.", judgement.Line, judgement.Column);
        }
        else
        {
            var kind = plan.Definition.Method?.Kind ?? "group";
            Sink.Error(Codes.UnexpectedJudgement, $"Judgement for '{id}', which is scored by {kind}, not by judgement; remove it.", judgement.Line, judgement.Column, id);
        }
    }

    private void WarnIgnoredJudgements()
    {
        if (judgements is null)
        {
            return;
        }

        foreach (var plan in rules.ConditionallyJudged)
        {
            if (judgements[plan.JudgementSlot] is { } judgement && !lines[plan.Index].Assessed)
            {
                Sink.Warning(Codes.UnexpectedJudgement, $"The judgement for '{plan.Id}' is ignored: the indicator is not assessed.", judgement.Line, judgement.Column, plan.Id);
            }
        }
    }

    /// <summary>
    /// Makes a symbol's value present: an input is present when given; a metric is computed on first need, after the
    /// metrics it reads. Returns <see langword="false"/> when a needed input is missing or the arithmetic failed.
    /// </summary>
    private bool Ensure(Symbol symbol) => Frame.Present[symbol.Index] || Compute(symbol);

    /// <summary>Computes a metric's value on first need, after the metrics it reads; see <see cref="Ensure"/>.</summary>
    private bool Compute(Symbol symbol)
    {
        var i = symbol.Index;
        if (!symbol.IsMetric || metricFailures?[i] is not null)
        {
            return false; // An input not given, or a metric whose arithmetic failed before.
        }

        var formula = rules.MetricFormulas[i]!;
        var ready = true;
        var dependencies = formula.Reads;
        for (var d = 0; d < dependencies.Length; d++)
        {
            ready &= Ensure(dependencies[d]);
        }

        if (!ready)
        {
            return false;
        }

        try
        {
            switch (formula.Kind)
            {
                case ValueKind.Number:
                    Frame.Numbers[i] = formula.EvaluateNumber(Frame);
                    break;
                case ValueKind.Boolean:
                    Frame.Booleans[i] = formula.EvaluateBoolean(Frame);
                    break;
                default:
                    Frame.Texts[i] = formula.EvaluateText(Frame);
                    break;
            }

            Frame.Present[i] = true;
        }
        catch (Exception ex) when (ex is DivideByZeroException or OverflowException)
        {
            (metricFailures ??= new Exception?[rules.Symbols.Count])[i] = ex;
        }

        return Frame.Present[i];
    }

    private void RunChecks()
    {
        foreach (var check in rules.Checks)
        {
            var formula = check.Assertion;
            var ready = true;
            var symbols = formula.Reads;
            for (var i = 0; i < symbols.Length; i++)
            {
                ready &= Ensure(symbols[i]);
            }

            if (!ready)
            {
                continue; // A check whose optional inputs are absent, or whose metrics cannot be computed, is skipped.
            }

            try
            {
                if (formula.EvaluateBoolean(Frame))
                {
                    continue;
                }

                Sink.Add(new Diagnostic(Codes.CheckFailed, DiagnosticSeverity.Warning, CheckFailure(check), Sink.File, 0, 0, null));
            }
            catch (Exception ex) when (ex is DivideByZeroException or OverflowException)
            {
                // A check only ever warns; one that cannot be computed warns too.
                ReportArithmetic(ex, formula, null, $"check '{check.Definition.Id}'", DiagnosticSeverity.Warning);
            }
        }

    }

    /// <summary>Writes a failed check's warning, with the figures it compared, when the warning is read.</summary>
    private Func<string> CheckFailure(CheckPlan check) => () =>
    {
        var formula = check.Assertion;
        var detail = check.Left is { } left && check.Right is { } right
            ? $"{Side(left)} = {FormulaPrinter.Number(left.EvaluateNumber(Frame))}, {Side(right)} = {FormulaPrinter.Number(right.EvaluateNumber(Frame))}"
            : FormulaPrinter.Substitute(formula, Frame) + " is false";
        return Diagnostic.OneLine($"{check.Definition.Message}: {detail} (check '{check.Definition.Id}': {formula.Source.Text})");

        string Side(CompiledFormula side) => side.Tree is NCalc.Identifier identifier ? identifier.Name : FormulaPrinter.Substitute(side, Frame);
    };

    private bool Available(CompiledFormula formula, string? indicatorId, string role)
    {
        // The usual case, every value there, without allocating.
        var symbols = formula.Reads;
        var all = true;
        for (var i = 0; i < symbols.Length && all; i++)
        {
            all = Ensure(symbols[i]);
        }

        if (!all)
        {
            ReportUnavailable(formula, indicatorId, role);
        }

        return all;
    }

    /// <summary>Reports why a formula cannot be evaluated: a missing input, or a metric that could not be computed.</summary>
    private void ReportUnavailable(CompiledFormula formula, string? indicatorId, string role)
    {
        foreach (var symbol in formula.Symbols.Where(s => !Ensure(s)))
        {
            if (FailedMetricOf(symbol) is { } failed)
            {
                if ((reportedMetrics ??= new HashSet<string>(StringComparer.Ordinal)).Add(failed.Name))
                {
                    var users = UsersOf(failed.Name);
                    ReportArithmetic(metricFailures![failed.Index]!, rules.MetricFormulas[failed.Index]!, indicatorId, $"metric '{failed.Name}'" + (users.Count == 0 ? string.Empty : $" (used by {string.Join(", ", users.Select(u => $"'{u}'"))})"));
                }

                continue;
            }

            var missing = symbol.IsMetric ? MissingInputsOf(symbol) : new List<string> { symbol.Name };
            var what = symbol.IsMetric
                ? $"metric '{symbol.Name}', which cannot be computed without input{(missing.Count == 1 ? string.Empty : "s")} {string.Join(", ", missing.Select(m => $"'{m}'"))}"
                : $"input '{symbol.Name}'";
            Sink.Error(Codes.InputUnavailable, $"{DiagnosticText.Capitalize(role)} of indicator '{indicatorId}' needs {what}, which the input does not give.", FormulaCompiler.PositionOf(formula.Source, symbol.Name), indicatorId);
        }
    }

    /// <summary>Finds the metric whose arithmetic failed behind a symbol, if that is why it has no value.</summary>
    private Symbol? FailedMetricOf(Symbol symbol)
    {
        if (!symbol.IsMetric)
        {
            return null;
        }

        if (metricFailures?[symbol.Index] is not null)
        {
            return symbol;
        }

        return rules.MetricFormulas[symbol.Index]!.Symbols.Select(FailedMetricOf).FirstOrDefault(s => s is not null);
    }

    private List<string> MissingInputsOf(Symbol metric)
    {
        var formula = rules.Metrics.First(m => m.Definition.Name == metric.Name).Formula;
        return formula.Symbols.Where(s => !Frame.Present[s.Index]).SelectMany(s => s.IsMetric ? MissingInputsOf(s) : new List<string> { s.Name }).Distinct().ToList();
    }

    /// <summary>Reports an overflow in an indicator, <paramref name="where"/> in it (<see langword="null"/>: in its method).</summary>
    private void ReportOverflow(IndicatorPlan plan, string? where)
    {
        where ??= $"its {plan.Method!.Kind} method";
        Sink.Error(Codes.ArithmeticOverflow, $"Arithmetic overflow in indicator '{plan.Id}', {where}: a value is beyond the range of decimal.", plan.Definition.Position, plan.Id);
    }

    private void ReportArithmetic(Exception ex, CompiledFormula formula, string? indicatorId, string role, DiagnosticSeverity severity = DiagnosticSeverity.Error)
    {
        var substituted = FormulaPrinter.Substitute(formula, Frame);
        var zeros = formula.Symbols.Where(s => s.Kind == ValueKind.Number && Frame.Present[s.Index] && Frame.Numbers[s.Index] == 0).Select(s => $"{s.Name} = 0").ToList();
        var message = ex is DivideByZeroException
            ? $"Division by zero in {role}: {formula.Source.Text} → {substituted}" + (zeros.Count == 0 ? "." : $" ({string.Join(", ", zeros)}).")
            : $"Arithmetic overflow in {role}: {formula.Source.Text} → {substituted}; a value is beyond the range of decimal.";
        var at = formula.Source.Position;
        Sink.Add(new Diagnostic(ex is DivideByZeroException ? Codes.DivisionByZero : Codes.ArithmeticOverflow, severity, message, at.File, at.Line, at.Column, indicatorId));
    }

    /// <summary>
    /// Decides which indicators are assessed: every one is, unless it or one it belongs to has a condition that is
    /// false. Conditions are evaluated in tree order, so an indicator's fate is decided by the outermost one.
    /// </summary>
    private void DecideApplicability()
    {
        foreach (var plan in rules.Conditional)
        {
            if (lines[plan.Index].Head is not null)
            {
                continue; // Inside an indicator that is not assessed.
            }

            var applies = Boolean(plan.AppliesWhen!, plan.Id, "'applies_when'");
            for (var i = plan.Index; i < plan.End; i++)
            {
                ref var line = ref lines[i];
                if (applies is false)
                {
                    line.Head = plan;
                }
                else if (applies is null)
                {
                    // Reported; counted as assessed so weights still add up, but neither it nor anything inside it is scored.
                    line.Undecided = true;
                }
            }
        }
    }

    /// <summary>
    /// Moves the weight of every not-assessed indicator per its fallback, leaving each leaf's effective weight in
    /// <see cref="effective"/>.
    /// An indicator moves before any indicator it moves weight onto that is itself not assessed, so chains land.
    /// </summary>
    private void MoveWeights()
    {
        IndicatorPlan? first = null;
        List<IndicatorPlan>? heads = null;
        foreach (var plan in rules.Conditional)
        {
            if (lines[plan.Index].Head == plan)
            {
                if (first is null)
                {
                    first = plan;
                }
                else
                {
                    (heads ??= new List<IndicatorPlan> { first }).Add(plan);
                }
            }
        }

        if (heads is not null)
        {
            foreach (var head in OrderForMoving(heads))
            {
                Move(head);
            }
        }
        else if (first is not null)
        {
            Move(first);
        }
    }

    private void Move(IndicatorPlan head)
    {
        var fallback = head.Definition.Fallback!;
        var amount = 0m;
        foreach (var leaf in head.Leaves)
        {
            amount += EffectiveOf(leaf);
        }

        switch (fallback.Kind)
        {
            case FallbackKind.MoveTo:
            {
                var target = head.FallbackTarget!;
                if (lines[target.Index].Assessed && !HasAssessedLeaf(target))
                {
                    Sink.Error(Codes.FallbackTarget, $"Indicator '{head.Id}' is not assessed and moves its weight to '{target.Id}', but no indicator inside '{target.Id}' is assessed either.", fallback.Position, head.Id);
                    return;
                }

                Distribute(amount, target);
                (moves ??= new List<WeightMove>()).Add(new WeightMove(head.Id, target.Id, amount));
                break;
            }

            case FallbackKind.Spread:
            {
                // A sibling group none of whose leaves is assessed has nowhere to put a share; it takes none.
                var siblings = (head.Parent?.Children ?? (IReadOnlyList<IndicatorPlan>)rules.Roots).Where(HasAssessedLeaf).ToList();
                if (siblings.Count == 0)
                {
                    Sink.Error(Codes.FallbackTarget, $"Indicator '{head.Id}' is not assessed and spreads its weight over its siblings, but none of them is assessed either.", fallback.Position, head.Id);
                    return;
                }

                foreach (var (sibling, share) in Shares(amount, siblings))
                {
                    Distribute(share, sibling);
                    (moves ??= new List<WeightMove>()).Add(new WeightMove(head.Id, sibling.Id, share));
                }

                break;
            }

            default:
                return; // Full marks or zero: the weight stays.
        }

        foreach (var leaf in head.Leaves)
        {
            Effective(leaf) = 0m;
        }
    }

    /// <summary>Gets a leaf's effective weight: its declared weight, unless weight moved onto it or away from it.</summary>
    private decimal EffectiveOf(IndicatorPlan leaf) => effective is null ? leaf.Weight : effective[leaf.Index];

    /// <summary>Gets the slot of a leaf's effective weight, making the slots (each a declared weight) when weight first moves.</summary>
    private ref decimal Effective(IndicatorPlan leaf)
    {
        if (effective is null)
        {
            effective = new decimal[lines.Length];
            foreach (var each in rules.Leaves)
            {
                effective[each.Index] = each.Weight;
            }
        }

        return ref effective[leaf.Index];
    }

    private bool HasAssessedLeaf(IndicatorPlan plan)
    {
        foreach (var leaf in plan.Leaves)
        {
            if (lines[leaf.Index].Assessed)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds moved weight to a receiver's leaves (its assessed leaves when it is assessed), in proportion to their
    /// declared weights, so the split does not depend on the order moves are written in.
    /// </summary>
    private void Distribute(decimal amount, IndicatorPlan target)
    {
        if (target.Method is not null)
        {
            Effective(target) += amount;
            lines[target.Index].Received = true;
            return;
        }

        var leaves = lines[target.Index].Assessed ? target.Leaves.Where(l => lines[l.Index].Assessed).ToList() : target.Leaves;
        foreach (var (leaf, share) in Shares(amount, leaves))
        {
            Effective(leaf) += share;
            lines[leaf.Index].Received = true;
        }
    }

    /// <summary>
    /// Splits an amount in proportion to declared weights, each share but the last rounded to the rule set's decimals
    /// and the last taking the remainder: the shares add up exactly and every effective weight is shown as it is
    /// (1 over three: 0.33, 0.33, 0.34).
    /// </summary>
    private IEnumerable<(IndicatorPlan Plan, decimal Share)> Shares(decimal amount, IReadOnlyList<IndicatorPlan> plans)
    {
        var basis = plans.Sum(p => p.Weight);
        var given = 0m;
        for (var i = 0; i < plans.Count; i++)
        {
            var share = i == plans.Count - 1 ? amount - given : Definition.Rounding.Apply(amount * plans[i].Weight / basis);
            given += share;
            yield return (plans[i], share);
        }
    }

    private List<IndicatorPlan> OrderForMoving(List<IndicatorPlan> heads)
    {
        // A head whose move lands on (or inside) another not-assessed head must go first.
        var ordered = new List<IndicatorPlan>(heads.Count);
        var remaining = new List<IndicatorPlan>(heads);
        var ready = new List<IndicatorPlan>();
        while (remaining.Count > 0)
        {
            ready.Clear();
            foreach (var head in remaining)
            {
                var waits = false;
                foreach (var other in remaining)
                {
                    if (other != head && other.FallbackTarget is { } target && lines[target.Index].Head == head)
                    {
                        waits = true;
                        break;
                    }
                }

                if (!waits)
                {
                    ready.Add(head);
                }
            }

            if (ready.Count == 0)
            {
                ready.Add(remaining[0]); // A cycle: validation reports it; move in tree order.
            }

            foreach (var head in ready)
            {
                ordered.Add(head);
                remaining.Remove(head);
            }
        }

        return ordered;
    }

    private static IndicatorStatus StatusOf(IndicatorPlan head) => head.Definition.Fallback!.Kind is FallbackKind.MoveTo or FallbackKind.Spread
        ? IndicatorStatus.Redistributed
        : IndicatorStatus.NotAssessed;
}
