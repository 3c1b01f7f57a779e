namespace Ita.Micro.Contracts;

/// <summary>A measure from the analysis service's catalogue, proposed for one of the analysis's findings.</summary>
public sealed record RecommendedMeasure
{
    /// <summary>The catalogue measure's stable id.</summary>
    public required string Id { get; init; }
    public required int CatalogueVersion { get; init; }
    public required int Indicator { get; init; }
    public required string Title { get; init; }

    /// <summary>The finding it answers, in Thai (the indicator's or item's classification reason).</summary>
    public required string Finding { get; init; }
    public IReadOnlyList<string> Steps { get; init; } = [];
    public IReadOnlyList<string> ResponsibleUnits { get; init; } = [];
    public string Period { get; init; } = "";

    /// <summary>What an OIT assessor looks for as evidence that the measure was carried out.</summary>
    public string Evidence { get; init; } = "";
}
