using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PerfEval.Results;

namespace PerfEval.Inputs;

/// <summary>
/// Reads a cell of the project table, a target (年度指标值) or an actual (实际完成值), into a <see cref="RowFigure"/>:
/// an optional comparison, a number read exactly as <see cref="decimal"/>, and an optional unit; or, for a text with no
/// digit, a qualitative phrase. Anything else is an error (PE0801) saying what is wrong and what is accepted: nothing is
/// guessed. Thread-safe.
/// </summary>
/// <remarks>
/// <para>Accepted comparisons, before the number: <c>≥ &gt;= ＞＝ ≧ 不低于 不少于 不小于 大于等于 至少</c> (at least);
/// <c>≤ &lt;= ＜＝ ≦ 不高于 不超过 不多于 不大于 小于等于</c> (at most); <c>= ＝ 等于</c> (equal);
/// <c>&gt; ＞ 大于 高于 多于 超过</c> (greater); <c>&lt; ＜ 小于 低于 少于</c> (less). After the number and its unit:
/// <c>以上</c> (at least), <c>以下</c> and <c>以内</c> (at most). Only targets take a comparison.</para>
/// <para>The number: ASCII or full-width digits, an optional decimal point (<c>.</c> or <c>．</c>) with a digit on each
/// side, optional thousands separators (<c>,</c> or <c>，</c>) only between groups of three digits of the whole part;
/// no sign. The unit follows (spaces allowed): one of <see cref="BuiltInUnits"/> or the rule set's own, or none for a
/// count.</para>
/// </remarks>
public static class RowFigures
{
    private static readonly (string Token, TargetComparison Comparison)[] Prefixes = new (string, TargetComparison)[]
    {
        ("大于等于", TargetComparison.AtLeast),
        ("小于等于", TargetComparison.AtMost),
        ("不低于", TargetComparison.AtLeast),
        ("不少于", TargetComparison.AtLeast),
        ("不小于", TargetComparison.AtLeast),
        ("不高于", TargetComparison.AtMost),
        ("不超过", TargetComparison.AtMost),
        ("不多于", TargetComparison.AtMost),
        ("不大于", TargetComparison.AtMost),
        (">=", TargetComparison.AtLeast),
        ("＞＝", TargetComparison.AtLeast),
        ("<=", TargetComparison.AtMost),
        ("＜＝", TargetComparison.AtMost),
        ("至少", TargetComparison.AtLeast),
        ("等于", TargetComparison.Equal),
        ("大于", TargetComparison.Greater),
        ("高于", TargetComparison.Greater),
        ("多于", TargetComparison.Greater),
        ("超过", TargetComparison.Greater),
        ("小于", TargetComparison.Less),
        ("低于", TargetComparison.Less),
        ("少于", TargetComparison.Less),
        ("≥", TargetComparison.AtLeast),
        ("≧", TargetComparison.AtLeast),
        ("≤", TargetComparison.AtMost),
        ("≦", TargetComparison.AtMost),
        ("=", TargetComparison.Equal),
        ("＝", TargetComparison.Equal),
        (">", TargetComparison.Greater),
        ("＞", TargetComparison.Greater),
        ("<", TargetComparison.Less),
        ("＜", TargetComparison.Less),
    };

    private static readonly (string Token, TargetComparison Comparison)[] Suffixes = new (string, TargetComparison)[]
    {
        ("以上", TargetComparison.AtLeast),
        ("以下", TargetComparison.AtMost),
        ("以内", TargetComparison.AtMost),
    };

    private static readonly string[] BuiltIn =
    {
        "个", "项", "次", "人", "人次", "户", "家", "所", "件", "份", "套", "台", "辆", "场", "期", "篇", "本", "册", "座", "条",
        "批", "处", "名", "元", "万元", "亿元", "%", "‰", "天", "日", "月", "年", "小时", "分钟", "公里", "千米", "米",
        "平方米", "万平方米", "亩", "公顷", "吨", "万吨", "立方米", "千瓦", "学时", "课时",
    };

    /// <summary>
    /// Gets the units every rule set accepts, in their normalised spelling (<c>％</c> is read as <c>%</c>, <c>㎡</c> as
    /// <c>平方米</c>). A rule set may add its own.
    /// </summary>
    public static IReadOnlyList<string> BuiltInUnits { get; } = Array.AsReadOnly(BuiltIn);

