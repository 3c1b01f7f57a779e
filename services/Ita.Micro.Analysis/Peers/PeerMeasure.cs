namespace Ita.Micro.Analysis.Peers;

/// <summary>
/// One measure of an organisation against its peers. Standings are null when the organisation has no score for the
/// measure; averages are null when nobody in the group has one.
/// </summary>
/// <param name="Measure">0 is the total; 1 to 10 are the indicators.</param>
public sealed record PeerMeasure(
    int Measure,
    decimal? Score,
    PeerStanding? National,
    PeerStanding? InProvince,
    PeerStanding? AmongType,
    decimal? NationalAverage,
    decimal? ProvinceAverage,
    decimal? TypeAverage
);
