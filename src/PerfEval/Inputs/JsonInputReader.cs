using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PerfEval.Compilation;
using PerfEval.Evaluation;
using PerfEval.Results;

namespace PerfEval.Inputs;

/// <summary>
/// Reads an input file in JSON:
/// <c>{ "subject": "…", "values": { "name": 1.5, "flag": true, "absent": null }, "judgements": { "id": { "score": 4, "reason": "…" } } }</c>.
/// Numbers are read as <c>decimal</c> exactly; <c>//</c> comments are allowed; duplicate and unknown keys are errors.
/// </summary>
public static class JsonInputReader
{
    /// <summary>The deepest nesting accepted. <value>16.</value></summary>
    public const int MaxDepth = 16;

    /// <summary>The largest input file accepted, in bytes. <value>16 MiB.</value></summary>
    public const int MaxFileBytes = 16 * 1024 * 1024;

    /// <summary>Reads an input file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The input, or the diagnostics naming each problem with its line and column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public static Result<InputValues> ReadFile(string path)
    {
        Guard.NotNull(path);
        return Load(path, out var bytes) is { } failed ? Result<InputValues>.OfInput(null, failed) : Read(bytes!, path);
    }

    /// <summary>Reads input JSON from text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">The name used in diagnostics.</param>
    /// <returns>The input, or the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static Result<InputValues> Read(string json, string? sourceName = null)
    {
        Guard.NotNull(json);
        return Read(Encoding.UTF8.GetBytes(json), sourceName);
    }

    /// <summary>Reads input JSON from UTF-8 bytes (a leading byte-order mark is skipped).</summary>
    /// <param name="utf8">The bytes.</param>
    /// <param name="sourceName">The name used in diagnostics.</param>
    /// <returns>The input, or the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8"/> is <see langword="null"/>.</exception>
    public static Result<InputValues> Read(byte[] utf8, string? sourceName = null)
    {
        Guard.NotNull(utf8);
        return Read(new ReadOnlyMemory<byte>(utf8), sourceName);
    }

    /// <summary>
    /// Reads input JSON from a span of UTF-8 bytes, such as one line of a JSON Lines buffer (a leading byte-order mark is
    /// skipped). The bytes are not kept: they may be reused once this returns.
    /// </summary>
    /// <param name="utf8">The bytes.</param>
    /// <param name="sourceName">The name used in diagnostics.</param>
    /// <returns>The input, or the diagnostics.</returns>
    public static Result<InputValues> Read(ReadOnlyMemory<byte> utf8, string? sourceName = null)
    {
        var span = utf8.Span;
        var start = span.Length >= 3 && span[0] == 0xEF && span[1] == 0xBB && span[2] == 0xBF ? 3 : 0;
        var parser = new Parser(utf8.Slice(start), sourceName);
        return parser.Run();
    }

    /// <summary>
    /// Reads input JSON straight into a compiled rule set's slots: each value checked against its declaration as it is
    /// read, with no dictionary and no string per known name. The bytes are not kept.
    /// </summary>
    /// <param name="utf8">The bytes (a leading byte-order mark is skipped).</param>
    /// <param name="rules">The rule set whose slots the values go in.</param>
    /// <param name="sourceName">The name used in diagnostics.</param>
    /// <returns>The bound input, or every problem: JSON syntax, and values that do not fit their declaration, each with its line and column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is <see langword="null"/>.</exception>
    public static Result<BoundInput> Read(ReadOnlyMemory<byte> utf8, CompiledRuleSet rules, string? sourceName = null)
        => Read(utf8, rules, sourceName, EvaluationOptions.Default);

    /// <summary>
    /// Reads input JSON into a compiled rule set's slots for evaluations with <paramref name="options"/>: for numbers only,
    /// the judgements' reasons are checked but their text is not kept, since no explanation will show it.
    /// </summary>
    internal static Result<BoundInput> Read(ReadOnlyMemory<byte> utf8, CompiledRuleSet rules, string? sourceName, EvaluationOptions options)
    {
        Guard.NotNull(rules);
        var span = utf8.Span;
        var start = span.Length >= 3 && span[0] == 0xEF && span[1] == 0xBB && span[2] == 0xBF ? 3 : 0;
        return new Parser(utf8.Slice(start), sourceName, rules.Plan, options.Explanations).RunIntoSlots();
    }

