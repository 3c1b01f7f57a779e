namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>An OIT item of the year with the organisation's evidence for it and its coverage (Covered, Unverified, OnlyBroken, Missing).</summary>
public sealed record EvidenceItem(
    string Code,
    string Label,
    int Indicator,
    string Status,
    int Links,
    int GoodLinks,
    int BrokenLinks,
    IReadOnlyList<EvidenceLinkView> Evidence
);
