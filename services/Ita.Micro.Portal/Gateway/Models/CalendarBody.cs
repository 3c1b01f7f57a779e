namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>What the calendar page sends: the whole calendar, the version it replaces and why.</summary>
public sealed record CalendarBody(int Version, IReadOnlyList<CalendarWindowBody> Windows, string? Reason);
