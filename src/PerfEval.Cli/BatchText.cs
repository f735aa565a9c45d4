using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PerfEval.Results;

namespace PerfEval.Cli;

/// <summary>Batch's own messages on standard error, in English or, under <c>--lang zh</c>, Chinese.</summary>
internal sealed class BatchText
{
    public static readonly BatchText English = new(false);

    public static readonly BatchText Chinese = new(true);

    private BatchText(bool chinese) => IsChinese = chinese;

    public bool IsChinese { get; }

    public static BatchText For(bool chinese) => chinese ? Chinese : English;

    /// <summary>"12 records: 10 scored, 2 with errors", "共12条记录：已评分10条，出错2条".</summary>
    public string Counts(int scored, int failed) => IsChinese
        ? $"共{N(scored + failed)}条记录：已评分{N(scored)}条，出错{N(failed)}条"
        : $"{N(scored + failed)} records: {N(scored)} scored, {N(failed)} with errors";

    public string Interrupted(string counts, string? outPath) => IsChinese
        ? $"已中断：{counts}已写出{(outPath is null ? "。" : $"；{outPath} 保持原样。")}"
        : $"Interrupted: {counts} written{(outPath is null ? "." : $"; {outPath} is left as it was.")}";

    public string StoppedBefore(string counts, string? outPath) => IsChinese
        ? $"此前已读取{counts}{(outPath is null ? "。" : $"；{outPath} 保持原样。")}"
        : $"{counts} were read before it{(outPath is null ? "." : $"; {outPath} is left as it was.")}";

    public string NotRegular(string file) => IsChinese
        ? $"{file}: 警告：不是普通文件（管道、套接字或设备），已跳过，未打开。"
        : $"{file}: warning: not a regular file (a FIFO, socket or device); skipped, not opened.";

    /// <summary>The progress line's words: "1234 of 5000 records · 850/s", "1234 / 5000 条 · 850 条/秒".</summary>
    public string Progress(int done, long? of, double perSecond)
    {
        var rate = perSecond.ToString("0", CultureInfo.InvariantCulture);
        if (IsChinese)
        {
            return of is { } total ? $"{N(done)} / {N(total)} 条 · {rate} 条/秒" : $"{N(done)} 条 · {rate} 条/秒";
        }

        return of is { } count ? $"{N(done)} of {N(count)} records · {rate}/s" : $"{N(done)} records · {rate}/s";
    }

    /// <summary>
    /// The end of standard error after a run with failures: the first few failed records, each with its first
    /// diagnostic, and how many more there are.
    /// </summary>
    public string Failures(IReadOnlyList<(string Record, Diagnostic? First)> named, int failed)
    {
        var text = new StringBuilder();
        text.AppendLine(IsChinese ? "出错的记录：" : "Records with errors:");
        foreach (var (record, first) in named)
        {
            text.Append("  ").Append(record);
            if (first is not null)
            {
                text.Append(": ").Append(first.Code).Append(' ').Append(Diagnostic.OneLine(first.Message));
            }

            text.AppendLine();
        }

        var rest = failed - named.Count;
        if (rest > 0)
        {
            text.AppendLine(IsChinese ? $"  另有{N(rest)}条出错记录。" : $"  and {N(rest)} more.");
        }

        return text.ToString();
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
