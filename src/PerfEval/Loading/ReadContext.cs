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

    private const NumberStyles NumberStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    public ReadContext(string file, DiagnosticSink sink)
    {
        File = file;
        Sink = sink;
    }

    public string File { get; }

    public DiagnosticSink Sink { get; }

    /// <summary>Gets or sets the file's <c>format</c>, once read: <c>perfeval/1</c>, <c>perfeval/1.1</c>, or <see langword="null"/> when missing.</summary>
    public string? Format { get; set; }

    /// <summary>
    /// Reports a key of format <c>perfeval/1.1</c> used in a file that says <c>perfeval/1</c>, so that a file an older
    /// PerfEval would reject says so itself. Returns whether the key may be used.
    /// </summary>
    public bool Requires1_1(YNode node, string key)
    {
        if (Format != RuleSetReader.FormatV1)
        {
            return true;
        }

        Error(node, Codes.UnsupportedFormat, Messages.NeedsFormat1_1.With(key));
        return false;
    }

    public SourcePosition At(YNode node) => new(node.File, node.Line, node.Column);

    public void Error(YNode node, string code, DiagnosticMessage message, string? indicatorId = null) => Sink.Error(code, message, At(node), indicatorId);

    public YScalar? Scalar(YNode node, string key)
    {
        if (node is YScalar scalar)
        {
            return scalar;
        }

        Error(node, Codes.WrongNodeKind, Messages.NotAScalar.With(key, node.KindName.With()));
        return null;
    }

    public MapReader? Mapping(YNode node, DiagnosticMessage what, string kind)
    {
        if (node is YMapping mapping)
        {
            return new MapReader(mapping, this, what, kind);
        }

        Error(node, Codes.WrongNodeKind, Messages.NotAMapping.With(what, node.KindName.With()));
        return null;
    }

    public decimal? Decimal(YNode node, string key)
    {
        if (Scalar(node, key) is not { } scalar)
        {
            return null;
        }

        if (scalar.Style == ScalarStyle.Plain
            && decimal.TryParse(scalar.Value, NumberStyle, CultureInfo.InvariantCulture, out var value))
        {
            if (!ExactDecimal.IsExact(scalar.Value, value))
            {
                Error(scalar, Codes.InvalidValue, Messages.NumberInexact.With(key, scalar.Value, value == 0m ? "0" : value.ToString(CultureInfo.InvariantCulture)));
                return null;
            }

            if (Math.Abs(value) <= MaxMagnitude)
            {
                return value;
            }

            Error(scalar, Codes.InvalidValue, Messages.NumberTooLarge.With(key, scalar.Value));
            return null;
        }

        if (scalar.Style == ScalarStyle.Plain && IsNumeral(scalar.Value))
        {
            // A number, but beyond decimal's range (about ±7.9e28), so far beyond the rule file's own bound.
            Error(scalar, Codes.InvalidValue, Messages.NumberTooLarge.With(key, scalar.Value));
            return null;
        }

        Error(scalar, Codes.InvalidValue, Messages.NotANumber.With(key, scalar.Value));
        return null;
    }

    /// <summary>Tells whether text is written as a number (digits, a point, an exponent), whatever its size.</summary>
    private static bool IsNumeral(string text)
    {
        var body = text.TrimStart('+', '-');
        return body.Length > 0 && (char.IsDigit(body[0]) || body[0] == '.')
            && double.TryParse(text, NumberStyle, CultureInfo.InvariantCulture, out _);
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