    /// <summary>Reads an input file straight into a compiled rule set's slots; see <see cref="Read(ReadOnlyMemory{byte}, CompiledRuleSet, string?)"/>.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="rules">The rule set whose slots the values go in.</param>
    /// <returns>The bound input, or every problem, each with its line and column.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static Result<BoundInput> ReadFile(string path, CompiledRuleSet rules)
    {
        Guard.NotNull(path);
        Guard.NotNull(rules);
        return Load(path, out var bytes) is { } failed ? Result<BoundInput>.OfInput(null, failed) : Read(bytes!, rules, path);
    }

    /// <summary>Reads an input file's bytes, within the size limit; returns why it cannot, or <see langword="null"/>.</summary>
    private static Diagnostic[]? Load(string path, out byte[]? bytes)
    {
        try
        {
            bytes = BoundedFile.Read(path, MaxFileBytes, Messages.InputFile);
            return null;
        }
        catch (BoundedFile.Failure failure)
        {
            bytes = null;
            return new[] { new Diagnostic(failure.Code, DiagnosticSeverity.Error, failure.Text, path) };
        }
    }

    /// <summary>
    /// Turns a number literal's digits into the reason it cannot be read as a decimal exactly, or <see langword="null"/>
    /// when it can: at most 28 significant digits (29 up to 79228162514264337593543950335), none beyond the 28th decimal
    /// place. A literal beyond decimal's range is found by the parse itself.
    /// </summary>
    internal static DiagnosticMessage? Inexact(ReadOnlySpan<byte> literal)
    {
        int digits = 0, fraction = 0, trailingZeros = 0, i = 0;
        var inFraction = false;
        Span<byte> significant = stackalloc byte[30];
        for (; i < literal.Length; i++)
        {
            var b = literal[i];
            if (b is (byte)'-' or (byte)'+')
            {
                continue;
            }

            if (b == (byte)'.')
            {
                inFraction = true;
                continue;
            }

            if (b is < (byte)'0' or > (byte)'9')
            {
                break;
            }

            fraction += inFraction ? 1 : 0;
            if (digits == 0 && b == (byte)'0')
            {
                continue; // A leading zero is not significant.
            }

            if (digits < significant.Length)
            {
                significant[digits] = b;
            }

            digits++;
            trailingZeros = b == (byte)'0' ? trailingZeros + 1 : 0;
        }

        long exponent = 0;
        var negative = false;
        for (i++; i < literal.Length; i++)
        {
            if (literal[i] == (byte)'-')
            {
                negative = true;
            }
            else if (literal[i] is >= (byte)'0' and <= (byte)'9' && exponent < 1_000_000)
            {
                exponent = (exponent * 10) + (literal[i] - '0');
            }
        }

        var count = digits - trailingZeros;
        if (count <= 0)
        {
            return null; // Zero, however written.
        }

        if (count > 29 || (count == 29 && significant.Slice(0, 29).SequenceCompareTo("79228162514264337593543950335"u8) > 0))
        {
            return Messages.TooManyDigits.With(count);
        }

        var lastDigitPlace = (negative ? -exponent : exponent) - fraction + trailingZeros;
        return lastDigitPlace < -28
            ? Messages.TooManyDecimals.With()
            : null;
    }

    private sealed class Parser
    {
        private const int NoContext = 0;
        private const int InputContext = 1;
        private const int JudgementContext = 2;
        private const int RowContext = 3;

        private readonly ReadOnlyMemory<byte> memory;
        private readonly DiagnosticSink sink;
        // Sized as the last record read on this thread was: a stream of records of one shape grows no dictionary.
        [ThreadStatic]
        private static int lastValues;

        [ThreadStatic]
        private static int lastJudgements;

        // Filled when reading without a rule set; reading into slots puts each value in its slot instead.
        private readonly Dictionary<string, InputValue> values = null!;
        private readonly Dictionary<string, Judgement> judgements = null!;

        // Names given null or a value in error: not among the values, but a second one is still a duplicate.
        private HashSet<string>? unstored;
        private string? subject;
        private List<InputRow>? rows;

