using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using PerfEval.Inputs;
using PerfEval.Results;

namespace PerfEval.Evaluation;

/// <content>Scoring a stream of inputs in parallel, in bounded memory, with results in input order.</content>
public sealed partial class CompiledRuleSet
{
    /// <summary>
    /// Scores a stream of inputs in parallel over the cores. Inputs are read a chunk at a time, so memory stays flat
    /// however long the stream; results come back in input order, one per input, failures included.
    /// </summary>
    /// <param name="inputs">The inputs.</param>
    /// <param name="options">Parallelism and chunk size. <value>Defaults to <see cref="BatchOptions.Default"/>.</value></param>
    /// <returns>One result per input, in input order, produced lazily.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is <see langword="null"/>, or holds a <see langword="null"/>.</exception>
    public IEnumerable<Result<Scorecard>> EvaluateMany(IEnumerable<InputValues> inputs, BatchOptions? options = null)
    {
        Guard.NotNull(inputs);
        return EvaluateManyIterator(inputs, options ?? BatchOptions.Default);
    }

    /// <summary>Scores an asynchronous stream of inputs in parallel; see <see cref="EvaluateMany"/>.</summary>
    /// <param name="inputs">The inputs.</param>
    /// <param name="options">Parallelism and chunk size. <value>Defaults to <see cref="BatchOptions.Default"/>.</value></param>
    /// <param name="cancellationToken">Stops reading further inputs.</param>
    /// <returns>One result per input, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is <see langword="null"/>, or holds a <see langword="null"/>.</exception>
    public IAsyncEnumerable<Result<Scorecard>> EvaluateManyAsync(IAsyncEnumerable<InputValues> inputs, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(inputs);
        return EvaluateManyAsyncIterator(inputs, options ?? BatchOptions.Default, cancellationToken);
    }

    private IEnumerable<Result<Scorecard>> EvaluateManyIterator(IEnumerable<InputValues> inputs, BatchOptions options)
    {
        var chunk = new InputValues[options.ChunkSize];
        var results = new Result<Scorecard>[options.ChunkSize];
        using var source = inputs.GetEnumerator();
        while (true)
        {
            var count = 0;
            while (count < chunk.Length && source.MoveNext())
            {
                chunk[count++] = source.Current ?? throw new ArgumentNullException(nameof(inputs), "The input stream holds a null input.");
            }

            if (count == 0)
            {
                yield break;
            }

            ScoreChunk(chunk, results, count, options);
            for (var i = 0; i < count; i++)
            {
                yield return results[i];
                results[i] = null!;
                chunk[i] = null!;
            }
        }
    }

    private async IAsyncEnumerable<Result<Scorecard>> EvaluateManyAsyncIterator(IAsyncEnumerable<InputValues> inputs, BatchOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var chunk = new InputValues[options.ChunkSize];
        var results = new Result<Scorecard>[options.ChunkSize];
        var source = inputs.GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                var count = 0;
                while (count < chunk.Length && await source.MoveNextAsync().ConfigureAwait(false))
                {
                    chunk[count++] = source.Current ?? throw new ArgumentNullException(nameof(inputs), "The input stream holds a null input.");
                }

                if (count == 0)
                {
                    yield break;
                }

                ScoreChunk(chunk, results, count, options);
                for (var i = 0; i < count; i++)
                {
                    yield return results[i];
                    results[i] = null!;
                    chunk[i] = null!;
                }
            }
        }
        finally
        {
            await source.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void ScoreChunk(InputValues[] chunk, Result<Scorecard>[] results, int count, BatchOptions options)
    {
        if (options.MaxDegreeOfParallelism <= 1 || count == 1)
        {
            for (var i = 0; i < count; i++)
            {
                results[i] = Evaluate(chunk[i], options.Evaluation);
            }

            return;
        }

        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, i => results[i] = Evaluate(chunk[i], options.Evaluation));
    }
}
