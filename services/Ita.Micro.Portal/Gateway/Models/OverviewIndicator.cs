namespace Ita.Micro.Portal.Gateway.Models;

public sealed record OverviewIndicator(int Indicator, string Name, int Count, decimal? Mean, decimal? NationalMean);
