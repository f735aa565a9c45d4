using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PerfEval.Results;
using PerfEval.Rules;
using YamlDotNet.Core;

namespace PerfEval.Loading;

/// <summary>
/// Reads the keys of one YAML mapping, converting and checking each value; every key asked for is known, and
/// <see cref="Finish"/> reports the keys nobody asked for as unknown (with the closest known key).
/// </summary>
internal sealed class MapReader
{
    private readonly YMapping map;
    private readonly ReadContext context;
    private readonly DiagnosticMessage what;
    private readonly string[] known;

    public MapReader(YMapping map, ReadContext context, DiagnosticMessage what, string kind)
    {
        this.map = map;
        this.context = context;
        this.what = what;
        known = RuleFileKeys.ByKind[kind];
    }

    public SourcePosition Position => context.At(map);

    public bool Has(string key) => map.Entries.Any(e => e.Key.Value == key);

    /// <summary>The key itself, where it was written (its value of a block mapping starts on the next line).</summary>
    public YNode? Key(string key) => map.Entries.FirstOrDefault(e => e.Key.Value == key).Key;

    public YNode? Node(string key, bool required = false)
    {
        if (Array.IndexOf(known, key) < 0)
        {
            throw new InvalidOperationException($"The reader asked for '{key}', which RuleFileKeys does not list for {what}.");
        }

        foreach (var entry in map.Entries)
        {
            if (entry.Key.Value == key)
            {
                if (entry.Value is YScalar { IsNull: true } && required)
                {
                    context.Error(entry.Key, Codes.MissingKey, Messages.KeyWithoutValue.With(key, what));
                    return null;
                }

                return entry.Value is YScalar { IsNull: true } ? null : entry.Value;
            }
        }

        if (required)
        {
            context.Error(map, Codes.MissingKey, Messages.KeyMissing.With(what, key));
        }

        return null;
    }

    public string? String(string key, bool required = false)
    {
        var node = Node(key, required);
        return node is null ? null : context.Scalar(node, key)?.Value;
    }

    public decimal? Decimal(string key, bool required = false)
    {
        var node = Node(key, required);
        return node is null ? null : context.Decimal(node, key);
    }

    public int? Int(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null || context.Scalar(node, key) is not { } scalar)
        {
            return null;
        }

        if (int.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        context.Error(scalar, Codes.InvalidValue, Messages.NotAWholeNumber.With(key, scalar.Value));
        return null;
    }

    public bool? Bool(string key)
    {
        var node = Node(key);
        if (node is null || context.Scalar(node, key) is not { } scalar)
        {
            return null;
        }

        switch (scalar.Value)
        {
            case "true" or "True" or "TRUE":
                return true;
            case "false" or "False" or "FALSE":
                return false;
            default:
                context.Error(scalar, Codes.InvalidValue, Messages.NotTrueOrFalse.With(key, scalar.Value));
                return null;
        }
    }

    public T? Enum<T>(string key, IReadOnlyDictionary<string, T> names, bool required = false)
        where T : struct
    {
        var node = Node(key, required);
        if (node is null || context.Scalar(node, key) is not { } scalar)
        {
            return null;
        }

        if (names.TryGetValue(scalar.Value, out var value))
        {
            return value;
        }

        context.Error(scalar, Codes.InvalidValue, Messages.NotOneOf.With(key, NameList.Of(names.Keys), scalar.Value));
        return null;
    }

    public FormulaText? Formula(string key, bool required = false)
    {
        var node = Node(key, required);
        return node is null ? null : context.Formula(node, key);
    }

    public YSequence? Sequence(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YSequence sequence)
        {
            return sequence;
        }

        context.Error(node, Codes.WrongNodeKind, Messages.NotAList.With(key, node.KindName.With()));
        return null;
    }

    public MapReader? Mapping(string key, string kind, bool required = false)
    {
        var node = Node(key, required);
        return node is null ? null : context.Mapping(node, Messages.Key.With(key), kind);
    }

    /// <summary>Reads <c>gte</c>/<c>gt</c> and <c>lte</c>/<c>lt</c> into a range.</summary>
    public NumericRange? Range()
    {
        var gte = Decimal("gte");
        var gt = Decimal("gt");
        var lte = Decimal("lte");
        var lt = Decimal("lt");
        if (gte is not null && gt is not null)
        {
            context.Error(map, Codes.InvalidValue, Messages.BothLowerBounds.With(what));
            return null;
        }

        if (lte is not null && lt is not null)
        {
            context.Error(map, Codes.InvalidValue, Messages.BothUpperBounds.With(what));
            return null;
        }

        var range = new NumericRange(gte ?? gt, gte is not null, lte ?? lt, lte is not null);
        if (range.Lower is { } lower && range.Upper is { } upper && (lower > upper || (lower == upper && !(range.LowerInclusive && range.UpperInclusive))))
        {
            context.Error(map, Codes.InvalidValue, Messages.EmptyRange.With(what, range.ToString()));
            return null;
        }

        return range;
    }

    public void Finish()
    {
        foreach (var entry in map.Entries)
        {
            if (Array.IndexOf(known, entry.Key.Value) < 0)
            {
                var hint = Spelling.Closest(entry.Key.Value, known);
                var comma = entry.Key.Value.IndexOfAny(new[] { '(', ')', ',', ' ' }) >= 0 ? Messages.CommaInFlowHint.With() : null;
                var suggestion = hint is null ? Messages.KnownKeys.With(NameList.Of(known)) : Messages.DidYouMean.With(hint);
                context.Error(entry.Key, Codes.UnknownKey, Messages.UnknownKey.With(entry.Key.Value, what, suggestion, comma));
            }
        }
    }
}
