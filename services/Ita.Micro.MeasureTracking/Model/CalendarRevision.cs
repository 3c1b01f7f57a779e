namespace Ita.Micro.MeasureTracking.Model;

/// <summary>
/// One version of a fiscal year's assessment calendar as a national admin set it: who, when and why. The highest
/// version is the calendar in force; earlier ones stay as its history.
/// </summary>
public sealed class CalendarRevision
{
    public int FiscalYear { get; set; }
    public int Version { get; set; }
    public List<CalendarWindow> Windows { get; set; } = [];
    public required string Reason { get; set; }
    public required string ChangedBy { get; set; }
    public DateTime ChangedAtUtc { get; set; }
}
