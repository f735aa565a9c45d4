using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;
using PerfEval.Compilation;
using PerfEval.Formulas;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Inputs;

/// <summary>
/// Puts one input's values in a compiled rule set's slots, each checked against its declaration, and its judgements in
/// their indicators' slots; says what is wrong with any that do not fit. Readers call it value by value, then
/// <see cref="Finish"/>.
/// </summary>
internal sealed class SlotWriter
{
    private readonly RuleSetPlan rules;
    private readonly ValueFrame frame;
    private readonly bool[] given;
    private readonly bool[] seen;
    private readonly bool[] judged;
    private readonly DiagnosticSink sink;
    private BoundJudgement[]? judgements;
    private IReadOnlyList<InputRow>? rows;
    private int required;

    public SlotWriter(RuleSetPlan rules, DiagnosticSink sink)
    {
        this.rules = rules;
        this.sink = sink;
        frame = new ValueFrame(rules.Symbols.Count, rules.HasTexts);
        given = new bool[rules.Inputs.Length];
        seen = new bool[rules.Inputs.Length];
        judged = new bool[rules.JudgedPlans.Length];
    }

    /// <summary>Binds an input's value by name.</summary>
    public void Value(string name, InputValue value)
    {
        var symbol = rules.InputsByName.TryGetValue(name, out var found) ? found : null;
        if (symbol is null || !Given(symbol, symbol.TryBind(value, frame)))
        {
            Reject(name, symbol, value);
        }
    }

    /// <summary>Finds the declared input a JSON property names, by its bytes where the runtime allows, or <see langword="null"/>.</summary>
    public Symbol? Find(ref Utf8JsonReader reader) => Find(ref reader, rules.InputsByName);

    /// <summary>Finds the judged indicator a JSON property names, or <see langword="null"/>.</summary>
    public IndicatorPlan? FindJudged(ref Utf8JsonReader reader) => Find(ref reader, rules.JudgedById);

    /// <summary>Says whether an input is met for the first time in this input (a second time is a duplicate).</summary>
    public bool FirstSight(Symbol symbol) => !seen[symbol.Index] && (seen[symbol.Index] = true);

    /// <summary>Says whether a judged indicator is met for the first time in this input.</summary>
    public bool FirstSight(IndicatorPlan plan) => !judged[plan.JudgementSlot] && (judged[plan.JudgementSlot] = true);

    /// <summary>Binds a number; <see langword="false"/> when the declaration turns it down (then <see cref="Reject"/> says why).</summary>
    public bool Number(Symbol symbol, decimal value) => Given(symbol, symbol.TryBind(value, frame));

    /// <summary>Binds a condition; see <see cref="Number"/>.</summary>
    public bool Boolean(Symbol symbol, bool value) => Given(symbol, symbol.TryBind(value, frame));

    /// <summary>Binds a text; see <see cref="Number"/>.</summary>
    public bool Text(Symbol symbol, string value) => Given(symbol, symbol.TryBind(value, frame));

    /// <summary>Reports a value that has no input of its name, or that its input turned down.</summary>
    public void Reject(string name, Symbol? symbol, InputValue value)
    {
        if (symbol is null)
        {
            ReportUnknownInput(name, value);
        }
        else
        {
            ReportRejected(symbol, value);
        }
    }

