using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using PerfEval.Inputs;
using PerfEval.Loading;
using PerfEval.Rendering;
using PerfEval.Results;

namespace PerfEval.Cli;

/// <summary>The commands of <c>perfeval</c>: argument parsing and output only; the library does the work.</summary>
internal static class Commands
{
    /// <summary>Parses and runs a command line, writing output and usage errors to the given writers.</summary>
    public static int Invoke(string[] args, TextWriter stdout, TextWriter stderr, Terminal? terminal = null, StandardStreams? streams = null)
    {
        var parsed = Build(stdout, stderr, terminal, streams).Parse(args);
        return ChineseUsageError(parsed, args) ? UsageErrors.Write(parsed, stderr, ReportLanguage.Chinese) : parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    /// <summary>Parses and runs a command line asynchronously, so that Ctrl-C and SIGTERM cancel a running command.</summary>
    public static async Task<int> InvokeAsync(string[] args, TextWriter stdout, TextWriter stderr, Terminal? terminal = null, StandardStreams? streams = null)
    {
        var parsed = Build(stdout, stderr, terminal, streams).Parse(args);
        return ChineseUsageError(parsed, args)
            ? UsageErrors.Write(parsed, stderr, ReportLanguage.Chinese)
            : await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }).ConfigureAwait(false);
    }

    /// <summary>
    /// Whether the command line does not parse and its errors are to be written in Chinese: <c>--lang zh</c> among the
    /// arguments, or no <c>--lang</c> under a Chinese UI culture. Under English System.CommandLine writes them, with the help.
    /// </summary>
    private static bool ChineseUsageError(ParseResult parsed, string[] args)
        => parsed.Errors.Count > 0 && (UsageErrors.Language(args) ?? LanguageDefault.Current()) == "zh";

    public static RootCommand Build(TextWriter stdout, TextWriter stderr, Terminal? terminal = null, StandardStreams? streams = null)
    {
        terminal ??= Terminal.None;
        streams ??= StandardStreams.Console;
        var root = new RootCommand("PerfEval: score 部门整体支出绩效自评 (department overall-expenditure performance self-evaluations) from YAML rule sets.");
        root.Subcommands.Add(ScoreCommand.Create(stdout, stderr, terminal, streams));
        root.Subcommands.Add(ValidateCommand.Create(stdout, stderr));
        root.Subcommands.Add(ShowCommand.Create(stdout, stderr));
        root.Subcommands.Add(DiffCommand.Create(stdout, stderr, streams));
        root.Subcommands.Add(ExplainCommand.Create(stdout, stderr, streams));
        root.Subcommands.Add(TemplateCommand.Create(stdout, stderr, terminal, streams));
        root.Subcommands.Add(BatchCommand.Create(stdout, stderr, terminal, streams));
        root.Subcommands.Add(SchemaCommand.Create(stdout, stderr));
        root.Subcommands.Add(WhatIfCommand.Create(stdout, stderr, streams));
        root.Subcommands.Add(ReachCommand.Create(stdout, stderr, streams));
        root.Subcommands.Add(ServeCommand.Create(stdout, stderr));
        return root;
    }
}
