using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using PerfEval.Formulas;
using PerfEval.Inputs;
using PerfEval.Results;
using PerfEval.Rules;
using PerfEval.Validation;

namespace PerfEval.Evaluation;

/// <summary>
/// One evaluation: binds the input, computes metrics and checks, decides which indicators are assessed, moves the
/// weight of those that are not, scores, rounds, sums and grades. Pure: no I/O, no clock, no shared state.
/// </summary>
internal sealed class Evaluator
{
    private readonly CompiledRuleSet rules;
    private readonly InputValues input;
    private readonly Exception?[] metricFailures;
    private readonly bool[] metricTried;
    private HashSet<string>? reportedMetrics;
    private readonly List<WeightMove> moves = new();
    private HashSet<IndicatorPlan>? undecided;

    public Evaluator(CompiledRuleSet rules, InputValues input)
    {
        this.rules = rules;
        this.input = input;
        Frame = new ValueFrame(rules.Symbols.Count);
        Sink = new DiagnosticSink(input.SourceName);
        metricFailures = new Exception?[rules.Symbols.Count];
        metricTried = new bool[rules.Symbols.Count];
    }

    public ValueFrame Frame { get; }

    public DiagnosticSink Sink { get; }

    private RuleSet Definition => rules.Definition;

    public EvaluationResult Run()
    {
        Bind();
        CheckJudgementIds();
        if (Sink.HasErrors)
        {
            // Values are wrong: nothing can be scored, but the judgements can still be checked, so one run lists every problem.
            foreach (var plan in rules.All.Where(p => p.Method is JudgementPlan && !HasCondition(p)))
            {
                Judge(plan);
            }

            return Failed();
        }

        RunChecks();

        // An indicator whose condition cannot be decided counts as assessed, so the rest is still scored and checked.
        var assessed = DecideApplicability();

        decimal[] effective;
        try
        {
            effective = MoveWeights(assessed);
        }
        catch (OverflowException)
        {
            Sink.Error(Codes.ArithmeticOverflow, "Arithmetic overflow moving the weight of indicators that are not assessed: the weights are beyond the range of decimal.", Definition.Position);
            return Failed();
        }

        var outcomes = new MethodOutcome?[rules.All.Length];
        foreach (var leaf in rules.All)
        {
            if (leaf.Method is not null && assessed[leaf.Index] && (undecided is null || !undecided.Contains(leaf)))
            {
                try
                {
                    outcomes[leaf.Index] = leaf.Method.Score(this, leaf);
                }
                catch (OverflowException)
                {
                    ReportOverflow(leaf, $"its {leaf.Method.Kind} method");
                }
            }
        }

        WarnIgnoredJudgements(assessed);
        if (Sink.HasErrors)
        {
            return Failed();
        }

        var scores = new IndicatorScore[rules.Roots.Length];
        var total = 0m;
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = Build(rules.Roots[i], assessed, effective, outcomes);
            total += scores[i].Score;
        }

        if (Sink.HasErrors)
        {
            return Failed();
        }

        Debug.Assert(scores.Sum(s => s.EffectiveWeight) == Definition.TotalPoints || Definition.Rounding.Apply(Definition.TotalPoints) != Definition.TotalPoints, "Effective weights must add up to the total points.");
        GradeBand? band = null;
        foreach (var grade in rules.Grades)
        {
            if (grade.Range.Contains(total))
            {
                band = grade;
                break;
            }
        }

        if (band is null)
        {
            Sink.Error(Codes.GradeLayout, $"The total {DiagnosticText.Number(total)} falls in no grade band of rule set '{Definition.Id}'.", Definition.Position);
            return Failed();
        }

