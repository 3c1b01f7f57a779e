namespace Ita.Micro.Portal.Gateway.Models;

public sealed record EvidenceProvince(
    string Province,
    int Organisations,
    int WithProblems,
    IReadOnlyList<EvidenceOrganisation> Problems
);
