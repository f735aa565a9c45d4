using System;
using System.Runtime.CompilerServices;

namespace PerfEval;

/// <summary>Argument checks that throw at once on API misuse (the BCL helpers are missing on netstandard2.0).</summary>
internal static class Guard
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name);

    public static string NotEmpty(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }

        return value.Length == 0 ? throw new ArgumentException("The value cannot be empty.", name) : value;
    }
}
