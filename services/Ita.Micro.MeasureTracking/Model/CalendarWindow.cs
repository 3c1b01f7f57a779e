namespace Ita.Micro.MeasureTracking.Model;

/// <summary>One window of the assessment calendar, both days included; a single day (results) opens and closes on it.</summary>
public sealed record CalendarWindow(CalendarWindowKind Kind, DateOnly Opens, DateOnly Closes);
