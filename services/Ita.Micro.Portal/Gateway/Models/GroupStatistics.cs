namespace Ita.Micro.Portal.Gateway.Models;

public sealed record GroupStatistics(string Name, int Count);
