using System;
using System.IO;
using System.Linq;
using PerfEval.Evaluation;
using PerfEval.Inputs;
using PerfEval.Office;
using PerfEval.Results;

namespace PerfEval.Cli;

/// <summary>Reading a batch record that is a filled-in .xlsx workbook (自评填报表).</summary>
internal static class BatchWorkbooks
{
    /// <summary>Reads a workbook record as <see cref="InputWorkbook.Read"/> does and binds it, its warnings kept with the binding's.</summary>
    public static Result<BoundInput> Read(ReadOnlyMemory<byte> bytes, CompiledRuleSet rules, string name)
    {
        var read = InputWorkbook.Read(new MemoryStream(bytes.ToArray(), writable: false), name, rules.Definition);
        if (read.Value is not { } values)
        {
            return Result<BoundInput>.OfInput(null, read.Diagnostics);
        }

        var bound = rules.Bind(values);
        return read.Diagnostics.Count == 0 ? bound : Result<BoundInput>.OfInput(bound.Value, read.Diagnostics.Concat(bound.Diagnostics).ToList());
    }
}
