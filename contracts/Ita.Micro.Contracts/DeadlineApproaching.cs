namespace Ita.Micro.Contracts;

/// <summary>
/// A deadline is the configured number of days away (or nearer, when the service was down at the moment): one
/// message per deadline and offset, ever, so a notifier (e-mail, LINE) can pass each one on as it comes.
/// </summary>
public sealed record DeadlineApproaching
{
    /// <summary>Names the deadline for good, e.g. <c>report:{planId}:SixMonths</c>, <c>calendar:2569:OitSubmission:closes</c>.</summary>
    public required string DeadlineKey { get; init; }
    public required DeadlineKind Kind { get; init; }

    /// <summary>What falls due, in Thai then English.</summary>
    public required string Title { get; init; }
    public required DateOnly DueOn { get; init; }

    /// <summary>The configured offset this reminder is for (days before <see cref="DueOn"/>).</summary>
    public required int DaysBefore { get; init; }

    /// <summary>Days actually left on the day it was raised (Thailand's date).</summary>
    public required int DaysLeft { get; init; }

    /// <summary>The fiscal year (B.E.) the deadline belongs to.</summary>
    public required int FiscalYear { get; init; }

    /// <summary>The organisation concerned; null for a calendar window, which concerns every organisation.</summary>
    public string? OrganisationCode { get; init; }
    public string? Province { get; init; }
    public Guid? PlanId { get; init; }
    public Guid? MeasureId { get; init; }
    public required DateTime RaisedAtUtc { get; init; }
}
