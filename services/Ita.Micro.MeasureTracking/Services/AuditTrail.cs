using System.Globalization;
using System.Text.Json;
using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// Writes audit entries into the same save as the change they describe, so a change and its record commit together.
/// Values are compared as text snapshots: a field appears in an entry only when it changed.
/// </summary>
public static class AuditTrail
{
    /// <summary>Who the system acts as when an analysis drafts or re-drafts a plan.</summary>
    public const string SystemUser = "system:analysis";

    public static AuditEntry Add(
        MeasureTrackingDbContext db,
        string organisationCode,
        Guid? planId,
        string entityType,
        string entityId,
        string action,
        IReadOnlyList<AuditChange> changes,
        string who,
        DateTime atUtc
    )
    {
        var entry = new AuditEntry
        {
            OrganisationCode = organisationCode,
            PlanId = planId,
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            Changes = [.. changes],
            ChangedBy = who,
            ChangedAtUtc = atUtc,
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>The fields whose values differ; a field only in one snapshot counts as changed from or to null.</summary>
    public static IReadOnlyList<AuditChange> Diff(
        IReadOnlyDictionary<string, string?> before,
        IReadOnlyDictionary<string, string?> after
    ) =>
        before
            .Keys.Union(after.Keys)
            .Select(field => new AuditChange(field, before.GetValueOrDefault(field), after.GetValueOrDefault(field)))
            .Where(c => c.OldValue != c.NewValue)
            .ToList();

    /// <summary>Every field as created (old values null).</summary>
    public static IReadOnlyList<AuditChange> Created(IReadOnlyDictionary<string, string?> after) =>
        Diff(new Dictionary<string, string?>(), after);

    /// <summary>Every field as it was before removal (new values null).</summary>
    public static IReadOnlyList<AuditChange> Removed(IReadOnlyDictionary<string, string?> before) =>
        Diff(before, new Dictionary<string, string?>());

    public static Dictionary<string, string?> Fields(Measure m) =>
        new()
        {
            ["order"] = Text(m.Order),
            ["title"] = m.Title,
            ["indicators"] = Json(m.Indicators.Select(i => i.Number)),
            ["itemConcepts"] = Json(m.ItemConcepts),
            ["finding"] = m.Finding,
            ["steps"] = Json(m.Steps),
            ["responsibleUnits"] = Json(m.ResponsibleUnits),
            ["period"] = m.Period,
            ["periodStart"] = Text(m.PeriodStart),
            ["periodEnd"] = Text(m.PeriodEnd),
            ["followUp"] = m.FollowUp,
            ["target"] = m.Target,
        };

    public static Dictionary<string, string?> Fields(ProgressUpdate p) =>
        new()
        {
            ["reportedOn"] = Text(p.ReportedOn),
            ["status"] = p.Status.ToString(),
            ["output"] = p.Output,
            ["outcome"] = p.Outcome,
            ["droppedReason"] = p.DroppedReason,
            ["evidence"] = Json(p.Evidence),
            ["reportedBy"] = p.ReportedBy,
        };

    public static Dictionary<string, string?> Fields(ImprovementPlan p) =>
        new()
        {
            ["status"] = p.Status.ToString(),
            ["analysisRevision"] = Text(p.AnalysisRevision),
            ["approverName"] = p.ApproverName,
            ["approverPosition"] = p.ApproverPosition,
            ["approverActingFor"] = p.ApproverActingFor,
            ["approvedOn"] = p.ApprovedOn is { } signed ? Text(signed) : null,
            ["announcedOn"] = p.AnnouncedOn is { } d ? Text(d) : null,
        };

    public static string Json<T>(T value) => JsonSerializer.Serialize(value, ContractJson.Options);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
