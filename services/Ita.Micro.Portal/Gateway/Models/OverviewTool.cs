namespace Ita.Micro.Portal.Gateway.Models;

public sealed record OverviewTool(string Tool, int Count, decimal Mean, decimal? NationalMean);
