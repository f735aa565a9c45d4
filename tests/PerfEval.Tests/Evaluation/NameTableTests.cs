using PerfEval.Evaluation;

namespace PerfEval.Tests.Evaluation;

/// <summary>
/// The table an evaluation reads an input's names through: whatever order it remembers, and however inputs alternate
/// or race, every name is found to be what it is, and a name not in the table is found to be nothing.
/// </summary>
public sealed class NameTableTests
{
    private sealed record Entry(string Name);

    private static readonly Entry[] Entries = new[] { "alpha", "beta", "gamma", "delta" }.Select(n => new Entry(n)).ToArray();

    private static NameTable<Entry> Table() => new(Entries, e => e.Name);

    /// <summary>Reads names as an input gives them and returns what each was found to be (null: nothing).</summary>
    private static List<string?> Read(NameTable<Entry> table, params string[] names)
    {
        var given = names.ToDictionary(n => n, n => 0, StringComparer.Ordinal);
        var reader = table.Read();
        var found = new List<string?>();
        foreach (var pair in given)
        {
            found.Add(reader.Next(pair.Key)?.Name);
        }

        reader.End(given);
        return found;
    }

    /// <summary>What reading must find: each name in the table is itself, any other is nothing.</summary>
    private static List<string?> Expected(params string[] names)
        => names.Select(n => Entries.Any(e => e.Name == n) ? n : null).ToList();

    public static TheoryData<string[][]> Sequences => new()
    {
        new[] { new[] { "alpha", "beta", "gamma", "delta" }, new[] { "alpha", "beta", "gamma", "delta" } },
        new[] { new[] { "alpha", "beta" }, new[] { "beta", "alpha" }, new[] { "alpha", "beta", "gamma" } },
        new[] { new[] { "alpha", "omega", "beta" }, new[] { "alpha", "beta", "omega" }, new[] { "omega" } },
        new[] { new[] { "delta", "gamma", "beta", "alpha" }, new[] { "alpha" }, new[] { "delta", "gamma", "beta", "alpha", "zeta" } },
        new[] { Array.Empty<string>(), new[] { "beta" }, Array.Empty<string>() },

        // Left out (one, two, the last, all but the last), added (known or not), and both.
        new[] { new[] { "alpha", "beta", "gamma", "delta" }, new[] { "alpha", "gamma", "delta" }, new[] { "beta", "delta" } },
        new[] { new[] { "alpha", "beta", "gamma", "delta" }, new[] { "alpha", "beta", "gamma" }, new[] { "delta" } },
        new[] { new[] { "alpha", "beta", "gamma" }, new[] { "alpha", "omega", "beta", "gamma" }, new[] { "alpha", "beta", "delta", "gamma" } },
        new[] { new[] { "alpha", "beta", "gamma", "delta" }, new[] { "omega", "gamma", "zeta", "alpha" }, new[] { "delta", "alpha", "gamma" } },
    };

    [Theory]
    [MemberData(nameof(Sequences))]
    public void Next_AnyOrderAfterAnyOther_FindsEachNameAsItIs(string[][] inputs)
    {
        var table = Table();

        // Each sequence twice over, and enough times for the table to learn each order in turn.
        foreach (var names in inputs.Concat(inputs).Concat(Enumerable.Repeat(inputs[^1], NameTable<Entry>.MissesBeforeRelearning + 1)))
        {
            Assert.Equal(Expected(names), Read(table, names));
        }
    }

    [Fact]
    public void Next_EqualStringNotTheSameInstance_FindsIt()
    {
        var table = Table();
        Read(table, "alpha", "beta");

        // Names read from a file are new strings each time: equal, not the same instance.
        var copies = new[] { new string("alpha".AsSpan()), new string("beta".AsSpan()) };

        Assert.Equal(Expected("alpha", "beta"), Read(table, copies));
    }

    [Fact]
    public void End_OrderKeptOrMissed_LearnsTheFirstAndRelearnsOnlyAfterMissesInARow()
    {
        var table = Table();
        Assert.Null(table.Remembered);

        Read(table, "alpha", "beta");
        Assert.Equal(["alpha", "beta"], table.Remembered);

        // Alternating orders: a read in the remembered order resets the count, so the table keeps the first order.
        for (var i = 0; i < 3 * NameTable<Entry>.MissesBeforeRelearning; i++)
        {
            Read(table, "beta", "alpha");
            Read(table, "alpha", "beta");
        }

        Assert.Equal(["alpha", "beta"], table.Remembered);

        // One order missed that many times in a row is learnt.
        for (var i = 0; i < NameTable<Entry>.MissesBeforeRelearning - 1; i++)
        {
            Read(table, "beta", "alpha");
        }

        Assert.Equal(["alpha", "beta"], table.Remembered);
        Read(table, "beta", "alpha");
        Assert.Equal(["beta", "alpha"], table.Remembered);

        // Names left out are read in step, not missed: the fuller order is kept however often it happens.
        for (var i = 0; i < 2 * NameTable<Entry>.MissesBeforeRelearning; i++)
        {
            Read(table, "beta");
            Read(table, "alpha");
        }

        Assert.Equal(["beta", "alpha"], table.Remembered);

        // An input with a name more is a miss; that many in a row teach the fuller order.
        for (var i = 0; i < NameTable<Entry>.MissesBeforeRelearning; i++)
        {
            Read(table, "beta", "gamma", "alpha");
        }

        Assert.Equal(["beta", "gamma", "alpha"], table.Remembered);
    }

    [Fact]
    public void Next_EightThreadsInTwoOrders_FindsEachNameAsItIs()
    {
        var table = Table();
        string[][] orders = [["alpha", "beta", "gamma", "delta"], ["delta", "omega", "beta"]];
        var wrong = 0;

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, thread =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                // Runs of different lengths per thread, so the table keeps relearning under the others' reads.
                var names = orders[(i / (thread + 1)) % 2];
                if (!Expected(names).SequenceEqual(Read(table, names)))
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        });

        Assert.Equal(0, wrong);
    }
}
