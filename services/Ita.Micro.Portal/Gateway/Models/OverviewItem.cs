namespace Ita.Micro.Portal.Gateway.Models;

public sealed record OverviewItem(string Code, string Label, int Indicator, int Count, decimal Mean);
