namespace Ita.Micro.MeasureTracking.Model;

/// <summary>Which answer a <see cref="PlanRefusal"/> becomes: each kind is one shape of problem details.</summary>
public enum PlanRefusalKind
{
    /// <summary>400: a value of the request breaks a rule of the plan (a signing date in the future).</summary>
    Invalid,

    /// <summary>409: the plan's state does not allow the change; the answer names the state and the version.</summary>
    NotAllowed,

    /// <summary>409: the change was based on a version someone else has since replaced.</summary>
    StaleVersion,

    /// <summary>409: the change clashes with a record the plan already has (a report already submitted).</summary>
    Conflict,
}
