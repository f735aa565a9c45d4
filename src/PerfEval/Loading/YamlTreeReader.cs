using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using PerfEval.Results;
using YamlDotNet.Core.Events;

namespace PerfEval.Loading;

/// <summary>
/// Reads one YAML document into <see cref="YNode"/>s from YamlDotNet's parser events. Tags and aliases are refused
/// (no tag can create a type, no alias can expand), nesting is bounded, and duplicate keys are reported.
/// </summary>
internal static class YamlTreeReader
{
    public static YNode? Read(string text, DiagnosticSink sink, int maxDepth)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                sink.Error(Codes.YamlSyntax, Messages.EmptyFile.With(), 1, 1);
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, sink, new Source(sink.File ?? string.Empty, text), 1, maxDepth);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var extra = parser.Current!;
                sink.Error(Codes.YamlSyntax, Messages.SecondDocument.With(), (int)extra.Start.Line, (int)extra.Start.Column);
                return null;
            }

            return root;
        }
        catch (YamlException ex)
        {
            sink.Error(Codes.YamlSyntax, Messages.YamlSyntax.With(Clean(ex.Message), QuoteHint(text, (int)ex.Start.Line, (int)ex.Start.Column)), (int)ex.Start.Line, (int)ex.Start.Column);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position or a useful message, on a flow collection left
            // unclosed before a less indented key ('a: {\nb'). The last event it parsed is the closest place to name.
            var last = parser.Current?.Start ?? Mark.Empty;
            sink.Error(Codes.YamlSyntax, Messages.FlowNotClosed.With(), Math.Max(1, (int)last.Line), Math.Max(1, (int)last.Column));
            return null;
        }
        catch (DepthExceededException ex)
        {
            sink.Error(Codes.YamlTooDeep, Messages.YamlTooDeep.With(maxDepth), ex.Line, ex.Column);
            return null;
        }
    }

    private static YNode? ReadNode(IParser parser, DiagnosticSink sink, Source source, int depth, int maxDepth)
    {
        var current = parser.Current!;
        var line = (int)current.Start.Line;
        var column = (int)current.Start.Column;
        if (depth > maxDepth)
        {
            throw new DepthExceededException(line, column);
        }

        switch (current)
        {
            case AnchorAlias alias:
                parser.MoveNext();
                sink.Error(Codes.YamlUnsupported, Messages.YamlAlias.With(alias.Value.ToString()), line, column);
                return null;
            case NodeEvent { Tag.IsEmpty: false } tagged when !tagged.Tag.IsNonSpecific:
                SkipNode(parser);
                sink.Error(Codes.YamlUnsupported, Messages.YamlTag.With(tagged.Tag.ToString()), line, column);
                return null;
            case NodeEvent { Anchor.IsEmpty: false } anchored:
                SkipNode(parser);
                sink.Error(Codes.YamlUnsupported, Messages.YamlAnchor.With(anchored.Anchor.ToString()), line, column);
                return null;
            case Scalar scalar:
                parser.MoveNext();
                if (scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded)
                {
                    var (contentLine, contentColumn) = source.BlockContent(line);
                    return new YScalar(source.File, scalar.Value, scalar.Style, line, column) { ContentLine = contentLine, ContentColumn = contentColumn };
                }

                return new YScalar(source.File, scalar.Value, scalar.Style, line, column);
            case SequenceStart:
            {
                parser.MoveNext();
                var sequence = new YSequence(source.File, line, column);
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    var item = ReadNode(parser, sink, source, depth + 1, maxDepth);
                    if (item is not null)
                    {
                        sequence.Items.Add(item);
                    }
                }

                return sequence;
            }

            case MappingStart:
            {
                parser.MoveNext();
                var mapping = new YMapping(source.File, line, column);
                var seen = new Dictionary<string, YScalar>(StringComparer.Ordinal);
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var keyNode = ReadNode(parser, sink, source, depth + 1, maxDepth);
                    var valueNode = ReadNode(parser, sink, source, depth + 1, maxDepth);
                    if (keyNode is not YScalar key)
                    {
                        if (keyNode is not null)
                        {
                            sink.Error(Codes.YamlSyntax, Messages.KeyNotPlain.With(), keyNode.Line, keyNode.Column);
                        }

                        continue;
                    }

                    if (seen.TryGetValue(key.Value, out var first))
                    {
                        sink.Error(Codes.DuplicateKey, Messages.DuplicateKey.With(key.Value, first.Line), key.Line, key.Column);
                        continue;
                    }

                    seen.Add(key.Value, key);
                    if (valueNode is not null)
                    {
                        mapping.Entries.Add(new KeyValuePair<YScalar, YNode>(key, valueNode));
                    }
                }

                return mapping;
            }

            default:
                throw new YamlException(current.Start, current.End, $"Unexpected {current.GetType().Name}.");
        }
    }

    private static void SkipNode(IParser parser)
    {
        var depth = 0;
        do
        {
            switch (parser.Current)
            {
                case MappingStart or SequenceStart:
                    depth++;
                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }

            parser.MoveNext();
        }
        while (depth > 0);
    }

    /// <summary>
    /// When the parser stopped at a second <c>: </c> on a line (<c>criteria: 资金下达: 合规</c>), the value held a colon
    /// and a space, which YAML reads as the start of another key: suggests the value quoted, or returns "".
    /// </summary>
    private static DiagnosticMessage? QuoteHint(string text, int line, int column)
    {
        var lines = text.Split('\n');
        if (line < 1 || line > lines.Length)
        {
            return null;
        }

        var content = lines[line - 1].TrimEnd('\r');
        var at = column - 1;
        if (at < 1 || at >= content.Length || content[at] != ':' || (at + 1 < content.Length && content[at + 1] is not (' ' or '\t')))
        {
            return null;
        }

        var keyColon = content.LastIndexOf(": ", at - 1, StringComparison.Ordinal);
        var keyStart = keyColon;
        while (keyStart > 0 && content[keyStart - 1] is not (' ' or '{' or ',' or '[' or '\t'))
        {
            keyStart--;
        }

        if (keyColon <= 0 || keyStart == keyColon)
        {
            return null;
        }

        var inFlow = content.LastIndexOfAny(new[] { '{', '[' }, keyStart) >= 0;
        var end = inFlow ? content.IndexOfAny(new[] { ',', '}', ']' }, at) : content.IndexOf(" #", at, StringComparison.Ordinal);
        var value = content.Substring(keyColon + 2, (end < 0 ? content.Length : end) - keyColon - 2).Trim();
        var quoted = value.IndexOf('\'') < 0 ? "'" + value + "'" : "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
        return Messages.QuoteColonHint.With(content.Substring(keyStart, keyColon - keyStart), quoted);
    }

    private static string Clean(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the diagnostic carries the position already.
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        message = message.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0 ? message.Substring(marker + 3) : message;
        return System.Text.RegularExpressions.Regex.Replace(message, @"\s+", " ").Trim();
    }

    /// <summary>The file being read, with its lines split on first need (only block scalars need them).</summary>
    private sealed class Source
    {
        private readonly string text;
        private string[]? lines;

        public Source(string file, string text)
        {
            File = file;
            this.text = text;
        }

        public string File { get; }

        /// <summary>Finds the first non-blank line after a block indicator on <paramref name="indicatorLine"/>, and its indentation.</summary>
        public (int Line, int Column) BlockContent(int indicatorLine)
        {
            lines ??= text.Split('\n');
            for (var i = indicatorLine; i < lines.Length; i++)
            {
                var content = lines[i].TrimEnd('\r');
                if (content.Trim().Length > 0)
                {
                    return (i + 1, content.Length - content.TrimStart(' ').Length + 1);
                }
            }

            return (indicatorLine, 1);
        }
    }

    private sealed class DepthExceededException : Exception
    {
        public DepthExceededException(int line, int column)
        {
            Line = line;
            Column = column;
        }

        public int Line { get; }

        public int Column { get; }
    }
}
