using System;
using System.Collections.Generic;

namespace PerfEval.Formulas;

/// <summary>The whitelist of functions a formula may call, with their argument counts. Nothing else is reachable.</summary>
internal static class FormulaFunctions
{
    public static readonly IReadOnlyDictionary<string, int> Arity = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["Abs"] = 1,
        ["Ceiling"] = 1,
        ["Floor"] = 1,
        ["Truncate"] = 1,
        ["Sign"] = 1,
        ["Min"] = 2,
        ["Max"] = 2,
        ["Round"] = 2,
        ["if"] = 3,
    };

    public static string? Suggest(string name) => Spelling.Closest(name, Arity.Keys);
}
