namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>One version of a fiscal year's assessment calendar: its windows, who set them, when and why.</summary>
public sealed record CalendarView(
    int FiscalYear,
    int Version,
    IReadOnlyList<CalendarWindowView> Windows,
    string Reason,
    string ChangedBy,
    DateTime ChangedAtUtc
);
