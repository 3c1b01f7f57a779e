using Ita.Micro.MeasureTracking.Model;
using Microsoft.AspNetCore.Mvc;

namespace Ita.Micro.MeasureTracking.Apis;

/// <summary>The problem-details answers of the plans API: Thai first, naming the field or the state that refused.</summary>
public static class ApiProblems
{
    public static IResult Invalid(Dictionary<string, List<string>> errors) =>
        TypedResults.ValidationProblem(
            errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
            title: "คำขอไม่ถูกต้อง / The request is not valid."
        );

    public static IResult Invalid(string field, string message) =>
        Invalid(new Dictionary<string, List<string>> { [field] = [message] });

    /// <summary>
    /// The answer to a refusal of the plan (<see cref="ImprovementPlan"/>'s transitions), worded as the plan worded it:
    /// the title says which kind of refusal it is, the detail why.
    /// </summary>
    public static IResult Refused(PlanRefusal refusal) =>
        refusal.Kind switch
        {
            PlanRefusalKind.Invalid => Invalid(refusal.Field!, refusal.Detail),
            PlanRefusalKind.NotAllowed => TypedResults.Problem(
                new ProblemDetails
                {
                    Status = StatusCodes.Status409Conflict,
                    Title = "ทำรายการนี้ในสถานะปัจจุบันของแผนไม่ได้ / Not allowed in the plan's current state.",
                    Detail = refusal.Detail,
                    Extensions =
                    {
                        ["planStatus"] = refusal.PlanStatus.ToString(),
                        ["currentVersion"] = refusal.CurrentVersion,
                    },
                }
            ),
            // Someone saved first; the body carries the version now stored so the caller can reload and retry.
            PlanRefusalKind.StaleVersion => TypedResults.Problem(
                new ProblemDetails
                {
                    Status = StatusCodes.Status409Conflict,
                    Title = "ข้อมูลถูกแก้ไขโดยผู้อื่นแล้ว / The data was changed by someone else.",
                    Detail = refusal.Detail,
                    Extensions = { ["field"] = refusal.Field, ["currentVersion"] = refusal.CurrentVersion },
                }
            ),
            PlanRefusalKind.Conflict => Conflict(refusal.Field!, refusal.Detail),
            _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal.Kind, "No answer for this kind."),
        };

    /// <summary>409: a record (plan, measure, update, unit list, link, calendar) changed since it was read.</summary>
    public static IResult StaleVersion(string what, int sent, int current) =>
        Refused(PlanRefusal.StaleVersion(what, sent, current));

    public static IResult Conflict(string field, string detail) =>
        TypedResults.Problem(
            new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "ขัดแย้งกับข้อมูลที่มีอยู่ / Conflicts with existing data.",
                Detail = detail,
                Extensions = { ["field"] = field },
            }
        );

    public static IResult NotFound(string detail) =>
        TypedResults.Problem(
            new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = "ไม่พบข้อมูล / Not found.",
                Detail = detail,
            }
        );

    /// <summary>403: the caller reads this but may not do what it asked.</summary>
    public static IResult Forbidden(string detail) =>
        TypedResults.Problem(
            new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "ไม่มีสิทธิ์ทำรายการนี้ / Not allowed for your role.",
                Detail = detail,
            }
        );
}
