namespace Ita.Micro.Portal.Gateway.Models;

public sealed record AuditEntry(
    long Id,
    string EntityType,
    string EntityId,
    string Action,
    IReadOnlyList<AuditChange> Changes,
    string ChangedBy,
    DateTime ChangedAtUtc
);
