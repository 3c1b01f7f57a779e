namespace Ita.Micro.Portal.Gateway.Models;

public sealed record CalendarWindowView(string Kind, DateOnly Opens, DateOnly Closes);