        // Metrics no assessed indicator needed are shown where they can be computed; they cannot fail the evaluation.
        var metrics = rules.Metrics.Select(m => rules.Symbols.Find(m.Definition.Name)!).Where(Ensure).Select(Value).ToList();
        var card = new Scorecard(Definition.Id, Definition.Version, Definition.Title, input.Subject, Definition.TotalPoints, Definition.Rounding.Decimals, total, new Grade(band.Level, band.Label), scores, metrics, moves, Sink.Sorted());
        return new EvaluationResult(card, card.Warnings);
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
    public MethodOutcome? Judge(IndicatorPlan indicator)
    {
        var id = indicator.Id;
        if (!input.Judgements.TryGetValue(id, out var judgement))
        {
            Sink.Error(Codes.MissingJudgement, $"Indicator '{id}' ({indicator.Definition.Name}) is scored by judgement, but the input gives no judgement for it: add \"{id}\": {{ \"score\": …, \"reason\": \"…\" }} under \"judgements\".", 0, 0, id);
            return null;
        }

        if (judgement.Score < 0 || judgement.Score > indicator.Weight)
        {
            Sink.Error(Codes.JudgementOutOfRange, $"The judgement of indicator '{id}' is {DiagnosticText.Number(judgement.Score)}, outside [0, {DiagnosticText.Number(indicator.Weight)}].", judgement.Line, judgement.Column, id);
            return null;
        }

        if (string.IsNullOrWhiteSpace(judgement.Reason))
        {
            Sink.Error(Codes.JudgementWithoutReason, $"The judgement of indicator '{id}' has no written reason.", judgement.Line, judgement.Column, id);
            return null;
        }

        return new MethodOutcome(judgement.Score, null, null, null, judgement.Reason);
    }

    private EvaluationResult Failed() => new(null, Sink.Sorted());

    private static bool HasCondition(IndicatorPlan plan)
    {
        for (var p = plan; p is not null; p = p.Parent)
        {
            if (p.AppliesWhen is not null)
            {
                return true;
            }
        }

        return false;
    }

    private void Bind()
    {
        foreach (var pair in input.Values)
        {
            var symbol = rules.Symbols.Find(pair.Key);
            var value = pair.Value;
            if (symbol?.Input is not { } definition)
            {
                var hint = Spelling.Closest(pair.Key, rules.Definition.Inputs.Select(i => i.Name));
                Sink.Error(Codes.UnknownInput, $"Unknown input '{pair.Key}': rule set '{Definition.Id}' declares no such input." + (hint is null ? string.Empty : $" Did you mean '{hint}'?"), value.Line, value.Column);
                continue;
            }

            if (Accept(definition, value, symbol))
            {
                Frame.Present[symbol.Index] = true;
            }
        }

        foreach (var definition in rules.Inputs)
        {
            if (!definition.Required || Frame.Present[rules.Symbols.Find(definition.Name)!.Index] || input.Values.ContainsKey(definition.Name))
            {
                continue;
            }

            var users = UsersOf(definition.Name);
            Sink.Error(Codes.MissingInput, $"Missing required input '{definition.Name}'" + Describe(definition) + (users.Count == 0 ? "." : $", used by {string.Join(", ", users.Select(u => $"'{u}'"))}."), 0, 0, users.FirstOrDefault());
        }
    }

    private bool Accept(InputDefinition definition, InputValue value, Symbol symbol)
    {
        var name = definition.Name;
        var expected = definition.Type switch
        {
            InputType.Decimal => InputValueKind.Number,
            InputType.Integer => InputValueKind.Number,
            InputType.Boolean => InputValueKind.Boolean,
            _ => InputValueKind.Text,
        };
        if (value.Kind != expected)
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
            return false;
        }

        switch (definition.Type)
        {
            case InputType.Integer when value.Number != Math.Truncate(value.Number):
                Sink.Error(Codes.WrongInputType, $"Input '{name}' must be a whole number, not {value}.", value.Line, value.Column, UsersOf(name).FirstOrDefault());
                return false;
            case InputType.Choice when !definition.Choices.Contains(value.Text!):
                Sink.Error(Codes.InputOutOfRange, $"Input '{name}' must be one of {string.Join(", ", definition.Choices)}, not '{value.Text}'.", value.Line, value.Column, UsersOf(name).FirstOrDefault());
                return false;
        }

        if (value.Kind == InputValueKind.Number && ((definition.Min is { } min && value.Number < min) || (definition.Max is { } max && value.Number > max)))
        {
            var range = new NumericRange(definition.Min, true, definition.Max, true);
            Sink.Error(Codes.InputOutOfRange, $"Input '{name}' is {value}, outside its allowed range {range}" + Describe(definition) + ".", value.Line, value.Column, UsersOf(name).FirstOrDefault());
            return false;
        }

        switch (value.Kind)
        {
            case InputValueKind.Number:
                Frame.Numbers[symbol.Index] = value.Number;
                break;
            case InputValueKind.Boolean:
                Frame.Booleans[symbol.Index] = value.Boolean;
                break;
            default:
                Frame.Texts[symbol.Index] = value.Text;
                break;
        }

