namespace Ita.Micro.Portal.Gateway.Models;

public sealed record TrendIndicator(int Indicator, string Name, decimal Score, decimal? Change);
