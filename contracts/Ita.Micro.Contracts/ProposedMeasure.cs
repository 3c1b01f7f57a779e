namespace Ita.Micro.Contracts;

/// <summary>A measure (มาตรการ) in an improvement plan, answering one weak indicator.</summary>
public sealed record ProposedMeasure
{
    public required int Order { get; init; }
    public required string Title { get; init; }
    public required int Indicator { get; init; }
    public required string IndicatorName { get; init; }

    /// <summary>The analysis finding the measure answers, in Thai.</summary>
    public required string Finding { get; init; }
    public required string ResponsibleUnit { get; init; }

    /// <summary>When in the plan's fiscal year the measure runs, in Thai (e.g. "ตลอดปีงบประมาณ พ.ศ. 2569").</summary>
    public required string Period { get; init; }

    /// <summary>Ordered steps (ขั้นตอน/วิธีการ); empty for measures proposed before the catalogue existed.</summary>
    public IReadOnlyList<string> Steps { get; init; } = [];

    /// <summary>The evidence to publish for the OIT assessor.</summary>
    public string Evidence { get; init; } = "";

    /// <summary>The catalogue measure it came from, when it did.</summary>
    public string? CatalogueMeasureId { get; init; }
}
