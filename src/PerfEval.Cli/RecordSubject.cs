using System;
using System.Text.Json;
using PerfEval.Inputs;

namespace PerfEval.Cli;

/// <summary>The unit's name of a record that could not be read as an input, so its error row still says which unit it is.</summary>
internal static class RecordSubject
{
    /// <summary>
    /// The top-level <c>subject</c> string of a JSON object, read up to the first syntax error; <see langword="null"/>
    /// when there is none before it, or it is not a string.
    /// </summary>
    public static string? Peek(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = JsonInputReader.MaxDepth });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isSubject = reader.ValueTextEquals("subject"u8);
                if (!reader.Read())
                {
                    return null;
                }

                if (isSubject)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // A syntax error before the subject: there is none to show.
        }

        return null;
    }
}
