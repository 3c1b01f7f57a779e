namespace Ita.Micro.MeasureTracking.Model;

public sealed record CalendarWindowRequest(CalendarWindowKind? Kind, DateOnly? Opens, DateOnly? Closes);
