using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Services;

namespace Ita.Micro.MeasureTracking.Tests.Plans;

/// <summary>What every refusal of the plan must be: the expected kind and words, nothing of the plan changed.</summary>
public static class PlanAssert
{
    /// <summary>Runs <paramref name="change"/>: it must refuse as described and leave the plan as it was.</summary>
    public static PlanRefusal Refused(
        ImprovementPlan plan,
        Func<PlanRefusal?> change,
        PlanRefusalKind kind,
        string detail
    )
    {
        var fields = AuditTrail.Fields(plan);
        var (version, measures) = (plan.Version, Snapshot(plan));

        var refusal = change();

        Assert.NotNull(refusal);
        Assert.Equal(kind, refusal.Kind);
        Assert.Equal(detail, refusal.Detail);
        Assert.Equal(fields, AuditTrail.Fields(plan));
        Assert.Equal(version, plan.Version);
        Assert.Equal(measures, Snapshot(plan));
        return refusal;
    }

    /// <summary>A state refusal also names the state and version (the answer's planStatus, currentVersion).</summary>
    public static void NotAllowed(ImprovementPlan plan, Func<PlanRefusal?> change, string detail)
    {
        var refusal = Refused(plan, change, PlanRefusalKind.NotAllowed, detail);
        Assert.Equal(plan.Status, refusal.PlanStatus);
        Assert.Equal(plan.Version, refusal.CurrentVersion);
    }

    /// <summary>Each measure's order, version, status and progress as text: equal while none changed.</summary>
    private static List<string> Snapshot(ImprovementPlan plan) =>
        plan
            .Measures.OrderBy(m => m.Id)
            .Select(m =>
                $"{m.Id} {m.Order} {m.Version} {m.Status} {m.Title} "
                + string.Join(",", m.Progress.Select(p => $"{p.Id}:{p.Version}:{p.Status}"))
            )
            .ToList();
}
