using System;
using System.Collections.Generic;

namespace PerfEval.Inputs;

/// <summary>
/// The input of one evaluation, by name: values for the rule set's declared inputs, judgements by indicator id, and a
/// project's indicator rows.
/// Build one with <see cref="InputValuesBuilder"/>, read one from JSON with <see cref="JsonInputReader"/>,
/// or bind a typed record with <see cref="InputBinder"/>.
/// </summary>
public sealed class InputValues
{
    internal InputValues(string? subject, string? sourceName, Dictionary<string, InputValue> values, Dictionary<string, Judgement> judgements, IReadOnlyList<InputRow>? rows = null)
    {
        Subject = subject;
        SourceName = sourceName;
        ValueTable = values;
        JudgementTable = judgements;
        Rows = rows ?? Array.Empty<InputRow>();
    }

    /// <summary>Gets the unit evaluated, e.g. 阳西县土地储备和城市更新事务中心, or <see langword="null"/>.</summary>
    public string? Subject { get; }

    /// <summary>Gets the file or source the input was read from, for diagnostics, or <see langword="null"/>.</summary>
    public string? SourceName { get; }

    /// <summary>Gets the values by input name. An input given as JSON <c>null</c> is absent.</summary>
    public IReadOnlyDictionary<string, InputValue> Values => ValueTable;

    /// <summary>Gets the judgements by indicator id.</summary>
    public IReadOnlyDictionary<string, Judgement> Judgements => JudgementTable;

    /// <summary>Gets the rows of a project's indicator table, in the order given (empty for a department's input).</summary>
    public IReadOnlyList<InputRow> Rows { get; }

    // The same, typed as what they are, so the evaluator's loops over them allocate no boxed enumerator.
    internal Dictionary<string, InputValue> ValueTable { get; }

    internal Dictionary<string, Judgement> JudgementTable { get; }

    /// <summary>Creates an empty builder.</summary>
    /// <returns>A new builder.</returns>
    public static InputValuesBuilder CreateBuilder() => new();

    internal static Dictionary<string, T> Freeze<T>(Dictionary<string, T> items) => new Dictionary<string, T>(items, StringComparer.Ordinal);
}