        // What the reader is inside, e.g. input "x" or judgement "y", for a syntax error to name; the text is made only then.
        private int readingKind;
        private string? readingName;

        // Positions are asked for in file order, so each is counted on from the last one: every byte is passed over once.
        private int cursorOffset;
        private int cursorLine = 1;
        private int cursorColumn = 1;

        // Reading into a rule set's slots: values are checked and put there as they are read, and no dictionary is filled.
        private readonly SlotWriter? slots;

        // Whether the judgements' reasons are kept as text; read for numbers only, only whether each says anything is.
        private readonly bool keepReasons;

        public Parser(ReadOnlyMemory<byte> memory, string? sourceName, RuleSetPlan? rules = null, bool keepReasons = true)
        {
            this.memory = memory;
            this.keepReasons = keepReasons;
            sink = new DiagnosticSink(sourceName);
            if (rules is null)
            {
                values = new(lastValues, StringComparer.Ordinal);
                judgements = new(lastJudgements, StringComparer.Ordinal);
            }
            else
            {
                slots = new SlotWriter(rules, sink);
            }
        }

        private ReadOnlySpan<byte> Bytes => memory.Span;

        public Result<InputValues> Run()
        {
            Parse();
            if (sink.HasErrors)
            {
                return Result<InputValues>.OfInput(null, sink.Sorted());
            }

            (lastValues, lastJudgements) = (values.Count, judgements.Count);
            var input = new InputValues(subject, sink.File, values, judgements, rows?.ToArray());
            return Result<InputValues>.OfInput(input, sink.Sorted());
        }

        public Result<BoundInput> RunIntoSlots()
        {
            Parse();

            // Values that do not fit are reported as they are read; only a file read to its end can say what is missing.
            var readable = !sink.Items.Any(d => d.Code == Codes.InputSyntax);
            if (readable && rows is not null)
            {
                slots!.Rows(rows);
            }

            var bound = readable ? slots!.Finish(subject, sink.File, keepReasons) : null;
            return Result<BoundInput>.OfInput(sink.HasErrors ? null : bound, sink.Sorted());
        }

        private void Parse()
        {
            var reader = new Utf8JsonReader(Bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = MaxDepth });
            try
            {
                if (IsBlank())
                {
                    sink.Error(Codes.InputSyntax, Messages.InputEmpty.With(), 1, 1);
                }
                else if (reader.Read())
                {
                    ReadRoot(ref reader);
                    if (reader.Read())
                    {
                        Error(ref reader, Messages.ContentAfterObject.With());
                    }
                }
            }
            catch (JsonException ex)
            {
                var line = (int)(ex.LineNumber ?? 0);
                sink.Error(Codes.InputSyntax, Messages.JsonSyntax.With(Clean(ex.Message), Within()), line + 1, CharacterColumn(line, (int)(ex.BytePositionInLine ?? 0)));
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException && FirstInvalidUtf8() >= 0)
            {
                // Bytes that are not UTF-8 inside a string surface from the transcoder, without a position.
                ReportInvalidUtf8();
            }
            catch (InvalidOperationException ex)
            {
                sink.Error(Codes.InputSyntax, Messages.JsonSyntax.With(ex.Message, Within()));
            }

            // The reader skips comments without checking their bytes; the whole file must be UTF-8 all the same.
            if (!sink.HasErrors && FirstInvalidUtf8() >= 0)
            {
                ReportInvalidUtf8();
            }

        }

        private DiagnosticMessage? Within() => readingKind switch
        {
            InputContext => Messages.ReadingInput.With(readingName),
            JudgementContext => Messages.ReadingJudgement.With(readingName),
            RowContext => Messages.ReadingRow.With(readingName),
            _ => null,
        };

        private void Reading(int kind, string? name)
        {
            readingKind = kind;
            readingName = name;
        }

        private void ReportInvalidUtf8()
        {
            var offset = FirstInvalidUtf8();
            var (line, column) = PositionAt(offset);
            sink.Error(Codes.InputSyntax, Messages.NotUtf8Input.With(Bytes[offset].ToString("X2", CultureInfo.InvariantCulture), offset, Within()), line, column);
        }

