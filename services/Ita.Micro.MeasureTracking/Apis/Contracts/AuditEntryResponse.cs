using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Apis.Contracts;

public sealed record AuditEntryResponse(
    long Id,
    string OrganisationCode,
    Guid? PlanId,
    string EntityType,
    string EntityId,
    string Action,
    IReadOnlyList<AuditChange> Changes,
    string ChangedBy,
    DateTime ChangedAtUtc
)
{
    public static AuditEntryResponse From(AuditEntry a) =>
        new(
            a.Id,
            a.OrganisationCode,
            a.PlanId,
            a.EntityType,
            a.EntityId,
            a.Action,
            a.Changes,
            a.ChangedBy,
            a.ChangedAtUtc
        );
}
