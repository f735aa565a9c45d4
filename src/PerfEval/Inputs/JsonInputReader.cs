using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
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
    public static InputReadResult ReadFile(string path)
    {
        Guard.NotNull(path);
        byte[] bytes;
        try
        {
            bytes = BoundedFile.Read(path, MaxFileBytes, "input file");
        }
        catch (BoundedFile.Failure failure)
        {
            return new InputReadResult(null, new[] { new Diagnostic(failure.Code, DiagnosticSeverity.Error, failure.Message, path) });
        }

        return Read(bytes, path);
    }

    /// <summary>Reads input JSON from text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">The name used in diagnostics.</param>
    /// <returns>The input, or the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static InputReadResult Read(string json, string? sourceName = null)
    {
        Guard.NotNull(json);
        return Read(Encoding.UTF8.GetBytes(json), sourceName);
    }

    /// <summary>Reads input JSON from UTF-8 bytes (a leading byte-order mark is skipped).</summary>
    /// <param name="utf8">The bytes.</param>
    /// <param name="sourceName">The name used in diagnostics.</param>
    /// <returns>The input, or the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8"/> is <see langword="null"/>.</exception>
    public static InputReadResult Read(byte[] utf8, string? sourceName = null)
    {
        Guard.NotNull(utf8);
        var start = utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF ? 3 : 0;
        var parser = new Parser(utf8, start, sourceName);
        return parser.Run();
    }

    private sealed class Parser
    {
        private readonly byte[] bytes;
        private readonly int start;
        private readonly DiagnosticSink sink;
        private readonly Dictionary<string, InputValue> values = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Judgement> judgements = new(StringComparer.Ordinal);
        private string? subject;

        // What the reader is inside, e.g. input "x" or judgement "y", for a syntax error to name.
        private string? reading;

        public Parser(byte[] bytes, int start, string? sourceName)
        {
            this.bytes = bytes;
            this.start = start;
            sink = new DiagnosticSink(sourceName);
        }

        public InputReadResult Run()
        {
            var reader = new Utf8JsonReader(
                new ReadOnlySpan<byte>(bytes, start, bytes.Length - start),
                new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = MaxDepth });
            try
            {
                if (IsBlank())
                {
                    sink.Error(Codes.InputSyntax, "The input file is empty; it must hold a JSON object with \"values\".", 1, 1);
                }
                else if (reader.Read())
                {
                    ReadRoot(ref reader);
                    if (reader.Read())
                    {
                        Error(ref reader, "Unexpected content after the input object.");
                    }
                }
            }
            catch (JsonException ex)
            {
                var line = (int)(ex.LineNumber ?? 0);
                sink.Error(Codes.InputSyntax, "JSON syntax: " + Clean(ex.Message) + Within(), line + 1, CharacterColumn(line, (int)(ex.BytePositionInLine ?? 0)));
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException && FirstInvalidUtf8() >= 0)
            {
                // Bytes that are not UTF-8 inside a string surface from the transcoder, without a position.
                ReportInvalidUtf8();
            }
            catch (InvalidOperationException ex)
            {
                sink.Error(Codes.InputSyntax, "JSON syntax: " + ex.Message + Within());
            }

            // The reader skips comments without checking their bytes; the whole file must be UTF-8 all the same.
            if (!sink.HasErrors && FirstInvalidUtf8() >= 0)
            {
                ReportInvalidUtf8();
            }

            if (sink.HasErrors)
            {
                return new InputReadResult(null, sink.Sorted());
            }

            var input = new InputValues(subject, sink.File, InputValues.Freeze(values), InputValues.Freeze(judgements));
            return new InputReadResult(input, sink.Sorted());
        }

        private string Within() => reading is null ? string.Empty : " (reading " + reading + ")";

        private void ReportInvalidUtf8()
        {
            var offset = FirstInvalidUtf8();
            var (line, column) = PositionAt(offset);
            sink.Error(Codes.InputSyntax, $"The input is not valid UTF-8 text: byte 0x{bytes[offset]:X2} at offset {offset} cannot be decoded" + Within() + ".", line, column);
        }

        /// <summary>The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1.</summary>
        private int FirstInvalidUtf8()
        {
            var i = start;
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
            for (var i = start; i < bytes.Length; i++)
            {
                if (bytes[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Turns a UTF-8 byte offset within a 0-based line into a 1-based character column.</summary>
        private int CharacterColumn(int line, int byteInLine)
        {
            var offset = start;
            for (var seen = 0; seen < line && offset < bytes.Length; offset++)
            {
                if (bytes[offset] == (byte)'\n')
                {
                    seen++;
                }
            }

            var column = 1;
            for (var i = offset; i < offset + byteInLine && i < bytes.Length; i++)
            {
                if ((bytes[i] & 0xC0) != 0x80)
                {
                    column++;
                }
            }

            return column;
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

        private (int Line, int Column) Position(ref Utf8JsonReader reader) => PositionAt(start + (int)reader.TokenStartIndex);

        /// <summary>The 1-based line and character column of a byte offset.</summary>
        private (int Line, int Column) PositionAt(int offset)
        {
            int line = 1, column = 1;
            for (var i = start; i < offset && i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    line++;
                    column = 1;
                }
                else if ((bytes[i] & 0xC0) != 0x80)
                {
                    column++;
                }
            }

            return (line, column);
        }

        private void Error(ref Utf8JsonReader reader, string message)
        {
            var (line, column) = Position(ref reader);
            sink.Error(Codes.InputSyntax, message, line, column);
        }

        private void ReadRoot(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Error(ref reader, "The input must be a JSON object with \"values\" and, where the rule set has judgements, \"judgements\".");
                reader.Skip();
                return;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var sawValues = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString()!;
                var (keyLine, keyColumn) = Position(ref reader);
                if (!seen.Add(key))
                {
                    Error(ref reader, $"Duplicate key \"{key}\".");
                }

                reader.Read();
                switch (key)
                {
                    case "subject":
                        subject = ReadText(ref reader, "subject");
                        break;
                    case "values":
                        sawValues = true;
                        ReadValues(ref reader);
                        break;
                    case "judgements":
                        ReadJudgements(ref reader);
                        break;
                    default:
                        sink.Error(Codes.InputSyntax, $"Unknown key \"{key}\"; an input file has \"subject\", \"values\" and \"judgements\".", keyLine, keyColumn);
                        reader.Skip();
                        break;
                }
            }

            if (!sawValues)
            {
                sink.Error(Codes.InputSyntax, "The input has no \"values\" object.", 1, 1);
            }
        }

        private string? ReadText(ref Utf8JsonReader reader, string what)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return reader.GetString();
            }

            Error(ref reader, $"\"{what}\" must be text.");
            reader.Skip();
            return null;
        }

        private void ReadValues(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Error(ref reader, "\"values\" must be an object of input names to values.");
                reader.Skip();
                return;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                if (!seen.Add(name))
                {
                    Error(ref reader, $"Duplicate input \"{name}\".");
                }

                reading = $"input \"{name}\"";
                reader.Read();
                var (line, column) = Position(ref reader);
                InputValue? value = null;
                switch (reader.TokenType)
                {
                    case JsonTokenType.Number:
                        if (ReadNumber(ref reader, $"Input \"{name}\"") is { } number)
                        {
                            value = InputValue.Of(number);
                        }

                        break;
                    case JsonTokenType.True or JsonTokenType.False:
                        value = InputValue.Of(reader.GetBoolean());
                        break;
                    case JsonTokenType.String:
                        value = InputValue.Of(reader.GetString()!);
                        break;
                    case JsonTokenType.Null:
                        break; // Explicitly not given.
                    default:
                        Error(ref reader, $"Input \"{name}\" must be a number, true/false, text or null, not a nested {(reader.TokenType == JsonTokenType.StartArray ? "list" : "object")}.");
                        reader.Skip();
                        break;
                }

                if (value is not null)
                {
                    values[name] = value.At(line, column);
                }

                reading = null;
            }
        }

        /// <summary>
        /// Reads a JSON number as decimal, exactly: a number beyond decimal's range, with more than 28 significant digits,
        /// or too small to be told from zero is reported, never rounded quietly.
        /// </summary>
        private decimal? ReadNumber(ref Utf8JsonReader reader, string what)
        {
            var literal = Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
            if (!reader.TryGetDecimal(out var number))
            {
                Error(ref reader, $"{what}: {literal} is beyond the range of decimal numbers.");
                return null;
            }

            if (!ExactDecimal.IsExact(literal, number))
            {
                Error(ref reader, $"{what}: {literal} has more precision than a decimal number holds (28 significant digits); it would be rounded.");
                return null;
            }

            return number;
        }

        private void ReadJudgements(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Error(ref reader, "\"judgements\" must be an object of indicator ids to { \"score\": …, \"reason\": … }.");
                reader.Skip();
                return;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var id = reader.GetString()!;
                if (judgements.ContainsKey(id))
                {
                    Error(ref reader, $"Duplicate judgement \"{id}\".");
                }

                reading = $"judgement \"{id}\"";
                reader.Read();
                var (line, column) = Position(ref reader);

                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    Error(ref reader, $"Judgement \"{id}\" must be an object with \"score\" and \"reason\".");
                    reader.Skip();
                    reading = null;
                    continue;
                }

                decimal? score = null;
                string? reason = null;
                var scoreGiven = false;
                var scoreNull = false;
                var keys = new HashSet<string>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var key = reader.GetString()!;
                    var (keyLine, keyColumn) = Position(ref reader);
                    if (!keys.Add(key))
                    {
                        Error(ref reader, $"Judgement \"{id}\": duplicate key \"{key}\".");
                    }

                    reader.Read();
                    scoreGiven |= key == "score";
                    scoreNull |= key == "score" && reader.TokenType == JsonTokenType.Null;
                    if (key == "score" && reader.TokenType == JsonTokenType.Null)
                    {
                        // Not given yet, as a null value is: a blank template reads, and scoring names what is missing.
                    }
                    else if (key == "score" && reader.TokenType == JsonTokenType.Number && ReadNumber(ref reader, $"Judgement \"{id}\": the score") is { } number)
                    {
                        score = number;
                    }
                    else if (key == "reason" && reader.TokenType == JsonTokenType.String)
                    {
                        reason = reader.GetString();
                    }
                    else if (key is "score" or "reason")
                    {
                        // A number that is not a decimal was reported by ReadNumber already.
                        if (key == "reason" || reader.TokenType != JsonTokenType.Number)
                        {
                            Error(ref reader, $"Judgement \"{id}\": \"{key}\" must be {(key == "score" ? "a number" : "text")}.");
                        }

                        reader.Skip();
                    }
                    else
                    {
                        sink.Error(Codes.InputSyntax, $"Judgement \"{id}\": unknown key \"{key}\"; a judgement has \"score\" and \"reason\".", keyLine, keyColumn);
                        reader.Skip();
                    }
                }

                if (scoreNull && !string.IsNullOrEmpty(reason))
                {
                    sink.Error(Codes.InputSyntax, $"Judgement \"{id}\" has a reason but its \"score\" is null.", line, column);
                }
                else if (score is null && !scoreGiven)
                {
                    sink.Error(Codes.InputSyntax, $"Judgement \"{id}\" has no \"score\".", line, column);
                }
                else if (score is { } given)
                {
                    judgements[id] = new Judgement(given, reason ?? string.Empty, line, column);
                }

                reading = null;
            }
        }
    }
}
