using Ita.Micro.Contracts;

namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>A frozen 6- or 12-month report. Supersedes/SupersededBy name a correction where the API has them (issue 13).</summary>
public sealed record Report(
    Guid Id, Guid PlanId, string Period, DateOnly AsOf, IReadOnlyList<ProgressReportEntry> Entries, IReadOnlyList<Signatory> Signatories,
    string SubmittedBy, DateTime SubmittedAtUtc, Guid? Supersedes, Guid? SupersededBy);
