namespace Ita.Micro.Contracts;

/// <summary>An indicator as analysed: its score, Thai name and tool, with the analysis's classification.</summary>
public sealed record IndicatorResult
{
    public required int Indicator { get; init; }
    public required string Name { get; init; }
    public required string Tool { get; init; }
    public required decimal Score { get; init; }

    /// <summary>True when the score is below the pass line of the year's code book.</summary>
    public required bool Weak { get; init; }

    /// <summary>Maintain when absent: messages written before the classification existed carry none.</summary>
    public FindingClass Classification { get; init; } = FindingClass.Maintain;

    /// <summary>Why the indicator is in its class, in Thai, naming the score and the threshold.</summary>
    public string Reason { get; init; } = "";

    /// <summary>The indicator's lowest-scoring item(s) among those recorded, lowest first; empty without item scores.</summary>
    public IReadOnlyList<ItemResult> WeakestItems { get; init; } = [];

    /// <summary>
    /// The indicator's paragraph in formal Thai (score, weakest item, why it matters, what to do), ready for the
    /// documents to print; Arabic digits, which documents convert. Empty in messages written before it existed.
    /// </summary>
    public string Narrative { get; init; } = "";
}
