using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using PerfEval.Rendering;
using PerfEval.Results;

namespace PerfEval.Cli;

/// <summary>
/// A command line that does not parse, worded from what the parse found (the tokens it could not place, the required
/// options and arguments missing, the value an option does not take), in the catalogue's languages. System.CommandLine
/// words these in English; its Chinese resources are partial, so under <c>--lang zh</c> the CLI writes them itself.
/// </summary>
internal static class UsageErrors
{
    /// <summary>Writes one line per parse error, then where to find the usage.</summary>
    public static int Write(ParseResult parsed, TextWriter stderr, ReportLanguage language)
    {
        var command = Path(parsed.CommandResult);
        var valueErrors = parsed.Errors.Where(e => e.SymbolResult is OptionResult or ArgumentResult { Parent: OptionResult }).ToList();
        var lines = valueErrors.Select(e => Value(e).Format(language)).ToList();

        // The rest are the command's own: worded from the facts when they account for every one, else as the parser wrote them.
        var commandErrors = parsed.Errors.Except(valueErrors).ToList();
        var facts = Facts(parsed, command).ToList();
        lines.AddRange(facts.Count == commandErrors.Count
            ? facts.Select(f => f.Format(language))
            : commandErrors.Select(e => CliMessages.UsageOther.With(e.Message).Format(language)));
        foreach (var line in lines)
        {
            stderr.WriteLine(line);
        }

        stderr.WriteLine(CliMessages.UsageSeeHelp.With(command).Format(language));
        return ExitCodes.Usage;
    }

    private static IEnumerable<DiagnosticMessage> Facts(ParseResult parsed, string command)
    {
        var current = parsed.CommandResult.Command;
        foreach (var token in parsed.UnmatchedTokens)
        {
            yield return CliMessages.UsageUnknownToken.With(token, command);
        }

        if (current.Subcommands.Count > 0 && current.Action is null)
        {
            yield return CliMessages.UsageMissingCommand.With();
        }

        foreach (var option in current.Options.Where(o => o.Required && parsed.GetResult(o) is null))
        {
            yield return CliMessages.UsageMissingOption.With(command, option.Name);
        }

        foreach (var argument in current.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0 && (parsed.GetResult(a) is not { } result || result.Tokens.Count == 0)))
        {
            yield return CliMessages.UsageMissingArgument.With(command, argument.Name);
        }
    }

    private static DiagnosticMessage Value(ParseError error)
    {
        var option = error.SymbolResult switch
        {
            OptionResult o => o,
            _ => (OptionResult)error.SymbolResult!.Parent!,
        };
        if (option.Tokens.Count == 0)
        {
            return option.IdentifierTokenCount == 0 ? CliMessages.UsageMissingOption.With(Path(option.Parent as CommandResult), option.Option.Name) : CliMessages.UsageNoValue.With(option.Option.Name);
        }

        var value = option.Tokens[^1].Value;
        var accepted = option.Option.GetCompletions(CompletionContext.Empty).Select(c => c.Label).ToList();
        return (accepted.Count, option.Option.ValueType) switch
        {
            ( > 0, _) => CliMessages.UsageBadValue.With(value, option.Option.Name, NameList.QuotedOf(accepted)),
            (_, var type) when type == typeof(int) || type == typeof(int?) => CliMessages.UsageBadNumber.With(option.Option.Name, Messages.AWholeNumber.With(), value),
            (_, var type) when type == typeof(decimal) || type == typeof(decimal?) => CliMessages.UsageBadNumber.With(option.Option.Name, Messages.ANumber.With(), value),
            _ => CliMessages.UsageOther.With(error.Message),
        };
    }

    /// <summary>The value of the last <c>--lang</c> (<c>--lang zh</c>, <c>--lang=zh</c> or <c>--lang:zh</c>) when it is en or zh: read before parsing, since the parse may fail.</summary>
    public static string? Language(string[] args)
    {
        string? found = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = args[i] == "--lang" && i + 1 < args.Length ? args[i + 1]
                : args[i].StartsWith("--lang=", System.StringComparison.Ordinal) || args[i].StartsWith("--lang:", System.StringComparison.Ordinal) ? args[i].Substring(7)
                : null;
            if (value is "en" or "zh")
            {
                found = value;
            }
        }

        return found;
    }

    private static string Path(CommandResult? result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is CommandResult c; r = c.Parent)
        {
            names.Insert(0, c.Parent is null ? "perfeval" : c.Command.Name);
        }

        return string.Join(" ", names);
    }
}
