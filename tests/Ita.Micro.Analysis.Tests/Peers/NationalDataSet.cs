namespace Ita.Micro.Analysis.Tests.Peers;

/// <summary>
/// A deterministic national data set shaped like the real one: 7,852 organisations of the seven types in their real
/// numbers, spread unevenly over 77 provinces, with scores clustered near the pass mark, many ties (two decimals),
/// perfect 100s, and some assessments that publish a total only.
/// </summary>
public static class NationalDataSet
{
    public const int Provinces = 77;

    private static readonly (string Type, int Count, decimal Shift)[] Types =
    [
        ("อบจ.", 76, 1.5m),
        ("เทศบาลนคร", 30, 2m),
        ("เทศบาลเมือง", 190, 1m),
        ("เทศบาลตำบล", 2_242, 0m),
        ("อบต.", 5_312, -0.5m),
        ("กรุงเทพมหานคร", 1, 1m),
        ("เมืองพัทยา", 1, 1m),
    ];

    public static List<PeerOrganisation> Generate(int seed = 2568)
    {
        var random = new Random(seed);
        var organisations = new List<PeerOrganisation>(7_852);
        foreach (var (type, count, shift) in Types)
            for (var i = 0; i < count; i++)
                organisations.Add(Scores(random, $"{organisations.Count + 1:D7}", Province(random), type, 1, shift));
        return organisations;
    }

    /// <summary>A later revision of the organisation: rescored, and now and then in another province or of another type.</summary>
    public static PeerOrganisation Revise(Random random, PeerOrganisation organisation)
    {
        var province = random.Next(10) == 0 ? Province(random) : organisation.Province;
        var type = random.Next(10) == 0 ? Types[random.Next(Types.Length)].Type : organisation.Type;
        return Scores(random, organisation.Code, province, type, organisation.Revision + 1, 0m);
    }

    /// <summary>Provinces skewed like the real ones: the low-numbered ones hold many more organisations.</summary>
    private static string Province(Random random) =>
        $"จังหวัด{(int)(Provinces * Math.Pow(random.NextDouble(), 1.6)) + 1:D2}";

    private static PeerOrganisation Scores(
        Random random,
        string code,
        string province,
        string type,
        int revision,
        decimal shift
    )
    {
        var total = Score(random, 86m + shift, 9m);
        // One in twenty publishes a total only; one in seven leaves an indicator unscored.
        var totalOnly = random.Next(20) == 0;
        var indicators = Enumerable
            .Range(1, 10)
            .Select(_ => totalOnly || random.Next(7) == 0 ? (decimal?)null : Score(random, total, 8m))
            .ToList();
        return new PeerOrganisation(code, province, type, revision, total, indicators);
    }

    /// <summary>Roughly normal around the mean, kept within 0–100, to two decimals; often whole points so ties are common.</summary>
    private static decimal Score(Random random, decimal mean, decimal spread)
    {
        var normal = (decimal)(random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5) * 2m;
        var score = Math.Clamp(mean + normal * spread, 0m, 100m);
        return random.Next(4) == 0 ? Math.Round(score) : Math.Round(score, 2);
    }
}
