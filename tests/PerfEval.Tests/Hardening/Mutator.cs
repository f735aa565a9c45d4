using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PerfEval.Tests.Hardening;

/// <summary>
/// Deterministic mutations of a rule file or an input file: byte-level (flip, insert, delete, duplicate a span) and
/// token-level (swap, delete or duplicate a line, change indentation, replace a number, rename or duplicate a key,
/// mangle a formula). The same seed always gives the same mutation, and <see cref="Describe"/> says what was done.
/// </summary>
internal static class Mutator
{
    private static readonly string[] Replacements =
    {
        "'abc'", "\"abc\"", "abc", "1e400", "79228162514264337593543950335", "79228162514264337593543950336", "-79228162514264337593543950335",
        "-1", "-0.01", "0", "0.0000000000000000000000000001", "1e-40", "NaN", ".inf", "-.inf", "Infinity", "null", "true", "~", "[]", "{}",
        "99999999999999999999999999999999", "1.00000000000000000000000000001", "0x1F", "1_000", "１０", "10分", "",
    };

    private static readonly string[] FormulaInsertions =
    {
        "(", ")", "(", ")", "+", "-", "*", "/", "%", "not ", " and ", " or ", ",", "Min(", "Max(", "if(", "'", "\"", "[", "]", "=", "<", ">=",
        "**", "!", "?", ":", " in ", "weight", "0", "1e30", "/ 0", "Round(", "#", "~", "&", "|", "^", "<<", "@", "$", ".", "\\",
    };

    private static readonly string[] Keys =
    {
        "id", "name", "weight", "formula", "bands", "value", "ranges", "points", "gte", "gt", "lte", "lt", "children", "judgement", "criteria",
        "checklist", "met", "pass_fail", "condition", "deduction", "threshold", "per", "direction", "counting", "applies_when", "fallback", "kind",
        "target", "alternatives", "when", "note", "total", "grades", "grade", "label", "inputs", "type", "min", "max", "required", "choices",
        "metrics", "expression", "checks", "assert", "message", "rounding", "decimals", "midpoint", "extends", "remove", "parent", "after",
        "values", "judgements", "score", "reason", "subject", "format", "version", "title",
    };

    private static readonly byte[] InterestingBytes = Encoding.ASCII.GetBytes("{}[]:,'\"-#&*!|>%@`?\n\r\t 0123456789.eE+")
        .Concat(new byte[] { 0x00, 0x7F, 0x80, 0xBF, 0xC0, 0xE4, 0xEF, 0xBB, 0xFE, 0xFF }).ToArray();

    private static readonly Regex NumberPattern = new(@"(?<![\w.])-?\d+(\.\d+)?([eE][-+]?\d+)?(?![\w.])", RegexOptions.CultureInvariant);

    private static readonly Regex KeyPattern = new(@"(?<=^|[\s{,""])([a-z_][a-z0-9_]*)(?="":|:)", RegexOptions.CultureInvariant | RegexOptions.Multiline);

    private static readonly Regex FormulaLine = new(@"^(\s*-?\s*(?:formula|expression|assert|condition|met|applies_when|value|when):\s*)(.+)$", RegexOptions.CultureInvariant | RegexOptions.Multiline);

    private static readonly Regex FlowPair = new(@"\{ ?([a-z_]+: [^,{}]+)", RegexOptions.CultureInvariant);

    /// <summary>Applies one to three stacked mutations chosen by the seed; returns the bytes and what was done.</summary>
    public static (byte[] Bytes, string Describe) Mutate(byte[] original, int seed)
    {
        var random = new Random(seed);
        var bytes = original;
        var done = new List<string>();
        var count = random.Next(10) < 7 ? 1 : random.Next(2, 4);
        for (var i = 0; i < count; i++)
        {
            var kind = random.Next(14);
            string what;
            (bytes, what) = kind switch
            {
                0 => Flip(bytes, random),
                1 => Insert(bytes, random),
                2 => Delete(bytes, random),
                3 => DuplicateSpan(bytes, random),
                _ => Token(bytes, random, kind),
            };
            done.Add(what);
        }

        return (bytes, string.Join("; ", done));
    }

    private static (byte[], string) Flip(byte[] bytes, Random random)
    {
        if (bytes.Length == 0)
        {
            return (bytes, "flip (empty)");
        }

        var copy = (byte[])bytes.Clone();
        var at = random.Next(copy.Length);
        copy[at] ^= (byte)(1 << random.Next(8));
        return (copy, $"flip a bit of byte {at}");
    }

    private static (byte[], string) Insert(byte[] bytes, Random random)
    {
        var at = random.Next(bytes.Length + 1);
        var value = random.Next(3) == 0 ? (byte)random.Next(256) : InterestingBytes[random.Next(InterestingBytes.Length)];
        return (bytes.Take(at).Append(value).Concat(bytes.Skip(at)).ToArray(), $"insert 0x{value:X2} at {at}");
    }

