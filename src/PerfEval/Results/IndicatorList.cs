using System.Collections;
using System.Collections.Generic;

namespace PerfEval.Results;

/// <summary>Some rows of a scorecard (the top level, or a group's children), by their tree-order indices.</summary>
internal sealed class IndicatorList : IReadOnlyList<IndicatorScore>
{
    private readonly Scorecard card;
    private readonly int[] indices;

    public IndicatorList(Scorecard card, int[] indices)
    {
        this.card = card;
        this.indices = indices;
    }

    public int Count => indices.Length;

    public IndicatorScore this[int index] => new(card, indices[index]);

    public IEnumerator<IndicatorScore> GetEnumerator()
    {
        foreach (var i in indices)
        {
            yield return new IndicatorScore(card, i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
