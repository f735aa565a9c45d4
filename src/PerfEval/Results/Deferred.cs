using System;
using System.Threading;

namespace PerfEval.Results;

/// <summary>
/// A value made on first use and kept: a scorecard's explanations are written only when someone reads them, so
/// scoring does not pay for text nobody asks for. Safe to read from many threads (the maker may run more than once).
/// A struct, kept in a (non-readonly) field of the object that owns it, so it costs that object no extra allocation;
/// its default is the value <see langword="null"/>.
/// </summary>
internal struct Deferred<T>
    where T : class?
{
    private Func<T>? make;
    private T? value;

    public Deferred(Func<T>? make)
    {
        this.make = make;
        value = default;
    }

    private Deferred(T value)
    {
        make = null;
        this.value = value;
    }

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
