namespace Ita.Micro.Portal.Gateway.Models;

public sealed record CalendarWindowBody(string Kind, DateOnly? Opens, DateOnly? Closes);
