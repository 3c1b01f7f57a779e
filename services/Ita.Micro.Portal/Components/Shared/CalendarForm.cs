using Ita.Micro.Portal.Gateway.Models;

namespace Ita.Micro.Portal.Components.Shared;

/// <summary>
/// The calendar page's form: each window's first and last day as its own field (a window left empty is not in the
/// calendar), the version it replaces and the reason. Measure tracking validates it and names the field at fault.
/// </summary>
public sealed class CalendarForm
{
    public static readonly string[] Kinds = ["Registration", "OitSubmission", "Survey", "Challenge", "Results"];

    public int Version { get; set; }
    public string Reason { get; set; } = "";
    public DateOnly? RegistrationOpens { get; set; }
    public DateOnly? RegistrationCloses { get; set; }
    public DateOnly? OitSubmissionOpens { get; set; }
    public DateOnly? OitSubmissionCloses { get; set; }
    public DateOnly? SurveyOpens { get; set; }
    public DateOnly? SurveyCloses { get; set; }
    public DateOnly? ChallengeOpens { get; set; }
    public DateOnly? ChallengeCloses { get; set; }
    public DateOnly? ResultsOpens { get; set; }
    public DateOnly? ResultsCloses { get; set; }

    public static CalendarForm From(CalendarView? current)
    {
        var form = new CalendarForm { Version = current?.Version ?? 0 };
        foreach (var w in current?.Windows ?? [])
            form.Set(w.Kind, w.Opens, w.Closes);
        return form;
    }

    public CalendarBody Body() =>
        new(
            Version,
            Kinds
                .Select(kind => (Kind: kind, Days: Get(kind)))
                .Where(w => w.Days.Opens is not null || w.Days.Closes is not null)
                .Select(w => new CalendarWindowBody(w.Kind, w.Days.Opens, w.Days.Closes))
                .ToList(),
            Reason
        );

    private (DateOnly? Opens, DateOnly? Closes) Get(string kind) =>
        kind switch
        {
            "Registration" => (RegistrationOpens, RegistrationCloses),
            "OitSubmission" => (OitSubmissionOpens, OitSubmissionCloses),
            "Survey" => (SurveyOpens, SurveyCloses),
            "Challenge" => (ChallengeOpens, ChallengeCloses),
            "Results" => (ResultsOpens, ResultsCloses),
            _ => (null, null),
        };

    private void Set(string kind, DateOnly opens, DateOnly closes)
    {
        switch (kind)
        {
            case "Registration":
                (RegistrationOpens, RegistrationCloses) = (opens, closes);
                break;
            case "OitSubmission":
                (OitSubmissionOpens, OitSubmissionCloses) = (opens, closes);
                break;
            case "Survey":
                (SurveyOpens, SurveyCloses) = (opens, closes);
                break;
            case "Challenge":
                (ChallengeOpens, ChallengeCloses) = (opens, closes);
                break;
            case "Results":
                (ResultsOpens, ResultsCloses) = (opens, closes);
                break;
        }
    }
}
