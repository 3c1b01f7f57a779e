namespace Ita.Micro.ScoreIngestion.Model;

/// <summary>What a code book version changed against the version before it, for the audit.</summary>
public sealed record CodeBookChanges
{
    public int ItemsAdded { get; init; }
    public int ItemsRemoved { get; init; }

    /// <summary>Items whose code stayed but whose label changed.</summary>
    public int ItemsRelabelled { get; init; }

    /// <summary>Items whose code stayed but that now count for another indicator or sub-indicator.</summary>
    public int ItemsMoved { get; init; }
    public bool IndicatorsChanged { get; init; }
    public bool WeightsChanged { get; init; }
    public bool RatingBandsChanged { get; init; }
    public bool PassMarkChanged { get; init; }

    /// <summary>The same in one line, Thai / English.</summary>
    public required string Summary { get; init; }
}