        return true;
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
        foreach (var pair in input.Judgements)
        {
            if (!rules.ById.TryGetValue(pair.Key, out var plan))
            {
                Sink.Error(Codes.UnexpectedJudgement, $"Judgement for '{pair.Key}', which is not an indicator of rule set '{Definition.Id}'.", pair.Value.Line, pair.Value.Column);
            }
            else if (!HasJudgement(plan.Definition.Method))
            {
                var kind = plan.Definition.Method?.Kind ?? "group";
                Sink.Error(Codes.UnexpectedJudgement, $"Judgement for '{pair.Key}', which is scored by {kind}, not by judgement; remove it.", pair.Value.Line, pair.Value.Column, pair.Key);
            }
        }
    }

    private static bool HasJudgement(ScoringMethod? method) => method switch
    {
        JudgementMethod => true,
        AlternativesMethod alternatives => alternatives.Options.Any(o => o.Method is JudgementMethod),
        _ => false,
    };

    private void WarnIgnoredJudgements(bool[] assessed)
    {
        foreach (var pair in input.Judgements)
        {
            if (rules.ById.TryGetValue(pair.Key, out var plan) && !assessed[plan.Index])
            {
                Sink.Warning(Codes.UnexpectedJudgement, $"The judgement for '{pair.Key}' is ignored: the indicator is not assessed.", pair.Value.Line, pair.Value.Column, pair.Key);
            }
        }
    }

    /// <summary>
    /// Makes a symbol's value present: an input is present when given; a metric is computed on first need, after the
    /// metrics it reads. Returns <see langword="false"/> when a needed input is missing or the arithmetic failed.
    /// </summary>
    private bool Ensure(Symbol symbol)
    {
        var i = symbol.Index;
        if (Frame.Present[i] || !symbol.IsMetric || metricTried[i])
        {
            return Frame.Present[i];
        }

        metricTried[i] = true;
        var formula = rules.MetricFormulas[i]!;
        var ready = true;
        var dependencies = formula.Symbols;
        for (var d = 0; d < dependencies.Count; d++)
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
            metricFailures[i] = ex;
        }

        return Frame.Present[i];
    }

    private void RunChecks()
    {
        foreach (var check in rules.Checks)
        {
            var formula = check.Assertion;
            var ready = true;
            var symbols = formula.Symbols;
            for (var i = 0; i < symbols.Count; i++)
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

                var detail = check.Left is { } left && check.Right is { } right
                    ? $"{Side(left)} = {FormulaPrinter.Number(left.EvaluateNumber(Frame))}, {Side(right)} = {FormulaPrinter.Number(right.EvaluateNumber(Frame))}"
                    : FormulaPrinter.Substitute(formula, Frame) + " is false";
                Sink.Warning(Codes.CheckFailed, $"{check.Definition.Message}: {detail} (check '{check.Definition.Id}': {formula.Source.Text})", 0, 0);
            }
            catch (Exception ex) when (ex is DivideByZeroException or OverflowException)
            {
                // A check only ever warns; one that cannot be computed warns too.
                ReportArithmetic(ex, formula, null, $"check '{check.Definition.Id}'", DiagnosticSeverity.Warning);
            }
        }

        string Side(CompiledFormula side) => side.Tree is NCalc.Identifier identifier ? identifier.Name : FormulaPrinter.Substitute(side, Frame);
    }

    private bool Available(CompiledFormula formula, string? indicatorId, string role)
    {
        // The usual case, every value there, without allocating.
        var symbols = formula.Symbols;
        var all = true;
        for (var i = 0; i < symbols.Count && all; i++)
        {
            all = Ensure(symbols[i]);
        }

        if (all)
        {
            return true;
        }

        var ok = true;
        foreach (var symbol in formula.Symbols.Where(s => !Ensure(s)))
        {
            ok = false;
            if (FailedMetricOf(symbol) is { } failed)
            {
                if ((reportedMetrics ??= new HashSet<string>(StringComparer.Ordinal)).Add(failed.Name))
                {
                    var users = UsersOf(failed.Name);
                    ReportArithmetic(metricFailures[failed.Index]!, rules.MetricFormulas[failed.Index]!, indicatorId, $"metric '{failed.Name}'" + (users.Count == 0 ? string.Empty : $" (used by {string.Join(", ", users.Select(u => $"'{u}'"))})"));
                }

                continue;
            }

            var missing = symbol.IsMetric ? MissingInputsOf(symbol) : new List<string> { symbol.Name };
            var what = symbol.IsMetric
                ? $"metric '{symbol.Name}', which cannot be computed without input{(missing.Count == 1 ? string.Empty : "s")} {string.Join(", ", missing.Select(m => $"'{m}'"))}"
                : $"input '{symbol.Name}'";
            Sink.Error(Codes.InputUnavailable, $"{DiagnosticText.Capitalize(role)} of indicator '{indicatorId}' needs {what}, which the input does not give.", FormulaCompiler.PositionOf(formula.Source, symbol.Name), indicatorId);
        }

        return ok;
    }

    /// <summary>Finds the metric whose arithmetic failed behind a symbol, if that is why it has no value.</summary>
    private Symbol? FailedMetricOf(Symbol symbol)
    {
        if (!symbol.IsMetric)
        {
            return null;
        }

        if (metricFailures[symbol.Index] is not null)
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

    private void ReportOverflow(IndicatorPlan plan, string where)
    {
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

    private bool[] DecideApplicability()
    {
        var assessed = new bool[rules.All.Length];
        foreach (var plan in rules.All)
        {
            if (plan.Parent is { } parent && !assessed[parent.Index])
            {
                continue;
            }

            if (plan.AppliesWhen is null)
            {
                assessed[plan.Index] = true;
                continue;
            }

            var applies = Boolean(plan.AppliesWhen, plan.Id, "'applies_when'");
            assessed[plan.Index] = applies ?? true;
            if (applies is null)
            {
                // Reported; counted as assessed so weights still add up, but neither it nor its children are scored.
                (undecided ??= new HashSet<IndicatorPlan>()).UnionWith(rules.All.Where(p => p.Path == plan.Path || p.Path.StartsWith(plan.Path + "/", StringComparison.Ordinal)));
            }
        }

        return assessed;
    }

    /// <summary>
    /// Moves the weight of every not-assessed indicator per its fallback and returns each leaf's effective weight.
    /// An indicator moves before any indicator it moves weight onto that is itself not assessed, so chains land.
    /// </summary>
    private decimal[] MoveWeights(bool[] assessed)
    {
        var effective = new decimal[rules.All.Length];
        List<IndicatorPlan>? heads = null;
        foreach (var plan in rules.All)
        {
            if (plan.Method is not null)
            {
                effective[plan.Index] = plan.Weight;
            }

            if (!assessed[plan.Index] && (plan.Parent is null || assessed[plan.Parent.Index]))
            {
                (heads ??= new List<IndicatorPlan>()).Add(plan);
            }
        }

        if (heads is null)
        {
            return effective;
        }

        foreach (var head in OrderForMoving(heads, assessed))
        {
            var fallback = head.Definition.Fallback!;
            var amount = head.Leaves.Sum(l => effective[l.Index]);
            switch (fallback.Kind)
            {
                case FallbackKind.MoveTo:
                {
                    var target = head.FallbackTarget!;
                    if (assessed[target.Index] && !HasAssessedLeaf(target, assessed))
                    {
                        Sink.Error(Codes.FallbackTarget, $"Indicator '{head.Id}' is not assessed and moves its weight to '{target.Id}', but no indicator inside '{target.Id}' is assessed either.", fallback.Position, head.Id);
                        continue;
                    }

                    Distribute(amount, target, assessed, effective);
                    moves.Add(new WeightMove(head.Id, target.Id, amount));
                    break;
                }

                case FallbackKind.Spread:
                {
                    // A sibling group none of whose leaves is assessed has nowhere to put a share; it takes none.
                    var siblings = (head.Parent?.Children ?? (IReadOnlyList<IndicatorPlan>)rules.Roots).Where(s => HasAssessedLeaf(s, assessed)).ToList();
                    if (siblings.Count == 0)
                    {
                        Sink.Error(Codes.FallbackTarget, $"Indicator '{head.Id}' is not assessed and spreads its weight over its siblings, but none of them is assessed either.", fallback.Position, head.Id);
                        continue;
                    }

                    foreach (var (sibling, share) in Shares(amount, siblings, s => s.Weight))
                    {
                        Distribute(share, sibling, assessed, effective);
                        moves.Add(new WeightMove(head.Id, sibling.Id, share));
                    }

                    break;
                }

                default:
                    continue; // Full marks or zero: the weight stays.
            }

            foreach (var leaf in head.Leaves)
            {
                effective[leaf.Index] = 0m;
            }
        }

        return effective;
    }

    private static bool HasAssessedLeaf(IndicatorPlan plan, bool[] assessed)
    {
        foreach (var leaf in plan.Leaves)
        {
            if (assessed[leaf.Index])
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
    private void Distribute(decimal amount, IndicatorPlan target, bool[] assessed, decimal[] effective)
    {
        if (target.Method is not null)
        {
            effective[target.Index] += amount;
            return;
        }

        var leaves = assessed[target.Index] ? target.Leaves.Where(l => assessed[l.Index]).ToList() : target.Leaves;
        foreach (var (leaf, share) in Shares(amount, leaves, l => l.Weight))
        {
            effective[leaf.Index] += share;
        }
    }

    /// <summary>
    /// Splits an amount in proportion, each share but the last rounded to the rule set's decimals and the last taking
    /// the remainder: the shares add up exactly and every effective weight is shown as it is (1 over three: 0.33, 0.33, 0.34).
    /// </summary>
    private IEnumerable<(IndicatorPlan Plan, decimal Share)> Shares(decimal amount, IReadOnlyList<IndicatorPlan> plans, Func<IndicatorPlan, decimal> weightOf)
    {
        var basis = plans.Sum(weightOf);
        var given = 0m;
        for (var i = 0; i < plans.Count; i++)
        {
            var share = i == plans.Count - 1 ? amount - given : Definition.Rounding.Apply(amount * weightOf(plans[i]) / basis);
            given += share;
            yield return (plans[i], share);
        }
    }

    private static List<IndicatorPlan> OrderForMoving(List<IndicatorPlan> heads, bool[] assessed)
    {
        if (heads.Count == 1)
        {
            return heads;
        }

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
                    if (other != head && other.FallbackTarget is { } target && HeadOfNotAssessed(target, assessed) == head)
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

    private IndicatorScore Build(IndicatorPlan plan, bool[] assessed, decimal[] effective, MethodOutcome?[] outcomes)
    {
        // The lambdas live in helpers: captured here, their variables would cost every indicator a closure object.
        var rounding = Definition.Rounding;
        var values = plan.Symbols.Count == 0 ? NoValues : ValuesOf(plan);
        var head = HeadOfNotAssessed(plan, assessed);
        var notAssessed = head is null ? default : NotAssessedOf(head);
        if (plan.IsGroup)
        {
            var children = new IndicatorScore[plan.Children.Count];
            decimal childWeights = 0m, childScores = 0m;
            for (var i = 0; i < children.Length; i++)
            {
                children[i] = Build(plan.Children[i], assessed, effective, outcomes);
                childWeights += children[i].EffectiveWeight;
                childScores += children[i].Score;
            }

            var status = head is null ? IndicatorStatus.Scored : StatusOf(head);
            return new IndicatorScore(plan.Id, plan.Definition.Name, plan.Path, plan.Level, rounding.Apply(plan.Weight), rounding.Apply(childWeights), rounding.Apply(childScores), status, null, null, default, null, notAssessed, null, values, plan.Note, children);
        }

        var eff = effective[plan.Index];
        if (head is not null)
        {
            var status = StatusOf(head);
            var score = status == IndicatorStatus.NotAssessed && head.Definition.Fallback!.Kind == FallbackKind.FullMarks ? eff : 0m;
            return new IndicatorScore(plan.Id, plan.Definition.Name, plan.Path, plan.Level, rounding.Apply(plan.Weight), rounding.Apply(eff), rounding.Apply(score), status, plan.Method!.Kind, null, default, null, notAssessed, null, values, plan.Note, Array.Empty<IndicatorScore>());
        }

        var outcome = outcomes[plan.Index]!;
        decimal scaled;
        try
        {
            scaled = eff == plan.Weight ? outcome.Raw : outcome.Raw * eff / plan.Weight;
        }
        catch (OverflowException)
        {
            ReportOverflow(plan, "scaling its score by the weight moved onto it");
            scaled = 0m;
        }
        var explanation = eff == plan.Weight ? new Deferred<string?>(outcome.Explanation) : ScalingOf(plan, outcome, eff, scaled);

        var substituted = new Deferred<string?>(outcome.Substituted);
        return new IndicatorScore(plan.Id, plan.Definition.Name, plan.Path, plan.Level, rounding.Apply(plan.Weight), rounding.Apply(eff), rounding.Apply(scaled), IndicatorStatus.Scored, plan.Method!.Kind, outcome.Formula, substituted, outcome.Raw, explanation, outcome.Reason, values, plan.Note, Array.Empty<IndicatorScore>());
    }

    private static readonly Deferred<IReadOnlyList<NamedValue>> NoValues = Deferred<IReadOnlyList<NamedValue>>.Of(Array.Empty<NamedValue>());

    private Deferred<IReadOnlyList<NamedValue>> ValuesOf(IndicatorPlan plan)
    {
        var frame = Frame;
        return new Deferred<IReadOnlyList<NamedValue>>(() => plan.Symbols.Where(s => frame.Present[s.Index]).Select(Value).ToList());
    }

    private Deferred<string?> NotAssessedOf(IndicatorPlan head) => new(() => NotAssessedText(head));

    private Deferred<string?> ScalingOf(IndicatorPlan plan, MethodOutcome outcome, decimal eff, decimal scaled) => new(() => Scaling(plan, outcome, eff, scaled));

    /// <summary>How a receiving indicator's score was scaled by the weight moved onto it.</summary>
    private string Scaling(IndicatorPlan plan, MethodOutcome outcome, decimal eff, decimal scaled)
    {
        var received = string.Join(", ", moves.Where(m => m.To == plan.Id || plan.Path.Split('/').Contains(m.To)).Select(m => m.To == plan.Id
            ? $"{FormulaPrinter.Number(m.Points)} from '{m.From}'"
            : $"a share of the {FormulaPrinter.Number(m.Points)} moved from '{m.From}' to '{m.To}'"));
        var scaling = $"scaled by effective weight {FormulaPrinter.Number(eff)} / weight {DiagnosticText.Number(plan.Weight)}"
            + (received.Length == 0 ? string.Empty : $" (received {received})")
            + $": {FormulaPrinter.Number(outcome.Raw)} × {FormulaPrinter.Number(eff)} / {DiagnosticText.Number(plan.Weight)} = {FormulaPrinter.Number(scaled)}";
        return outcome.Explanation?.Invoke() is { } text ? text + "; " + scaling : scaling;
    }

    private static IndicatorPlan? HeadOfNotAssessed(IndicatorPlan plan, bool[] assessed)
    {
        IndicatorPlan? head = null;
        for (var p = plan; p is not null; p = p.Parent)
        {
            if (!assessed[p.Index])
            {
                head = p;
            }
        }

        return head;
    }

    private static IndicatorStatus StatusOf(IndicatorPlan head) => head.Definition.Fallback!.Kind is FallbackKind.MoveTo or FallbackKind.Spread
        ? IndicatorStatus.Redistributed
        : IndicatorStatus.NotAssessed;

    private string NotAssessedText(IndicatorPlan head)
    {
        var fallback = head.Definition.Fallback!;
        var prefix = $"not assessed: applies_when of '{head.Id}' ({head.Definition.AppliesWhen!.Text}) is false";
        var outcome = fallback.Kind switch
        {
            FallbackKind.MoveTo => $"weight moved to '{fallback.Target}'",
            FallbackKind.Spread => "weight spread over " + string.Join(", ", moves.Where(m => m.From == head.Id).Select(m => $"'{m.To}' ({FormulaPrinter.Number(m.Points)})")),
            FallbackKind.FullMarks => "awarded full marks",
            _ => "scored zero",
        };
        return $"{prefix}; {outcome} ({RuleSetValidator.Kind(fallback.Kind)})";
    }

    private NamedValue Value(Symbol symbol)
    {
        var i = symbol.Index;
        var unit = symbol.Input?.Unit ?? symbol.Metric?.Unit;
        var description = symbol.Input?.Description ?? symbol.Metric?.Description;
        return symbol.Kind switch
        {
            ValueKind.Number => new NamedValue(symbol.Name, symbol.IsMetric, unit, description, Frame.Numbers[i], null, null),
            ValueKind.Boolean => new NamedValue(symbol.Name, symbol.IsMetric, unit, description, null, Frame.Booleans[i], null),
            _ => new NamedValue(symbol.Name, symbol.IsMetric, unit, description, null, null, Frame.Texts[i]),
        };
    }
}
