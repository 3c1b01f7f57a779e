namespace Ita.Micro.Contracts;

/// <summary>
/// A measure (มาตรการ) of an improvement plan as officers last saved it: everything a document or an integration
/// prints about it, so that no one calls measure tracking back.
/// </summary>
public sealed record PlannedMeasure
{
    public required Guid MeasureId { get; init; }
    public required int Order { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<IndicatorRef> Indicators { get; init; }

    /// <summary>Item concept keys (stable across the renumbering of items between years).</summary>
    public IReadOnlyList<string> ItemConcepts { get; init; } = [];

    /// <summary>The analysis finding the measure answers, in Thai.</summary>
    public required string Finding { get; init; }

    /// <summary>Ordered steps (ขั้นตอน/วิธีการดำเนินการ).</summary>
    public required IReadOnlyList<string> Steps { get; init; }
    public required IReadOnlyList<string> ResponsibleUnits { get; init; }

    /// <summary>The period in Thai, e.g. "ไตรมาสที่ ๑–๒ (ตุลาคม ๒๕๖๘ – มีนาคม ๒๕๖๙)".</summary>
    public required string Period { get; init; }
    public required DateOnly PeriodStart { get; init; }
    public required DateOnly PeriodEnd { get; init; }

    /// <summary>การกำกับติดตาม: how the measure is followed up.</summary>
    public string FollowUp { get; init; } = "";

    /// <summary>What result by when.</summary>
    public string Target { get; init; } = "";
}