    /// <summary>Reads one cell of the project table.</summary>
    /// <param name="text">The cell's text as written.</param>
    /// <param name="allowComparison">
    /// <see langword="true"/> for a target (年度指标值), which may carry a comparison; <see langword="false"/> for an
    /// actual (实际完成值), for which a comparison is an error.
    /// </param>
    /// <param name="extraUnits">The rule set's units beyond <see cref="BuiltInUnits"/>, or <see langword="null"/>.</param>
    /// <param name="figure">The figure read, or <see langword="null"/> when the text is not understood.</param>
    /// <param name="error">What is wrong (a PE0801 message), or <see langword="null"/> when the text is understood.</param>
    /// <returns>Whether the text was understood.</returns>
    /// <exception cref="ArgumentException">An extra unit is blank or holds a digit.</exception>
    internal static bool TryParse(string? text, bool allowComparison, IReadOnlyCollection<string>? extraUnits, out RowFigure? figure, out DiagnosticMessage? error)
    {
        var units = Units(extraUnits);
        figure = null;
        error = Read(text, allowComparison, units, ref figure);
        return error is null;
    }

    private static DiagnosticMessage? Read(string? text, bool allowComparison, IReadOnlyList<string> units, ref RowFigure? figure)
    {
        if (text is null || text.Trim().Length == 0)
        {
            return Messages.RowFigureEmpty.With();
        }

        var body = text.Trim();
        var prefix = MatchPrefix(body);
        var rest = prefix is null ? body : body.Substring(prefix.Value.Token.Length).TrimStart();
        if (!HasDigit(body))
        {
            return ReadPhrase(text, body, prefix?.Token, rest, units, ref figure);
        }

        if (prefix is not null && !allowComparison)
        {
            return Messages.RowFigureComparisonOnActual.With(text, prefix.Value.Token, rest);
        }

        var first = FirstDigit(rest);
        var lead = rest.Substring(0, first).TrimEnd();
        if (lead.Length > 0)
        {
            return lead.Length == 1 && IsSign(lead[0])
                ? Messages.RowFigureSign.With(text, lead)
                : Messages.RowFigureBeforeNumber.With(text, lead);
        }

        var position = 0;
        var numberError = ReadNumber(text, rest, ref position, out var number);
        if (numberError is not null)
        {
            return numberError;
        }

        var after = rest.Substring(position).Trim();
        var comparison = prefix?.Comparison ?? TargetComparison.None;
        foreach (var (token, meaning) in Suffixes)
        {
            if (!after.EndsWith(token, StringComparison.Ordinal))
            {
                continue;
            }

            if (prefix is not null)
            {
                return Messages.RowFigureTwoComparisons.With(text, prefix.Value.Token, token);
            }

            if (!allowComparison)
            {
                return Messages.RowFigureComparisonOnActual.With(text, token, body.Substring(0, body.Length - token.Length).TrimEnd());
            }

            comparison = meaning;
            after = after.Substring(0, after.Length - token.Length).TrimEnd();
            break;
        }

        if (HasDigit(after))
        {
            return Messages.RowFigureTwoNumbers.With(text);
        }

        string? unit = null;
        if (after.Length > 0)
        {
            unit = NormaliseUnit(after);
            if (!units.Contains(unit, StringComparer.Ordinal))
            {
                return Messages.RowFigureUnit.With(text, after, NameList.Of(units));
            }
        }

        figure = new RowFigure(text, comparison, number, unit, null);
        return null;
    }

    /// <summary>A text with no digit: a phrase, unless it is a comparison with no number or a figure in Chinese numerals.</summary>
    private static DiagnosticMessage? ReadPhrase(string text, string body, string? prefix, string rest, IReadOnlyList<string> units, ref RowFigure? figure)
    {
        if (prefix is not null && (IsSymbol(prefix) || rest.Length == 0 || units.Contains(NormaliseUnit(rest), StringComparer.Ordinal)))
        {
            return Messages.RowFigureNoNumber.With(text, prefix);
        }

        var normalised = NormaliseUnit(prefix is null ? body : rest);
        foreach (var unit in units)
        {
            if (normalised.Length > unit.Length && normalised.EndsWith(unit, StringComparison.Ordinal)
                && normalised.Substring(0, normalised.Length - unit.Length).TrimEnd().All(IsChineseNumeral))
            {
                return Messages.RowFigureChineseNumeral.With(text);
            }
        }

        figure = new RowFigure(text, TargetComparison.None, null, null, body);
        return null;
    }

