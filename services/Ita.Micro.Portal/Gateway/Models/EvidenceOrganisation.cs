namespace Ita.Micro.Portal.Gateway.Models;

public sealed record EvidenceOrganisation(
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
