using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Apis.Contracts;

/// <summary>One version of a fiscal year's assessment calendar: the windows, who set them, when and why.</summary>
public sealed record CalendarResponse(
    int FiscalYear,
    int Version,
    IReadOnlyList<CalendarWindow> Windows,
    string Reason,
    string ChangedBy,
    DateTime ChangedAtUtc
)
{
    public static CalendarResponse From(CalendarRevision c) =>
        new(
            c.FiscalYear,
            c.Version,
            c.Windows.OrderBy(w => w.Opens).ThenBy(w => w.Kind).ToList(),
            c.Reason,
            c.ChangedBy,
            c.ChangedAtUtc
        );
}
