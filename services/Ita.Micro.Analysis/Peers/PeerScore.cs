namespace Ita.Micro.Analysis.Peers;

/// <summary>
/// The latest analysed revision of one organisation's year, as peer statistics count it. Scores are held in
/// hundredths of a point as integers: SQLite stores decimals as text, which it can neither index nor compare in order,
/// and whole hundredths are exact because ITA scores are published to two decimals.
/// </summary>
public sealed class PeerScore
{
    /// <summary>Measure 0 is the total; 1 to 10 are the indicators.</summary>
    public const int Measures = 11;

    public int FiscalYear { get; set; }
    public required string OrganisationCode { get; set; }
    public int Revision { get; set; }
    public required string Province { get; set; }
    public required string OrganisationType { get; set; }
    public int? Total { get; set; }
    public int? Indicator1 { get; set; }
    public int? Indicator2 { get; set; }
    public int? Indicator3 { get; set; }
    public int? Indicator4 { get; set; }
    public int? Indicator5 { get; set; }
    public int? Indicator6 { get; set; }
    public int? Indicator7 { get; set; }
    public int? Indicator8 { get; set; }
    public int? Indicator9 { get; set; }
    public int? Indicator10 { get; set; }

    /// <summary>Concurrency token: two analyses of the same organisation-year at once must not both replace it.</summary>
    public int Version { get; set; }

    /// <summary>The score of a measure in hundredths of a point; null when the assessment did not score it.</summary>
    public int? Get(int measure) =>
        measure switch
        {
            0 => Total,
            1 => Indicator1,
            2 => Indicator2,
            3 => Indicator3,
            4 => Indicator4,
            5 => Indicator5,
            6 => Indicator6,
            7 => Indicator7,
            8 => Indicator8,
            9 => Indicator9,
            10 => Indicator10,
            _ => throw new ArgumentOutOfRangeException(nameof(measure)),
        };

    public void Set(int measure, int? hundredths)
    {
        switch (measure)
        {
            case 0:
                Total = hundredths;
                break;
            case 1:
                Indicator1 = hundredths;
                break;
            case 2:
                Indicator2 = hundredths;
                break;
            case 3:
                Indicator3 = hundredths;
                break;
            case 4:
                Indicator4 = hundredths;
                break;
            case 5:
                Indicator5 = hundredths;
                break;
            case 6:
                Indicator6 = hundredths;
                break;
            case 7:
                Indicator7 = hundredths;
                break;
            case 8:
                Indicator8 = hundredths;
                break;
            case 9:
                Indicator9 = hundredths;
                break;
            case 10:
                Indicator10 = hundredths;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(measure));
        }
    }

    /// <summary>Hundredths of a point, rounded as the published scores are.</summary>
    public static int ToHundredths(decimal score) => (int)Math.Round(score * 100m, MidpointRounding.AwayFromZero);

    public static decimal FromHundredths(int hundredths) => hundredths / 100m;
}
