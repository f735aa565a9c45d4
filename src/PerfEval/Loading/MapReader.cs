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
    private readonly string what;
    private readonly List<string> known = new();

    public MapReader(YMapping map, ReadContext context, string what)
    {
        this.map = map;
        this.context = context;
        this.what = what;
    }

    public SourcePosition Position => context.At(map);

    public bool Has(string key) => map.Entries.Any(e => e.Key.Value == key);

    public YNode? Node(string key, bool required = false)
    {
        known.Add(key);
        foreach (var entry in map.Entries)
        {
            if (entry.Key.Value == key)
            {
                if (entry.Value is YScalar { IsNull: true } && required)
                {
                    context.Sink.Error(Codes.MissingKey, $"'{key}' of {what} has no value.", entry.Key.Line, entry.Key.Column);
                    return null;
                }

                return entry.Value is YScalar { IsNull: true } ? null : entry.Value;
            }
        }

        if (required)
        {
            context.Sink.Error(Codes.MissingKey, $"{DiagnosticText.Capitalize(what)} needs '{key}'.", map.Line, map.Column);
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

        context.Sink.Error(Codes.InvalidValue, $"'{key}' must be a whole number, not '{scalar.Value}'.", scalar.Line, scalar.Column);
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
                context.Sink.Error(Codes.InvalidValue, $"'{key}' must be true or false, not '{scalar.Value}'.", scalar.Line, scalar.Column);
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

        context.Sink.Error(Codes.InvalidValue, $"'{key}' must be one of {string.Join(", ", names.Keys)}; not '{scalar.Value}'.", scalar.Line, scalar.Column);
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

        context.Sink.Error(Codes.WrongNodeKind, $"'{key}' must be a list, not {node.KindName}.", node.Line, node.Column);
        return null;
    }

    public MapReader? Mapping(string key, bool required = false)
    {
        var node = Node(key, required);
        return node is null ? null : context.Mapping(node, key);
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
            context.Sink.Error(Codes.InvalidValue, $"{DiagnosticText.Capitalize(what)} states both 'gte' and 'gt'; keep one lower bound.", map.Line, map.Column);
            return null;
        }

        if (lte is not null && lt is not null)
        {
            context.Sink.Error(Codes.InvalidValue, $"{DiagnosticText.Capitalize(what)} states both 'lte' and 'lt'; keep one upper bound.", map.Line, map.Column);
            return null;
        }

        var range = new NumericRange(gte ?? gt, gte is not null, lte ?? lt, lte is not null);
        if (range.Lower is { } lower && range.Upper is { } upper && (lower > upper || (lower == upper && !(range.LowerInclusive && range.UpperInclusive))))
        {
            context.Sink.Error(Codes.InvalidValue, $"{DiagnosticText.Capitalize(what)} is the empty range {range}.", map.Line, map.Column);
            return null;
        }

        return range;
    }

    public void Finish()
    {
        foreach (var entry in map.Entries)
        {
            if (!known.Contains(entry.Key.Value))
            {
                var hint = Closest(entry.Key.Value, known);
                var message = $"Unknown key '{entry.Key.Value}' in {what}." + (hint is null ? $" Known keys: {string.Join(", ", known.Distinct())}." : $" Did you mean '{hint}'?");
                context.Sink.Error(Codes.UnknownKey, message, entry.Key.Line, entry.Key.Column);
            }
        }
    }

    private static string? Closest(string key, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Distinct())
        {
            var distance = Distance(key, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= Math.Max(1, key.Length / 3) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