    private static T? Find<T>(ref Utf8JsonReader reader, Dictionary<string, T> table)
        where T : class
    {
#if NET9_0_OR_GREATER
        const int LongestName = 256;
        if (!reader.HasValueSequence && reader.ValueSpan.Length <= LongestName)
        {
            Span<char> name = stackalloc char[LongestName];
            var length = reader.CopyString(name);
            return table.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name.Slice(0, length), out var found) ? found : null;
        }
#endif
        return table.TryGetValue(reader.GetString()!, out var value) ? value : null;
    }

    private bool Given(Symbol symbol, bool bound)
    {
        if (!given[symbol.Index])
        {
            given[symbol.Index] = true;
            required += symbol.Required ? 1 : 0;
        }

        return bound;
    }

    /// <summary>Binds a judgement by indicator id.</summary>
    public void Judge(string id, Judgement judgement)
    {
        if (rules.JudgedById.TryGetValue(id, out var judged))
        {
            Judge(judged, new BoundJudgement(judgement));
        }
        else
        {
            ReportUnexpectedJudgement(id, judgement.Line, judgement.Column);
        }
    }

    /// <summary>Binds a judgement of a judged indicator.</summary>
    public void Judge(IndicatorPlan judged, in BoundJudgement judgement)
        => (judgements ??= new BoundJudgement[rules.JudgedPlans.Length])[judged.JudgementSlot] = judgement;

    /// <summary>Reports a judgement of an indicator that takes none: there is no such indicator, or it is scored by a method.</summary>
    public void ReportUnexpectedJudgement(string id, int line, int column)
    {
        if (!rules.ById.TryGetValue(id, out var plan))
        {
            sink.Error(Codes.UnexpectedJudgement, Messages.JudgementForUnknown.With(id, rules.Definition.Id), line, column);
        }
        else
        {
            var kind = plan.Definition.Method?.Kind ?? "group";
            sink.Error(Codes.UnexpectedJudgement, Messages.JudgementForScored.With(id, kind), line, column, id);
        }
    }

    /// <summary>Takes the project's rows, bound in <see cref="Finish"/>.</summary>
    public void Rows(IReadOnlyList<InputRow> rows) => this.rows = rows;

    /// <summary>Reports the required inputs not given, binds the rows, and returns what was bound.</summary>
    /// <param name="subject">The unit evaluated.</param>
    /// <param name="sourceName">The file or source, for diagnostics.</param>
    /// <param name="hasReasons">Whether the judgements were bound with their reasons' text.</param>
    public BoundInput Finish(string? subject, string? sourceName, bool hasReasons = true)
    {
        // When every required input was among the values given, none is missing.
        if (required != rules.RequiredInputs)
        {
            ReportMissingInputs();
        }

        var boundRows = rules.RowGroups.Length > 0 || rows is { Count: > 0 } ? RowBinder.Bind(rules, rows ?? Array.Empty<InputRow>(), sink) : null;
        return new BoundInput(rules, subject, sourceName, frame, judgements, boundRows, hasReasons);
    }

    private void ReportUnknownInput(string name, InputValue value)
    {
        var hint = Spelling.Closest(name, rules.Definition.Inputs.Select(i => i.Name));
        sink.Error(Codes.UnknownInput, Messages.UnknownInput.With(name, rules.Definition.Id, hint is null ? null : Messages.DidYouMean.With(hint)), value.Line, value.Column);
    }

    private void ReportMissingInputs()
    {
        foreach (var definition in rules.Inputs)
        {
            if (definition.Required && !given[rules.InputsByName[definition.Name].Index])
            {
                var users = rules.UsersOf(definition.Name);
                sink.Error(Codes.MissingInput, users.Count == 0 ? Messages.MissingInput.With(definition.Name, Describe(definition)) : Messages.MissingInputUsedBy.With(definition.Name, Describe(definition), NameList.QuotedOf(users)), 0, 0, users.FirstOrDefault());
            }
        }
    }

    /// <summary>
    /// Says why the quick test of <see cref="Symbol.TryBind(InputValue, ValueFrame)"/> turned a value down, by checking it again one rule at a
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
                InputType.Decimal => Messages.ANumber.With(),
                InputType.Integer => Messages.AWholeNumber.With(),
                InputType.Boolean => Messages.TrueOrFalse.With(),
                InputType.Choice => Messages.OneOf.With(NameList.Of(definition.Choices)),
                _ => Messages.Text.With(),
            };
            sink.Error(Codes.WrongInputType, Messages.WrongInputType.With(name, wanted, Show(value)), value.Line, value.Column, rules.UsersOf(name).FirstOrDefault());
            return;
        }

        switch (definition.Type)
        {
            case InputType.Integer when !DecimalTests.IsWhole(value.Number):
                sink.Error(Codes.WrongInputType, Messages.InputNotWhole.With(name, value.ToString()), value.Line, value.Column, rules.UsersOf(name).FirstOrDefault());
                return;
            case InputType.Choice when !definition.Choices.Contains(value.Text!):
                sink.Error(Codes.InputOutOfRange, Messages.InputNotAChoice.With(name, NameList.Of(definition.Choices), value.Text), value.Line, value.Column, rules.UsersOf(name).FirstOrDefault());
                return;
        }

        if (value.Kind == InputValueKind.Number && ((definition.Min is { } min && value.Number < min) || (definition.Max is { } max && value.Number > max)))
        {
            var range = new NumericRange(definition.Min, true, definition.Max, true);
            sink.Error(Codes.InputOutOfRange, Messages.InputOutOfRange.With(name, value.ToString(), range.ToString(), Describe(definition)), value.Line, value.Column, rules.UsersOf(name).FirstOrDefault());
            return;
        }

        Debug.Fail($"Input '{name}' was turned down by the quick test and admitted by this one.");
    }

    private static DiagnosticMessage Show(InputValue value) => (value.Kind switch
    {
        InputValueKind.Number => Messages.ValueNumber,
        InputValueKind.Boolean => Messages.ValueBoolean,
        _ => Messages.ValueText,
    }).With(value.ToString());

    private static DiagnosticMessage? Describe(InputDefinition definition)
    {
        var description = string.IsNullOrEmpty(definition.Description) ? null : definition.Description;
        var unit = string.IsNullOrEmpty(definition.Unit) ? null : definition.Unit;
        return (description, unit) switch
        {
            (null, null) => null,
            (_, null) => Messages.InputAbout.With(description),
            (null, _) => Messages.InputUnit.With(unit),
            _ => Messages.InputAboutUnit.With(description, unit),
        };
    }
}
