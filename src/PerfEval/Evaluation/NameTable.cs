using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
#if NET8_0_OR_GREATER
using System.Collections.Frozen;
#endif

namespace PerfEval.Evaluation;

/// <summary>
/// A rule set's names (its inputs, its judged indicators) to what they stand for, built once at load and read on every
/// evaluation, one given name after another through a <see cref="Reader"/>.
/// </summary>
/// <remarks>
/// <para>
/// Inputs made by the same code, or read from files the same code wrote, give their names in the same order. The table
/// remembers an order of names, with what each stands for, and reads an input by comparing each name with the one
/// remembered at its place (the same string, usually, or an equal one): no hashing. An input that leaves out a
/// remembered name or two (an optional input) is read in step with the order. A name that is neither where the order
/// has it nor a little further on is a miss, and is looked up (on .NET 8 and later in a frozen dictionary, which
/// hashes only the characters that tell these names apart).
/// </para>
/// <para>
/// The first input teaches the order. After <see cref="MissesBeforeRelearning"/> inputs in a row with a miss the table
/// learns the latest input's order: inputs that alternate between two orders do not make it learn every time, and
/// inputs with more names than the remembered order soon teach the fuller one, which the shorter inputs are then read
/// in step with. Only a miss or learning writes to the table, so threads reading inputs in its order share it without
/// contention. What is remembered changes only how fast a name is found, never what it is found to be.
/// </para>
/// </remarks>
/// <typeparam name="T">What a name stands for.</typeparam>
internal sealed class NameTable<T>
    where T : class
{
    internal const int MissesBeforeRelearning = 8;

    /// <summary>How many remembered names a reading skips at most to find a name given out of place.</summary>
    private const int Lookahead = 4;

#if NET8_0_OR_GREATER
    private readonly FrozenDictionary<string, T> items;
#else
    private readonly Dictionary<string, T> items;
#endif

    private Order? order;
    private int misses;

    public NameTable(IEnumerable<T> items, Func<T, string> nameOf)
    {
#if NET8_0_OR_GREATER
        this.items = items.ToFrozenDictionary(nameOf, StringComparer.Ordinal);
#else
        this.items = items.ToDictionary(nameOf, StringComparer.Ordinal);
#endif
    }

    /// <summary>Gets the order of names remembered, or <see langword="null"/> before the first input (for tests).</summary>
    internal IReadOnlyList<string>? Remembered => Volatile.Read(ref order)?.Names;

    /// <summary>Starts reading one input's names, in the order it gives them.</summary>
    public Reader Read() => new(this, Volatile.Read(ref order));

    private T? Find(string name) => items.TryGetValue(name, out var value) ? value : null;

    /// <summary>Reads one input's names in order; a local, used once.</summary>
    internal struct Reader
    {
        private readonly NameTable<T> table;
        private readonly Order? order;
        private int position;
        private bool missed;

        public Reader(NameTable<T> table, Order? order)
        {
            this.table = table;
            this.order = order;
            position = 0;
            missed = order is null;
        }

        /// <summary>Finds what the next name given stands for, or <see langword="null"/> when it is not in the table.</summary>
        public T? Next(string name)
        {
            var i = position++;
            if (order is not { } known)
            {
                return table.Find(name);
            }

            if (i < known.Names.Length && string.Equals(known.Names[i], name))
            {
                return known.Values[i];
            }

            // A name or two remembered here may be absent from this input (an optional input left out): look a little
            // ahead, and go on from there. The input is still in step with the order.
            for (var j = i + 1; j < known.Names.Length && j <= i + Lookahead; j++)
            {
                if (string.Equals(known.Names[j], name))
                {
                    position = j + 1;
                    return known.Values[j];
                }
            }

            // Otherwise the name is one this input adds, or out of order: a miss. The next name given is compared where
            // this one was.
            missed = true;
            position = i;
            return table.Find(name);
        }

        /// <summary>Ends the reading; <paramref name="given"/> is what was read, in the order read.</summary>
        public readonly void End<TValue>(Dictionary<string, TValue> given)
        {
            if (!missed)
            {
                // Written only when it changes: threads scoring at once would otherwise take turns owning the field,
                // and the order beside it.
                if (table.misses != 0)
                {
                    table.misses = 0;
                }

                return;
            }

            if (order is null || ++table.misses >= MissesBeforeRelearning)
            {
                table.misses = 0;
                var names = given.Keys.ToArray();
                Volatile.Write(ref table.order, new Order(names, Array.ConvertAll(names, table.Find)));
            }
        }
    }

    /// <summary>The names of one input in the order given, with what each stands for (<see langword="null"/>: nothing).</summary>
    internal sealed class Order
    {
        public Order(string[] names, T?[] values)
        {
            Names = names;
            Values = values;
        }

        public string[] Names { get; }

        public T?[] Values { get; }
    }
}
