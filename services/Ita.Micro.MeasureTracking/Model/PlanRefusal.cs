namespace Ita.Micro.MeasureTracking.Model;

/// <summary>
/// Why the plan refused a change, worded as the caller reads it (Thai first, then English). The plan's transitions
/// return it instead of changing anything; the API turns it into problem details without rewording it.
/// </summary>
public sealed record PlanRefusal
{
    public required PlanRefusalKind Kind { get; init; }

    public required string Detail { get; init; }

    /// <summary>The request's field the refusal is about (Invalid, StaleVersion, Conflict).</summary>
    public string? Field { get; init; }

    /// <summary>The plan's state when it refused (NotAllowed).</summary>
    public PlanStatus? PlanStatus { get; init; }

    /// <summary>The version now stored, so the caller can reload and retry (NotAllowed, StaleVersion).</summary>
    public int? CurrentVersion { get; init; }

    public static PlanRefusal Invalid(string field, string detail) =>
        new()
        {
            Kind = PlanRefusalKind.Invalid,
            Detail = detail,
            Field = field,
        };

    public static PlanRefusal NotAllowed(string detail, ImprovementPlan plan) =>
        new()
        {
            Kind = PlanRefusalKind.NotAllowed,
            Detail = detail,
            PlanStatus = plan.Status,
            CurrentVersion = plan.Version,
        };

    /// <summary>
    /// The one wording of a lost race, for every versioned record (<paramref name="what"/>: "แผน", "มาตรการ", …).
    /// </summary>
    public static PlanRefusal StaleVersion(string what, int sent, int current) =>
        new()
        {
            Kind = PlanRefusalKind.StaleVersion,
            Field = "version",
            CurrentVersion = current,
            Detail =
                $"{what}ถูกแก้ไขไปแล้ว: ส่ง version {sent} มา แต่ฉบับปัจจุบันคือ version {current} "
                + "กรุณาโหลดข้อมูลล่าสุดแล้วแก้ไขอีกครั้ง",
        };

    public static PlanRefusal Conflict(string field, string detail) =>
        new()
        {
            Kind = PlanRefusalKind.Conflict,
            Detail = detail,
            Field = field,
        };
}
