using System;
using System.Collections.Generic;

namespace PerfEval.Inputs;

/// <summary>Builds an <see cref="InputValues"/>; each name may be set once.</summary>
public sealed class InputValuesBuilder
{
    private readonly Dictionary<string, InputValue> values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Judgement> judgements = new(StringComparer.Ordinal);
    private readonly List<InputRow> rows = new();
    private string? subject;
    private string? sourceName;

    /// <summary>Sets the unit evaluated.</summary>
    /// <param name="name">The unit's name.</param>
    /// <returns>This builder.</returns>
    public InputValuesBuilder Subject(string? name)
    {
        subject = name;
        return this;
    }

    /// <summary>Sets the source name used in diagnostics.</summary>
    /// <param name="name">A file name or other label.</param>
    /// <returns>This builder.</returns>
    public InputValuesBuilder Source(string? name)
    {
        sourceName = name;
        return this;
    }

    /// <summary>Sets a number.</summary>
    /// <param name="name">The input's name.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is empty or already set.</exception>
    public InputValuesBuilder Set(string name, decimal value) => Set(name, InputValue.Of(value));

    /// <summary>Sets a condition.</summary>
    /// <param name="name">The input's name.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is empty or already set.</exception>
    public InputValuesBuilder Set(string name, bool value) => Set(name, InputValue.Of(value));

    /// <summary>Sets a text value.</summary>
    /// <param name="name">The input's name.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is empty or already set.</exception>
    public InputValuesBuilder Set(string name, string value) => Set(name, InputValue.Of(value));

    /// <summary>Sets a value.</summary>
    /// <param name="name">The input's name.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is empty or already set.</exception>
    public InputValuesBuilder Set(string name, InputValue value)
    {
        Guard.NotEmpty(name);
        Guard.NotNull(value);
        if (values.ContainsKey(name))
        {
            throw new ArgumentException($"Input '{name}' is already set.", nameof(name));
        }

        values.Add(name, value);
        return this;
    }

    /// <summary>Sets the judgement for an indicator.</summary>
    /// <param name="indicatorId">The indicator's id.</param>
    /// <param name="score">The score, on the declared weight.</param>
    /// <param name="reason">The written reason.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The id is empty or already judged.</exception>
    public InputValuesBuilder Judge(string indicatorId, decimal score, string reason) => Judge(indicatorId, new Judgement(score, reason));

    /// <summary>Sets the judgement for an indicator.</summary>
    /// <param name="indicatorId">The indicator's id.</param>
    /// <param name="judgement">The judgement.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The id is empty or already judged.</exception>
    public InputValuesBuilder Judge(string indicatorId, Judgement judgement)
    {
        Guard.NotEmpty(indicatorId);
        Guard.NotNull(judgement);
        if (judgements.ContainsKey(indicatorId))
        {
            throw new ArgumentException($"Indicator '{indicatorId}' is already judged.", nameof(indicatorId));
        }

        judgements.Add(indicatorId, judgement);
        return this;
    }

    /// <summary>Adds a row of a project's indicator table; rows keep the order they are added in.</summary>
    /// <param name="row">The row.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is <see langword="null"/>.</exception>
    public InputValuesBuilder Row(InputRow row)
    {
        Guard.NotNull(row);
        rows.Add(row);
        return this;
    }

    /// <summary>Builds the immutable input.</summary>
    /// <returns>The input.</returns>
    public InputValues Build() => new(subject, sourceName, InputValues.Freeze(values), InputValues.Freeze(judgements), rows.ToArray());
}