    /// <summary>Reads the number at the start of <paramref name="rest"/>, which is a digit, exactly.</summary>
    private static DiagnosticMessage? ReadNumber(string text, string rest, ref int position, out decimal number)
    {
        number = 0m;
        var digits = new StringBuilder();
        var start = position;
        var run = ReadDigits(rest, ref position, digits);
        if (IsSeparatorBeforeDigit(rest, position))
        {
            if (run > 3 || digits[0] == '0')
            {
                return NumberError(text, rest, start, Messages.NumberGrouping);
            }

            while (IsSeparatorBeforeDigit(rest, position))
            {
                position++;
                if (ReadDigits(rest, ref position, digits) != 3)
                {
                    return NumberError(text, rest, start, Messages.NumberGrouping);
                }
            }
        }

        if (position < rest.Length && IsPoint(rest[position]))
        {
            if (position + 1 >= rest.Length || !IsFigureDigit(rest[position + 1]))
            {
                return NumberError(text, rest, start, Messages.NumberPoint);
            }

            position++;
            digits.Append('.');
            ReadDigits(rest, ref position, digits);
            if (IsSeparatorBeforeDigit(rest, position))
            {
                return NumberError(text, rest, start, Messages.NumberGrouping);
            }

            if (position < rest.Length && IsPoint(rest[position]))
            {
                return NumberError(text, rest, start, Messages.NumberPoint);
            }
        }

        var written = digits.ToString();
        if (!decimal.TryParse(written, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number)
            || number.ToString(CultureInfo.InvariantCulture) != Canonical(written))
        {
            return NumberError(text, rest, start, Messages.NumberDigits);
        }

        return null;
    }

    private static DiagnosticMessage NumberError(string text, string rest, int start, MessageTemplate reason)
    {
        var end = start;
        while (end < rest.Length && (IsFigureDigit(rest[end]) || IsPoint(rest[end]) || (IsSeparator(rest[end]) && end + 1 < rest.Length && IsFigureDigit(rest[end + 1]))))
        {
            end++;
        }

        return Messages.RowFigureNumber.With(text, rest.Substring(start, end - start), reason.With());
    }

    private static int ReadDigits(string rest, ref int position, StringBuilder digits)
    {
        var count = 0;
        while (position < rest.Length && IsFigureDigit(rest[position]))
        {
            var c = rest[position];
            digits.Append(c >= '０' ? (char)('0' + (c - '０')) : c);
            position++;
            count++;
        }

        return count;
    }

    /// <summary>The written digits as decimal prints them: leading zeros of the whole part dropped, the fraction kept.</summary>
    private static string Canonical(string written)
    {
        var point = written.IndexOf('.');
        var whole = (point < 0 ? written : written.Substring(0, point)).TrimStart('0');
        return (whole.Length == 0 ? "0" : whole) + (point < 0 ? string.Empty : written.Substring(point));
    }

    private static (string Token, TargetComparison Comparison)? MatchPrefix(string body)
    {
        foreach (var prefix in Prefixes)
        {
            if (body.StartsWith(prefix.Token, StringComparison.Ordinal))
            {
                return prefix;
            }
        }

        return null;
    }

    private static IReadOnlyList<string> Units(IReadOnlyCollection<string>? extraUnits)
    {
        if (extraUnits is null || extraUnits.Count == 0)
        {
            return BuiltIn;
        }

        var units = new List<string>(BuiltInUnits);
        foreach (var extra in extraUnits)
        {
            if (extra is null || extra.Trim().Length == 0 || HasDigit(extra))
            {
                throw new ArgumentException($"A unit is a word with no digit, not '{extra}'.", nameof(extraUnits));
            }

            var unit = NormaliseUnit(extra);
            if (!units.Contains(unit, StringComparer.Ordinal))
            {
                units.Add(unit);
            }
        }

        return units;
    }

    private static string NormaliseUnit(string unit) => unit.Trim().Replace('％', '%').Replace("㎡", "平方米");

    private static int FirstDigit(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsFigureDigit(text[i]))
            {
                return i;
            }
        }

        return text.Length;
    }

    private static bool HasDigit(string text) => FirstDigit(text) < text.Length;

    private static bool IsFigureDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    private static bool IsPoint(char c) => c is '.' or '．';

    private static bool IsSeparator(char c) => c is ',' or '，';

    private static bool IsSeparatorBeforeDigit(string text, int position)
        => position + 1 < text.Length && IsSeparator(text[position]) && IsFigureDigit(text[position + 1]);

    private static bool IsSign(char c) => c is '+' or '-' or '＋' or '－' or '−' or '±';

    private static bool IsSymbol(string token) => token.All(c => !(c is >= '\u4e00' and <= '\u9fff'));

    private static bool IsChineseNumeral(char c) => "零〇一二两三四五六七八九十百千万亿".IndexOf(c) >= 0;
}