        /// <summary>The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1.</summary>
        private int FirstInvalidUtf8()
        {
            var bytes = Bytes;
#if NET8_0_OR_GREATER
            if (System.Text.Unicode.Utf8.IsValid(bytes))
            {
                return -1;
            }
#endif
            var i = 0;
            while (i < bytes.Length)
            {
                var b = bytes[i];
                int length;
                int min;
                if (b < 0x80)
                {
                    i++;
                    continue;
                }
                else if (b is >= 0xC2 and <= 0xDF)
                {
                    (length, min) = (2, 0x80);
                }
                else if (b is >= 0xE0 and <= 0xEF)
                {
                    (length, min) = (3, 0x800);
                }
                else if (b is >= 0xF0 and <= 0xF4)
                {
                    (length, min) = (4, 0x10000);
                }
                else
                {
                    return i;
                }

                if (i + length > bytes.Length)
                {
                    return i;
                }

                var code = b & (0xFF >> (length + 1));
                for (var k = 1; k < length; k++)
                {
                    if ((bytes[i + k] & 0xC0) != 0x80)
                    {
                        return i;
                    }

                    code = (code << 6) | (bytes[i + k] & 0x3F);
                }

                if (code < min || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
                {
                    return i;
                }

                i += length;
            }

            return -1;
        }

        private bool IsBlank()
        {
            foreach (var b in Bytes)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Turns a UTF-8 byte offset within a 0-based line into a 1-based character column.</summary>
        private int CharacterColumn(int line, int byteInLine)
        {
            var bytes = Bytes;
            for (var seen = 0; seen < line && bytes.IndexOf((byte)'\n') is var newline and >= 0; seen++)
            {
                bytes = bytes.Slice(newline + 1);
            }

            return 1 + Characters(bytes.Slice(0, Math.Min(byteInLine, bytes.Length)));
        }

        /// <summary>
        /// Counts the characters UTF-8 bytes hold: one for each byte that is not a continuation byte (10xxxxxx), so a byte
        /// that is not UTF-8 counts as one character too.
        /// </summary>
        private static int Characters(ReadOnlySpan<byte> bytes)
        {
#if NET8_0_OR_GREATER
            if (System.Text.Unicode.Utf8.IsValid(bytes))
            {
                // UTF-16 units, less the second unit of each character beyond the BMP: those, and only those, take 4 bytes.
                var count = Encoding.UTF8.GetCharCount(bytes);
                for (var i = bytes.IndexOfAnyInRange((byte)0xF0, (byte)0xF4); i >= 0; i = bytes.IndexOfAnyInRange((byte)0xF0, (byte)0xF4))
                {
                    count--;
                    bytes = bytes.Slice(i + 1);
                }

                return count;
            }
#endif
            var characters = 0;
            foreach (var b in bytes)
            {
                characters += (b & 0xC0) != 0x80 ? 1 : 0;
            }

            return characters;
        }

        private static string Clean(string message)
        {
            if (message.IndexOf("trailing comma", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return "a trailing comma after the last entry; remove it.";
            }

            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            message = cut > 0 ? message.Substring(0, cut) : message;
            cut = message.IndexOf(" Change the reader options", StringComparison.Ordinal);
            return cut > 0 ? message.Substring(0, cut) : message;
        }

        private (int Line, int Column) Position(ref Utf8JsonReader reader) => PositionAt((int)reader.TokenStartIndex);

        /// <summary>The 1-based line and character column of a byte offset, counted on from the last position asked for.</summary>
        private (int Line, int Column) PositionAt(int offset)
        {
            if (offset < cursorOffset)
            {
                (cursorOffset, cursorLine, cursorColumn) = (0, 1, 1);
            }

            int line = cursorLine, column = cursorColumn;
            var end = Math.Min(offset, Bytes.Length);
            var passed = Bytes.Slice(cursorOffset, Math.Max(0, end - cursorOffset));
            for (var newline = passed.IndexOf((byte)'\n'); newline >= 0; newline = passed.IndexOf((byte)'\n'))
            {
                line++;
                column = 1;
                passed = passed.Slice(newline + 1);
            }

            column += Characters(passed);
            (cursorOffset, cursorLine, cursorColumn) = (Math.Max(end, cursorOffset), line, column);
            return (line, column);
        }

        private void Error(ref Utf8JsonReader reader, DiagnosticMessage message)
        {
            var (line, column) = Position(ref reader);
            sink.Error(Codes.InputSyntax, message, line, column);
        }

        private void ReadRoot(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Error(ref reader, Messages.InputNotAnObject.With());
                reader.Skip();
                return;
            }

            bool sawSubject = false, sawValues = false, sawJudgements = false, sawRows = false;
            HashSet<string>? unknown = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var offset = (int)reader.TokenStartIndex;
                var which = reader.ValueTextEquals("subject"u8) ? 1 : reader.ValueTextEquals("values"u8) ? 2 : reader.ValueTextEquals("judgements"u8) ? 3 : reader.ValueTextEquals("rows"u8) ? 4 : 0;
                string? key = null;
                var duplicate = which switch
                {
                    1 => sawSubject,
                    2 => sawValues,
                    3 => sawJudgements,
                    4 => sawRows,
                    _ => !(unknown ??= new HashSet<string>(StringComparer.Ordinal)).Add(key = reader.GetString()!),
                };
                if (duplicate)
                {
                    Error(ref reader, Messages.DuplicateInputKey.With(key ?? reader.GetString()));
                }

                reader.Read();
                switch (which)
                {
                    case 1:
                        sawSubject = true;
                        subject = ReadText(ref reader, "subject");
                        break;
                    case 2:
                        sawValues = true;
                        ReadValues(ref reader);
                        break;
                    case 3:
                        sawJudgements = true;
                        ReadJudgements(ref reader);
                        break;
                    case 4:
                        sawRows = true;
                        ReadRows(ref reader);
                        break;
                    default:
                        var (keyLine, keyColumn) = PositionAt(offset);
                        sink.Error(Codes.InputSyntax, Messages.UnknownInputKey.With(key), keyLine, keyColumn);
                        reader.Skip();
                        break;
                }
            }

            if (!sawValues)
            {
                sink.Error(Codes.InputSyntax, Messages.NoValues.With(), 1, 1);
            }
        }

        private string? ReadText(ref Utf8JsonReader reader, string what)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return reader.GetString();
            }

