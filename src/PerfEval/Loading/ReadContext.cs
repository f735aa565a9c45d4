using System;
using System.Globalization;
using PerfEval.Results;
using PerfEval.Rules;
using YamlDotNet.Core;

namespace PerfEval.Loading;

/// <summary>The file being read and the conversions shared by every <see cref="MapReader"/>.</summary>
internal sealed class ReadContext
{
    /// <summary>
    /// The largest magnitude of a number in a rule file. Weights, points, bounds and thresholds stay far below it, and
    /// sums of any number of them stay within <see cref="decimal"/>.
    /// </summary>
    public const decimal MaxMagnitude = 1_000_000_000_000_000m;

    public ReadContext(string file, DiagnosticSink sink)
    {
        File = file;
        Sink = sink;
    }

    public string File { get; }

    public DiagnosticSink Sink { get; }

    public SourcePosition At(YNode node) => new(node.File, node.Line, node.Column);

    public void Error(YNode node, string code, string message, string? indicatorId = null) => Sink.Error(code, message, At(node), indicatorId);

    public YScalar? Scalar(YNode node, string key)
    {
        if (node is YScalar scalar)
        {
            return scalar;
        }

        Error(node, Codes.WrongNodeKind, $"'{key}' must be a single value, not {node.KindName}.");
        return null;
    }

    public MapReader? Mapping(YNode node, string what, string kind)
    {
        if (node is YMapping mapping)
        {
            return new MapReader(mapping, this, what, kind);
        }

        Error(node, Codes.WrongNodeKind, $"{DiagnosticText.Capitalize(what)} must be a mapping of keys, not {node.KindName}.");
        return null;
    }

    public decimal? Decimal(YNode node, string key)
    {
        if (Scalar(node, key) is not { } scalar)
        {
            return null;
        }

        if (scalar.Style == ScalarStyle.Plain
            && decimal.TryParse(scalar.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value))
        {
            if (Math.Abs(value) <= MaxMagnitude)
            {
                return value;
            }

            Error(scalar, Codes.InvalidValue, $"'{key}' is {scalar.Value}, beyond ±10^15, the largest number a rule file may hold.");
            return null;
        }

        Error(scalar, Codes.InvalidValue, $"'{key}' must be a number, not '{scalar.Value}'.");
        return null;
    }

    public FormulaText? Formula(YNode node, string key)
    {
        if (Scalar(node, key) is not { } scalar)
        {
            return null;
        }

        var layout = scalar.Style switch
        {
            ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted => ScalarLayout.Quoted,
            ScalarStyle.Literal => ScalarLayout.Literal,
            ScalarStyle.Folded => ScalarLayout.Folded,
            _ => ScalarLayout.Inline,
        };
        var start = layout is ScalarLayout.Literal or ScalarLayout.Folded
            ? new SourcePosition(scalar.File, scalar.ContentLine, scalar.ContentColumn)
            : At(scalar);
        return new FormulaText(scalar.Value, start, layout);
    }
}
