using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>The plan and its measures as the events carry them.</summary>
public static class PlannedMeasures
{
    public static PlannedMeasure From(Measure m) =>
        new()
        {
            MeasureId = m.Id,
            Order = m.Order,
            Title = m.Title,
            Indicators = [.. m.Indicators],
            ItemConcepts = [.. m.ItemConcepts],
            Finding = m.Finding,
            Steps = [.. m.Steps],
            ResponsibleUnits = [.. m.ResponsibleUnits],
            Period = m.Period,
            PeriodStart = m.PeriodStart,
            PeriodEnd = m.PeriodEnd,
            FollowUp = m.FollowUp,
            Target = m.Target,
        };

    public static IReadOnlyList<PlannedMeasure> Of(ImprovementPlan plan) =>
        plan.Measures.OrderBy(m => m.Order).Select(From).ToList();

    public static MeasureProgress From(ProgressUpdate p) =>
        new()
        {
            ProgressId = p.Id,
            ReportedOn = p.ReportedOn,
            Status = p.Status,
            Output = p.Output,
            Outcome = p.Outcome,
            DroppedReason = p.DroppedReason,
            Evidence = [.. p.Evidence],
            ReportedBy = p.ReportedBy,
        };

    public static OrganisationInfo Organisation(ImprovementPlan plan) =>
        new()
        {
            Code = plan.OrganisationCode,
            Name = plan.OrganisationName,
            Type = plan.OrganisationType,
            Province = plan.Province,
            District = plan.District,
        };

    public static Signatory? Approver(ImprovementPlan plan) =>
        plan.ApproverName is null
            ? null
            : new Signatory
            {
                Name = plan.ApproverName,
                Position = plan.ApproverPosition ?? "",
                ActingFor = plan.ApproverActingFor,
            };

    /// <summary>The latest update (by date, then by when recorded) on or before <paramref name="asOf"/>.</summary>
    public static ProgressUpdate? Latest(IEnumerable<ProgressUpdate> updates, DateOnly asOf) =>
        updates
            .Where(p => p.ReportedOn <= asOf)
            .OrderByDescending(p => p.ReportedOn)
            .ThenByDescending(p => p.RecordedAtUtc)
            .FirstOrDefault();
}
