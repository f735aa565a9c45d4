using PerfEval.Inputs;

namespace PerfEval.Guangdong;

/// <summary>Petitions (信访) handled in the year.</summary>
public sealed record PetitionFigures
{
    /// <summary>Gets the petitions received (接受信访数量).</summary>
    [Input("petitions_received")]
    public int Received { get; init; }

    /// <summary>Gets the petitions needing a reply (需答复).</summary>
    [Input("petitions_requiring_reply")]
    public int RequiringReply { get; init; }

    /// <summary>Gets the petitions answered as prescribed (按规定答复).</summary>
    [Input("petitions_answered")]
    public int Answered { get; init; }

    /// <summary>Gets the petitions answered late (超期).</summary>
    [Input("petitions_overdue")]
    public int Overdue { get; init; }
}
