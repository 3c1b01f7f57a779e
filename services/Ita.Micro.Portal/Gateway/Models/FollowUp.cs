namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>GET …/follow-up: the measures with status and overdue flag, and the reports submitted.</summary>
public sealed record FollowUp(
    Guid PlanId,
    string OrganisationCode,
    int PlanFiscalYear,
    string Status,
    IReadOnlyList<Measure> Measures,
    IReadOnlyList<Report> Reports
);
