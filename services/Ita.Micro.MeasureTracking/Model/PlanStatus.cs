namespace Ita.Micro.MeasureTracking.Model;

/// <summary>Where a plan is in its life. Stored by name.</summary>
public enum PlanStatus
{
    /// <summary>Proposed by the system; a newer analysis may still replace its proposals.</summary>
    Draft,
}
