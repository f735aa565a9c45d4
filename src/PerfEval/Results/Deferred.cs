using System;
using System.Threading;

namespace PerfEval.Results;

/// <summary>
/// A value made on first use and kept: a scorecard's explanations are written only when someone reads them, so
/// scoring does not pay for text nobody asks for. Safe to read from many threads (the maker may run more than once).
/// </summary>
internal sealed class Deferred<T>
    where T : class?
{
    private Func<T>? make;
    private T? value;

    public Deferred(Func<T> make) => this.make = make;

    private Deferred(T value) => this.value = value;

    public T Value
    {
        get
        {
            var maker = Volatile.Read(ref make);
            if (maker is null)
            {
                return value!;
            }

            var made = maker();
            value = made;
            Volatile.Write(ref make, null);
            return made;
        }
    }

    public static Deferred<T> Of(T value) => new(value);
}
