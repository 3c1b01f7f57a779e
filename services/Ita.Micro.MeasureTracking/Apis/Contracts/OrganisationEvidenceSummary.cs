namespace Ita.Micro.MeasureTracking.Apis.Contracts;

/// <summary>One organisation's evidence coverage in the overseers' list.</summary>
public sealed record OrganisationEvidenceSummary(
    string OrganisationCode,
    string OrganisationName,
    string Province,
    int ItemCount,
    int Covered,
    int Unverified,
    int OnlyBroken,
    int Missing,
    int BrokenLinks
);
