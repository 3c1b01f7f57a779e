namespace Ita.Micro.Portal.Gateway.Models;

public sealed record PeerRank(int Rank, int Count, decimal Percentile);
