using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Apis.Contracts;

/// <summary>A registered evidence link with what its last check found.</summary>
public sealed record EvidenceLinkResponse(
    Guid Id,
    string OrganisationCode,
    int FiscalYear,
    string? ItemCode,
    string Url,
    string Title,
    DateOnly? PublishedOn,
    EvidenceSource Source,
    Guid? PlanId,
    Guid? MeasureId,
    Guid? ProgressId,
    LinkState State,
    DateTime? LastCheckedAtUtc,
    int? LastStatusCode,
    LinkFailure? LastFailure,
    string? LastDetail,
    string? FinalUrl,
    string? ContentType,
    DateTime? ContentChangedAtUtc,
    int FailedChecks,
    DateTime? FailingSinceUtc,
    DateTime NextCheckAtUtc,
    int Version
)
{
    public static EvidenceLinkResponse From(EvidenceEntry e) =>
        new(
            e.Id,
            e.OrganisationCode,
            e.FiscalYear,
            e.ItemCode,
            e.Url,
            e.Title,
            e.PublishedOn,
            e.Source,
            e.PlanId,
            e.MeasureId,
            e.ProgressId,
            e.State,
            e.LastCheckedAtUtc,
            e.LastStatusCode,
            e.LastFailure,
            e.LastDetail,
            e.FinalUrl,
            e.ContentType,
            e.ContentChangedAtUtc,
            e.FailedChecks,
            e.FailingSinceUtc,
            e.NextCheckAtUtc,
            e.Version
        );
}
