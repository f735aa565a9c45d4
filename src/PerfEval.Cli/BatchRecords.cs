using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using PerfEval.Inputs;

namespace PerfEval.Cli;

/// <summary>
/// The records of a batch, read lazily: a JSON Lines file (one input object per line), a JSON array of input objects,
/// or a folder of JSON files; each record shaped like a single input file and named for error rows.
/// </summary>
internal static class BatchRecords
{
    public static IEnumerable<(string Name, InputReadResult Read)> From(string path)
    {
        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*.json", SearchOption.TopDirectoryOnly)
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => (Path.GetFileName(f), JsonInputReader.ReadFile(f)));
        }

        return path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)
            ? Lines(path)
            : Array(path);
    }

    private static IEnumerable<(string, InputReadResult)> Lines(string path)
    {
        using var reader = new StreamReader(path);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Trim().Length > 0)
            {
                var name = $"{Path.GetFileName(path)}:{number}";
                yield return (name, JsonInputReader.Read(line, name));
            }
        }
    }

    private static IEnumerable<(string, InputReadResult)> Array(string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = JsonInputReader.MaxDepth });
        }
        catch (JsonException)
        {
            // Not JSON at all: reading it as one input reports the syntax error with its line and column.
            return new[] { (Path.GetFileName(path), JsonInputReader.ReadFile(path)) };
        }

        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            document.Dispose();
            return new[] { (Path.GetFileName(path), JsonInputReader.ReadFile(path)) };
        }

        return Elements(document, path);
    }

    private static IEnumerable<(string, InputReadResult)> Elements(JsonDocument document, string path)
    {
        using (document)
        {
            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                var name = $"{Path.GetFileName(path)}[{index++}]";
                yield return (name, JsonInputReader.Read(element.GetRawText(), name));
            }
        }
    }
}