    private static (byte[], string) Delete(byte[] bytes, Random random)
    {
        if (bytes.Length == 0)
        {
            return (bytes, "delete (empty)");
        }

        var at = random.Next(bytes.Length);
        var length = Math.Min(bytes.Length - at, random.Next(1, 17));
        return (bytes.Take(at).Concat(bytes.Skip(at + length)).ToArray(), $"delete {length} bytes at {at}");
    }

    private static (byte[], string) DuplicateSpan(byte[] bytes, Random random)
    {
        if (bytes.Length == 0)
        {
            return (bytes, "duplicate (empty)");
        }

        var at = random.Next(bytes.Length);
        var length = Math.Min(bytes.Length - at, random.Next(1, 200));
        var to = random.Next(2) == 0 ? at + length : random.Next(bytes.Length + 1);
        var span = bytes.Skip(at).Take(length).ToArray();
        return (bytes.Take(to).Concat(span).Concat(bytes.Skip(to)).ToArray(), $"duplicate {length} bytes from {at} at {to}");
    }

    private static (byte[], string) Token(byte[] bytes, Random random, int kind)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split('\n').ToList();
        string what;
        switch (kind)
        {
            case 4:
            {
                var (a, b) = (random.Next(lines.Count), random.Next(lines.Count));
                (lines[a], lines[b]) = (lines[b], lines[a]);
                what = $"swap lines {a + 1} and {b + 1}";
                break;
            }

            case 5:
            {
                var a = random.Next(lines.Count);
                lines.RemoveAt(a);
                what = $"delete line {a + 1}";
                break;
            }

            case 6:
            {
                var a = random.Next(lines.Count);
                lines.Insert(a, lines[a]);
                what = $"duplicate line {a + 1}";
                break;
            }

            case 7:
            {
                var a = random.Next(lines.Count);
                var shift = random.Next(-4, 5);
                var line = lines[a];
                var indent = line.Length - line.TrimStart(' ').Length;
                lines[a] = new string(' ', Math.Max(0, indent + shift)) + line.TrimStart(' ');
                what = $"indent line {a + 1} by {shift}";
                break;
            }

            case 8 or 9:
                return Replace(text, NumberPattern, random, m => Replacements[random.Next(Replacements.Length)], "number");
            case 10:
                return Replace(text, KeyPattern, random, m => RenameKey(m.Value, random), "key");
            case 11:
                return Replace(text, FlowPair, random, m => m.Value + ", " + m.Groups[1].Value, "duplicate key in");
            default:
                return Replace(text, FormulaLine, random, m => m.Groups[1].Value + MangleFormula(m.Groups[2].Value, random), "formula");
        }

        return (Encoding.UTF8.GetBytes(string.Join('\n', lines)), what);
    }

    private static (byte[], string) Replace(string text, Regex pattern, Random random, Func<Match, string> replacement, string what)
    {
        var matches = pattern.Matches(text);
        if (matches.Count == 0)
        {
            return (Encoding.UTF8.GetBytes(text), $"{what}: nothing to change");
        }

        var match = matches[random.Next(matches.Count)];
        var value = replacement(match);
        var line = text[..match.Index].Count(c => c == '\n') + 1;
        var changed = text[..match.Index] + value + text[(match.Index + match.Length)..];
        return (Encoding.UTF8.GetBytes(changed), $"{what} on line {line}: '{Short(match.Value)}' → '{Short(value)}'");
    }

    private static string RenameKey(string key, Random random)
    {
        switch (random.Next(5))
        {
            case 0:
                return Keys[random.Next(Keys.Length)];
            case 1:
                return key.Length > 1 ? key.Remove(random.Next(key.Length), 1) : key + "x";
            case 2:
                return key.Insert(random.Next(key.Length + 1), ((char)('a' + random.Next(26))).ToString());
            case 3:
                return key.ToUpperInvariant();
            default:
                return key + (random.Next(2) == 0 ? " " : "s");
        }
    }

    private static string MangleFormula(string formula, Random random)
    {
        if (random.Next(3) == 0 && formula.Length > 0)
        {
            var operators = Enumerable.Range(0, formula.Length).Where(i => "()+-*/%,<>=!'[]".Contains(formula[i], StringComparison.Ordinal)).ToList();
            var at = operators.Count > 0 ? operators[random.Next(operators.Count)] : random.Next(formula.Length);
            return formula.Remove(at, 1);
        }

        var insertAt = random.Next(formula.Length + 1);
        return formula.Insert(insertAt, FormulaInsertions[random.Next(FormulaInsertions.Length)]);
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>A printable form of the seed and the mutation, for failure messages.</summary>
    public static string Describe(int seed, string file, string mutation) => string.Create(CultureInfo.InvariantCulture, $"seed {seed}, {file}: {mutation}");
}
