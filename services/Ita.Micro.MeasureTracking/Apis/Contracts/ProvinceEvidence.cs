namespace Ita.Micro.MeasureTracking.Apis.Contracts;

/// <summary>A province's organisations with an uncovered OIT item or a broken link, of how many it has.</summary>
public sealed record ProvinceEvidence(
    string Province,
    int Organisations,
    int WithProblems,
    IReadOnlyList<OrganisationEvidenceSummary> Problems
);
