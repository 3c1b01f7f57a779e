namespace Ita.Micro.Portal.Gateway.Models;

public sealed record PeerMeasure(
    int Measure,
    decimal Score,
    PeerRank National,
    PeerRank InProvince,
    PeerRank AmongType,
    decimal NationalAverage,
    decimal ProvinceAverage,
    decimal TypeAverage
);