            Error(ref reader, Messages.MustBeText.With(what));
            reader.Skip();
            return null;
        }

        private void ReadValues(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Error(ref reader, Messages.ValuesNotAnObject.With());
                reader.Skip();
                return;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (slots is not null)
                {
                    ReadSlotValue(ref reader, slots);
                    continue;
                }

                var name = NameCache.Get(ref reader);
                if (values.ContainsKey(name) || (unstored?.Contains(name) ?? false))
                {
                    Error(ref reader, Messages.DuplicateInput.With(name));
                }

                Reading(InputContext, name);
                reader.Read();
                var (line, column) = Position(ref reader);
                switch (reader.TokenType)
                {
                    case JsonTokenType.Number:
                        if (ReadNumber(ref reader, InputContext, name) is { } number)
                        {
                            values[name] = InputValue.Of(number, line, column);
                        }

                        break;
                    case JsonTokenType.True or JsonTokenType.False:
                        values[name] = InputValue.Of(reader.GetBoolean(), line, column);
                        break;
                    case JsonTokenType.String:
                        values[name] = InputValue.Of(reader.GetString()!, line, column);
                        break;
                    case JsonTokenType.Null:
                        break; // Explicitly not given.
                    default:
                        Error(ref reader, Messages.NestedInput.With(name, (reader.TokenType == JsonTokenType.StartArray ? Messages.NestedList : Messages.NestedObject).With()));
                        reader.Skip();
                        break;
                }

                if (!values.ContainsKey(name))
                {
                    (unstored ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
                }

                Reading(NoContext, null);
            }
        }

        /// <summary>
        /// Reads one value into its slot. A known name is found by its bytes, so it costs no string; where the value is
        /// read from is worked out only when something is wrong with it.
        /// </summary>
        private void ReadSlotValue(ref Utf8JsonReader reader, SlotWriter slots)
        {
            var symbol = slots.Find(ref reader);
            var name = symbol?.Name ?? reader.GetString()!;
            if (symbol is not null ? !slots.FirstSight(symbol) : !(unstored ??= new HashSet<string>(StringComparer.Ordinal)).Add(name))
            {
                Error(ref reader, Messages.DuplicateInput.With(name));
            }

            Reading(InputContext, name);
            reader.Read();
            var offset = (int)reader.TokenStartIndex;
            InputValue? value = null;
            switch (reader.TokenType)
            {
                case JsonTokenType.Number:
                    if (ReadNumber(ref reader, InputContext, name) is { } number && !(symbol is not null && slots.Number(symbol, number)))
                    {
                        value = InputValue.Of(number);
                    }

                    break;
                case JsonTokenType.True or JsonTokenType.False:
                    var flag = reader.GetBoolean();
                    if (!(symbol is not null && slots.Boolean(symbol, flag)))
                    {
                        value = InputValue.Of(flag);
                    }

                    break;
                case JsonTokenType.String:
                    var text = reader.GetString()!;
                    if (!(symbol is not null && slots.Text(symbol, text)))
                    {
                        value = InputValue.Of(text);
                    }

                    break;
                case JsonTokenType.Null:
                    break; // Explicitly not given.
                default:
                    Error(ref reader, Messages.NestedInput.With(name, (reader.TokenType == JsonTokenType.StartArray ? Messages.NestedList : Messages.NestedObject).With()));
                    reader.Skip();
                    break;
            }

            if (value is not null)
            {
                // Unknown, or turned down: say so, where it was read from.
                var (line, column) = PositionAt(offset);
                slots.Reject(name, symbol, value.At(line, column));
            }

            Reading(NoContext, null);
        }

        /// <summary>
        /// Reads a JSON number as decimal, exactly: a number beyond decimal's range, with more significant digits than it
        /// holds, or with digits beyond its 28th decimal place is reported, never rounded quietly.
        /// </summary>
        private decimal? ReadNumber(ref Utf8JsonReader reader, int kind, string name)
        {
            if (!reader.TryGetDecimal(out var number))
            {
                Error(ref reader, Messages.NumberBeyondDecimal.With(What(kind, name), Literal(ref reader)));
                return null;
            }

            if (Inexact(reader.ValueSpan) is { } why)
            {
                Error(ref reader, Messages.NumberRefused.With(What(kind, name), Literal(ref reader), why));
                return null;
            }

            return number;
        }

        private static DiagnosticMessage What(int kind, string name) => (kind switch
        {
            InputContext => Messages.InputQuoted,
            JudgementContext => Messages.JudgementScore,
            _ => Messages.RowNumber,
        }).With(name);

        /// <summary>Reads <c>"rows"</c>: the project's indicator table, an array of row objects, kept as written.</summary>
        private void ReadRows(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                Error(ref reader, Messages.RowsNotAnArray.With());
                reader.Skip();
                return;
            }

            rows ??= new List<InputRow>();
            var number = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                number++;
                var (line, column) = Position(ref reader);
                var label = "rows[" + number.ToString(CultureInfo.InvariantCulture) + "]";
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    Error(ref reader, Messages.RowNotAnObject.With(label));
                    reader.Skip();
                    continue;
                }

                Reading(RowContext, label);
                if (ReadRow(ref reader, label) is { } row)
                {
                    rows.Add(new InputRow(row.Level1, row.Level2, row.Name, row.Points)
                    {
                        Target = row.Target,
                        Actual = row.Actual,
                        Grade = row.Grade,
                        Score = row.Score,
                        Reason = row.Reason,
                        Applies = row.Applies,
                        Line = line,
                        Column = column,
                    });
                }

                Reading(NoContext, null);
            }
        }

        private (string Level1, string Level2, string Name, decimal Points, string? Target, string? Actual, string? Grade, decimal? Score, string? Reason, bool Applies)? ReadRow(ref Utf8JsonReader reader, string label)
        {
            var (line, column) = Position(ref reader);
            var texts = new Dictionary<string, string?>(StringComparer.Ordinal);
            decimal? points = null, score = null;
            var applies = true;
            var complete = true;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var keyOffset = (int)reader.TokenStartIndex;
                var key = reader.GetString()!;
                if (!seen.Add(key))
                {
                    Error(ref reader, Messages.RowDuplicateKey.With(label, key));
                    complete = false;
                }

                reader.Read();
                if (reader.TokenType == JsonTokenType.Null && key is "target" or "actual" or "grade" or "score" or "reason")
                {
                    continue; // Not filled in, as in a blank template.
                }

                switch (key)
                {
                    case "level1" or "level2" or "name" or "target" or "actual" or "grade" or "reason":
                        texts[key] = RowText(ref reader, label, key, ref complete);
                        break;
                    case "points":
                    case "score":
                        decimal? figure = null;
                        if (reader.TokenType != JsonTokenType.Number)
                        {
                            Error(ref reader, Messages.RowKeyKind.With(label, key, Messages.ANumber.With()));
                            reader.Skip();
                        }
                        else
                        {
                            figure = ReadNumber(ref reader, RowContext, label + "." + key);
                        }

                        complete &= figure is not null;
                        if (key == "points")
                        {
                            points = figure;
                        }
                        else
                        {
                            score = figure;
                        }

                        break;
                    case "applies":
                        if (reader.TokenType is JsonTokenType.True or JsonTokenType.False)
                        {
                            applies = reader.GetBoolean();
                        }
                        else
                        {
                            Error(ref reader, Messages.RowKeyKind.With(label, key, Messages.TrueOrFalse.With()));
                            reader.Skip();
                            complete = false;
                        }

                        break;
                    default:
                        var (keyLine, keyColumn) = PositionAt(keyOffset);
                        sink.Error(Codes.InputSyntax, Messages.RowUnknownKey.With(label, key), keyLine, keyColumn);
                        reader.Skip();
                        complete = false;
                        break;
                }
            }

            string? Text(string key) => texts.TryGetValue(key, out var text) ? text : null;
            var (level1, level2, name) = (Text("level1"), Text("level2"), Text("name"));
            foreach (var (key, given) in new[] { ("level1", level1 is not null), ("level2", level2 is not null), ("name", name is not null), ("points", points is not null || seen.Contains("points")) })
            {
                if (!given)
                {
                    sink.Error(Codes.InputSyntax, Messages.RowMissingKey.With(label, key), line, column);
                    complete = false;
                }
            }

            return complete ? (level1!, level2!, name!, points!.Value, Text("target"), Text("actual"), Text("grade"), score, Text("reason"), applies) : null;
        }

        private string? RowText(ref Utf8JsonReader reader, string label, string key, ref bool complete)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return reader.GetString();
            }

            Error(ref reader, Messages.RowKeyKind.With(label, key, Messages.Text.With()));
            reader.Skip();
            complete = false;
            return null;
        }

        private static string Literal(ref Utf8JsonReader reader) => Encoding.UTF8.GetString(reader.ValueSpan.ToArray());

        /// <summary>Keeps a judgement read: in the table, or in its indicator's slot when the rule set takes it.</summary>
        private void Judge(IndicatorPlan? judged, string id, decimal score, string? reason, bool reasoned, int line, int column)
        {
            if (slots is null)
            {
                judgements[id] = new Judgement(score, reason ?? string.Empty, line, column);
            }
            else if (judged is not null)
            {
                slots.Judge(judged, new BoundJudgement(score, reason ?? (keepReasons ? string.Empty : null), reasoned, line, column));
            }
            else
            {
                slots.ReportUnexpectedJudgement(id, line, column);
            }
        }

        private void ReadJudgements(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Error(ref reader, Messages.JudgementsNotAnObject.With());
                reader.Skip();
                return;
            }

            HashSet<string>? seen = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var judged = slots?.FindJudged(ref reader);
                var id = judged?.Id ?? (slots is null ? NameCache.Get(ref reader) : reader.GetString()!);
                if (judged is not null ? !slots!.FirstSight(judged) : (slots is null && judgements.ContainsKey(id)) || !(seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(id))
                {
                    Error(ref reader, Messages.DuplicateJudgement.With(id));
                }

                Reading(JudgementContext, id);
                reader.Read();
                var (line, column) = Position(ref reader);

                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    Error(ref reader, Messages.JudgementNotAnObject.With(id));
                    reader.Skip();
                    Reading(NoContext, null);
                    continue;
                }

                decimal? score = null;
                string? reason = null;
                bool scoreGiven = false, scoreNull = false, reasonGiven = false, reasonWritten = false, reasoned = false;
                HashSet<string>? unknown = null;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var keyOffset = (int)reader.TokenStartIndex;
                    var isScore = reader.ValueTextEquals("score"u8);
                    var isReason = !isScore && reader.ValueTextEquals("reason"u8);
                    string? key = isScore ? "score" : isReason ? "reason" : reader.GetString()!;
                    if (isScore ? scoreGiven : isReason ? reasonGiven : !(unknown ??= new HashSet<string>(StringComparer.Ordinal)).Add(key))
                    {
                        Error(ref reader, Messages.JudgementDuplicateKey.With(id, key));
                    }

                    reader.Read();
                    scoreGiven |= isScore;
                    reasonGiven |= isReason;
                    if (isScore && reader.TokenType == JsonTokenType.Null)
                    {
                        scoreNull = true; // Not filled in yet, as in a blank template.
                    }
                    else if (isScore && reader.TokenType == JsonTokenType.Number)
                    {
                        score = ReadNumber(ref reader, JudgementContext, id);
                    }
                    else if (isReason && reader.TokenType == JsonTokenType.String)
                    {
                        // Read for numbers only, the reason's text is not kept: whether it says anything is all scoring needs.
                        reason = keepReasons ? reader.GetString()! : null;
                        reasonWritten = reader.HasValueSequence || reader.ValueSpan.Length > 0;
                        reasoned = keepReasons ? !string.IsNullOrWhiteSpace(reason) : HasText(ref reader);
                    }
                    else if (isScore || isReason)
                    {
                        Error(ref reader, Messages.JudgementKeyKind.With(id, key, (isScore ? Messages.ANumber : Messages.Text).With()));
                        reader.Skip();
                    }
                    else
                    {
                        var (keyLine, keyColumn) = PositionAt(keyOffset);
                        sink.Error(Codes.InputSyntax, Messages.JudgementUnknownKey.With(id, key), keyLine, keyColumn);
                        reader.Skip();
                    }
                }

                if (scoreNull && reasonWritten)
                {
                    sink.Error(Codes.InputSyntax, Messages.ReasonWithoutScore.With(id), line, column);
                }
                else if (scoreNull)
                {
                    // Reads as not given, so a blank template reads and scoring names what is missing; this says where.
                    sink.Warning(Codes.MissingJudgement, Messages.JudgementNotFilled.With(id), line, column, id);
                }
                else if (!scoreGiven)
                {
                    sink.Error(Codes.InputSyntax, Messages.JudgementWithoutScore.With(id), line, column);
                }

                if (score is { } given)
                {
                    Judge(judged, id, given, reason, reasoned, line, column);
                }

                Reading(NoContext, null);
            }
        }
    }

    /// <summary>Says whether a string value has anything but white space in it, without making the string.</summary>
    private static bool HasText(ref Utf8JsonReader reader)
    {
        // Unescaped, a value never has more UTF-16 units than its UTF-8 bytes.
        var buffer = ArrayPool<char>.Shared.Rent(reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length);
        try
        {
            return !buffer.AsSpan(0, reader.CopyString(buffer)).IsWhiteSpace();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The strings of names seen lately on this thread, found by their UTF-8 bytes, so that a stream of records with the
    /// same names makes each name's string once rather than once per record.
    /// </summary>
    private static class NameCache
    {
        private const int Size = 1024;
        private const int LongestName = 128;

        [ThreadStatic]
        private static (byte[] Utf8, string Name)[]? entries;

        public static string Get(ref Utf8JsonReader reader)
        {
            if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > LongestName)
            {
                return reader.GetString()!;
            }

            var span = reader.ValueSpan;
            var hash = 2166136261u;
            foreach (var b in span)
            {
                hash = (hash ^ b) * 16777619u;
            }

            var table = entries ??= new (byte[], string)[Size];
            ref var entry = ref table[hash % Size];
            if (entry.Utf8 is { } known && span.SequenceEqual(known))
            {
                return entry.Name;
            }

            var name = reader.GetString()!;
            entry = (span.ToArray(), name);
            return name;
        }
    }
}
