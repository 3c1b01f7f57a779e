using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Apis.Contracts;

public sealed record CalendarWindowRequest(CalendarWindowKind? Kind, DateOnly? Opens, DateOnly? Closes);
