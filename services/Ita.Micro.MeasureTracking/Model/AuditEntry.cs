namespace Ita.Micro.MeasureTracking.Model;

/// <summary>One change to a plan, measure, progress update, report or unit list: who, when, what, old and new values.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public required string OrganisationCode { get; set; }
    public Guid? PlanId { get; set; }

    /// <summary>plan, measure, progress, report or units.</summary>
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }

    /// <summary>created, updated, removed, approved, published, closed, redrafted, submitted, superseded.</summary>
    public required string Action { get; set; }
    public List<AuditChange> Changes { get; set; } = [];
    public required string ChangedBy { get; set; }
    public DateTime ChangedAtUtc { get; set; }
}
