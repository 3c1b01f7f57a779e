using Ita.Micro.Contracts;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// Something that falls due on a day. The key names it for good and holds the day, so a deadline moved (a calendar
/// corrected) is a new one and is reminded of again.
/// </summary>
public sealed record Deadline(
    string Key,
    DeadlineKind Kind,
    string Title,
    DateOnly DueOn,
    int FiscalYear,
    string? OrganisationCode = null,
    string? Province = null,
    Guid? PlanId = null,
    Guid? MeasureId = null
);
