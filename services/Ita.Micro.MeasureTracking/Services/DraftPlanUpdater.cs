using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// Applies an analysis to the plan it drafts: creates the plan, or refreshes a draft's proposals from a newer
/// revision. Officers own what they touched: a measure they edited or added, and a proposal they removed, stay as
/// they left them. Every change is audited as the system's.
/// </summary>
public static class DraftPlanUpdater
{
    public static ImprovementPlan Create(
        MeasureTrackingDbContext db,
        AssessmentAnalysed analysis,
        IReadOnlyList<ProposedMeasure> proposals,
        DateTime nowUtc
    )
    {
        var o = analysis.Organisation;
        var plan = new ImprovementPlan
        {
            Id = Guid.NewGuid(),
            OrganisationCode = o.Code,
            OrganisationName = o.Name,
            OrganisationType = o.Type,
            Province = o.Province,
            District = o.District,
            AssessedFiscalYear = analysis.FiscalYear,
            PlanFiscalYear = analysis.FiscalYear + 1,
            Status = PlanStatus.Draft,
        };
        Stamp(plan, analysis, nowUtc);
        AuditTrail.Add(
            db,
            plan.OrganisationCode,
            plan.Id,
            "plan",
            plan.Id.ToString(),
            "created",
            AuditTrail.Created(AuditTrail.Fields(plan)),
            AuditTrail.SystemUser,
            nowUtc
        );
        foreach (var proposal in proposals)
        {
            var measure = ProposalMeasures.Create(analysis, proposal, plan.Id);
            plan.Measures.Add(measure);
            AuditCreated(db, plan, measure, nowUtc);
        }
        // Added with its measures in place: Add marks the whole graph new, whatever ids are already set.
        db.Plans.Add(plan);
        return plan;
    }

    public static void Refresh(
        MeasureTrackingDbContext db,
        ImprovementPlan plan,
        AssessmentAnalysed analysis,
        IReadOnlyList<ProposedMeasure> proposals,
        DateTime nowUtc
    )
    {
        var planBefore = AuditTrail.Fields(plan);
        // One measure per proposal key, in the analysis's order of importance.
        var proposed = proposals
            .DistinctBy(ProposalMeasures.Key)
            .Select(p => (Key: ProposalMeasures.Key(p), Proposal: p))
            .ToList();
        var keys = proposed.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

        foreach (
            var stale in plan
                .Measures.Where(m =>
                    m is { EditedByOfficer: false, ProposalKey: not null } && !keys.Contains(m.ProposalKey)
                )
                .ToList()
        )
        {
            plan.Measures.Remove(stale);
            db.Measures.Remove(stale);
            AuditTrail.Add(
                db,
                plan.OrganisationCode,
                plan.Id,
                "measure",
                stale.Id.ToString(),
                "removed",
                AuditTrail.Removed(AuditTrail.Fields(stale)),
                AuditTrail.SystemUser,
                nowUtc
            );
        }

        var before = plan.Measures.ToDictionary(m => m.Id, AuditTrail.Fields);
        var created = new List<Measure>();
        foreach (var (key, proposal) in proposed)
        {
            if (plan.DismissedProposals.Contains(key))
                continue;
            var existing = plan.Measures.FirstOrDefault(m => m.ProposalKey == key);
            if (existing is { EditedByOfficer: true })
                continue;
            if (existing is not null)
            {
                ProposalMeasures.Fill(existing, analysis, proposal);
                continue;
            }
            var measure = ProposalMeasures.Create(analysis, proposal, plan.Id);
            plan.Measures.Add(measure);
            // Added explicitly: reached through the navigation with its id set, EF would take it for an existing row.
            db.Measures.Add(measure);
            created.Add(measure);
        }

        // Proposals in the analysis's new order of importance, then the measures that are the officers' alone.
        var rank = proposed.Select((p, i) => (p.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        var ordered = plan
            .Measures.Select(m =>
                (
                    Measure: m,
                    Rank: m.ProposalKey is not null && rank.TryGetValue(m.ProposalKey, out var r)
                        ? (0, r)
                        : (1, m.Order)
                )
            )
            .OrderBy(x => x.Rank.Item1)
            .ThenBy(x => x.Rank.Item2)
            .Select(x => x.Measure)
            .ToList();
        for (var i = 0; i < ordered.Count; i++)
            ordered[i].Order = i + 1;

        foreach (var measure in created)
            AuditCreated(db, plan, measure, nowUtc);
        foreach (var measure in plan.Measures.Where(m => before.ContainsKey(m.Id)))
        {
            var changes = AuditTrail.Diff(before[measure.Id], AuditTrail.Fields(measure));
            if (changes.Count == 0)
                continue;
            measure.Version++;
            AuditTrail.Add(
                db,
                plan.OrganisationCode,
                plan.Id,
                "measure",
                measure.Id.ToString(),
                "redrafted",
                changes,
                AuditTrail.SystemUser,
                nowUtc
            );
        }

        Stamp(plan, analysis, nowUtc);
        plan.Version++;
        AuditTrail.Add(
            db,
            plan.OrganisationCode,
            plan.Id,
            "plan",
            plan.Id.ToString(),
            "redrafted",
            AuditTrail.Diff(planBefore, AuditTrail.Fields(plan)),
            AuditTrail.SystemUser,
            nowUtc
        );
    }

    private static void Stamp(ImprovementPlan plan, AssessmentAnalysed analysis, DateTime nowUtc)
    {
        plan.AnalysisId = analysis.AnalysisId;
        plan.AnalysisRevision = analysis.Revision;
        plan.DraftedAtUtc = nowUtc;
        plan.Baseline = ProposalMeasures.Baseline(analysis);
        plan.UrgentFindings = ProposalMeasures.UrgentFindings(analysis);
    }

    private static void AuditCreated(
        MeasureTrackingDbContext db,
        ImprovementPlan plan,
        Measure measure,
        DateTime nowUtc
    ) =>
        AuditTrail.Add(
            db,
            plan.OrganisationCode,
            plan.Id,
            "measure",
            measure.Id.ToString(),
            "created",
            AuditTrail.Created(AuditTrail.Fields(measure)),
            AuditTrail.SystemUser,
            nowUtc
        );
}
