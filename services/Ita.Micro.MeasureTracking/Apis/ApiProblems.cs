using Ita.Micro.MeasureTracking.Model;
using Microsoft.AspNetCore.Mvc;

namespace Ita.Micro.MeasureTracking.Apis;

/// <summary>The problem-details answers of the plans API: Thai first, naming the field or the state that refused.</summary>
public static class ApiProblems
{
    public static IResult Invalid(Dictionary<string, List<string>> errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
            title: "คำขอไม่ถูกต้อง / The request is not valid.");

    public static IResult Invalid(string field, string message) => Invalid(new Dictionary<string, List<string>> { [field] = [message] });

    /// <summary>409: someone saved first. The body carries the version now stored so the caller can reload and retry.</summary>
    public static IResult StaleVersion(string what, int sent, int current) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "ข้อมูลถูกแก้ไขโดยผู้อื่นแล้ว / The data was changed by someone else.",
            Detail = $"{what}ถูกแก้ไขไปแล้ว: ส่ง version {sent} มา แต่ฉบับปัจจุบันคือ version {current} กรุณาโหลดข้อมูลล่าสุดแล้วแก้ไขอีกครั้ง",
            Extensions = { ["field"] = "version", ["currentVersion"] = current },
        });

    /// <summary>409: the plan's state does not allow the action.</summary>
    public static IResult NotAllowed(string detail, ImprovementPlan plan) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "ทำรายการนี้ในสถานะปัจจุบันของแผนไม่ได้ / Not allowed in the plan's current state.",
            Detail = detail,
            Extensions = { ["planStatus"] = plan.Status.ToString(), ["currentVersion"] = plan.Version },
        });

    public static IResult Conflict(string field, string detail) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "ขัดแย้งกับข้อมูลที่มีอยู่ / Conflicts with existing data.",
            Detail = detail,
            Extensions = { ["field"] = field },
        });

    public static IResult NotFound(string detail) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status404NotFound,
            Title = "ไม่พบข้อมูล / Not found.",
            Detail = detail,
        });

    /// <summary>403: the caller reads this but may not do what it asked.</summary>
    public static IResult Forbidden(string detail) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden,
            Title = "ไม่มีสิทธิ์ทำรายการนี้ / Not allowed for your role.",
            Detail = detail,
        });

    public static string Thai(PlanStatus status) => status switch
    {
        PlanStatus.Draft => "ร่าง",
        PlanStatus.Approved => "อนุมัติแล้ว",
        PlanStatus.Published => "ประกาศแล้ว",
        PlanStatus.Closed => "ปิดแผนแล้ว",
        _ => status.ToString(),
    };
}
