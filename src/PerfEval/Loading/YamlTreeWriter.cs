using System.IO;
using System.Linq;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PerfEval.Loading;

/// <summary>Writes a <see cref="YNode"/> tree back out as YAML (used to show a resolved rule set).</summary>
internal static class YamlTreeWriter
{
    private const int MaxFlowEntries = 6;

    public static string Write(YNode root)
    {
        using var writer = new StringWriter();
        var emitter = new Emitter(writer, EmitterSettings.Default.WithBestWidth(int.MaxValue));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        Write(emitter, root);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString().Replace("\r\n", "\n");
    }

    private static void Write(IEmitter emitter, YNode node)
    {
        switch (node)
        {
            case YScalar scalar:
                var style = scalar.Style switch
                {
                    ScalarStyle.Plain => ScalarStyle.Plain,
                    ScalarStyle.Literal or ScalarStyle.Folded when scalar.Value.Contains('\n') => ScalarStyle.Literal,
                    _ => ScalarStyle.DoubleQuoted,
                };
                emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, scalar.Value, style, isPlainImplicit: true, isQuotedImplicit: true));
                break;
            case YSequence sequence:
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block));
                foreach (var item in sequence.Items)
                {
                    Write(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case YMapping mapping:
                var flow = mapping.Entries.Count <= MaxFlowEntries && mapping.Entries.All(e => e.Value is YScalar { Style: not (ScalarStyle.Literal or ScalarStyle.Folded) });
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, flow ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var entry in mapping.Entries)
                {
                    Write(emitter, entry.Key);
                    Write(emitter, entry.Value);
                }

                emitter.Emit(new MappingEnd());
                break;
        }
    }
}
