namespace Ita.Micro.MeasureTracking.Apis.Contracts;

/// <summary>An OIT item of the year's code book and the organisation's evidence for it.</summary>
public sealed record ItemCoverage(
    string Code,
    string Label,
    int Indicator,
    string? Concept,
    CoverageStatus Status,
    int Links,
    int GoodLinks,
    int BrokenLinks,
    IReadOnlyList<EvidenceLinkResponse> Evidence
);
