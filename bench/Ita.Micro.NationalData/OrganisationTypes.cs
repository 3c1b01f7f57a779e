namespace Ita.Micro.NationalData;

/// <summary>The seven types of local government and their real counts (7,852 in all).</summary>
internal static class OrganisationTypes
{
    public static IReadOnlyList<OrganisationType> All { get; } =
    [
        new("อบจ.", "องค์การบริหารส่วนจังหวัด", 1, 76, null, true, 1.5, 0.010, 0.06),
        new("เทศบาลนคร", "เทศบาลนคร", 2, 30, null, false, 2.0, 0.005, 0.08),
        new("เทศบาลเมือง", "เทศบาลเมือง", 3, 190, null, false, 1.0, 0.020, 0.06),
        new("เทศบาลตำบล", "เทศบาลตำบล", 4, 2_242, null, false, 0.0, 0.035, 0.04),
        new("อบต.", "องค์การบริหารส่วนตำบล", 5, 5_312, null, false, -0.5, 0.045, 0.03),
        new("กรุงเทพมหานคร", null, 7, 1, Provinces.Bangkok, false, 1.0, 0.0, 0.0),
        new("เมืองพัทยา", null, 7, 1, "ชลบุรี", false, 1.0, 0.0, 0.0),
    ];

    public static int NationalTotal { get; } = All.Sum(t => t.NationalCount);

    /// <summary>
    /// The count of each type (in <see cref="All"/> order) for a data set of <paramref name="total"/> organisations:
    /// the special forms once each, the rest proportional to the real counts with at least one of each type.
    /// </summary>
    public static int[] Scaled(int total)
    {
        var minimum = All.Count;
        if (total < minimum || total > NationalTotal)
            throw new ArgumentOutOfRangeException(
                nameof(total),
                $"--organisations must be between {minimum} and {NationalTotal}."
            );

        var regular = All.Select((t, i) => (t, i)).Where(x => !x.t.IsSpecial).ToList();
        var specials = All.Count - regular.Count;
        var shares = Apportionment.LargestRemainder(total - specials, regular.Select(x => x.t.NationalCount).ToList());

        var counts = All.Select(t => t.IsSpecial ? 1 : 0).ToArray();
        for (var k = 0; k < regular.Count; k++)
            counts[regular[k].i] = Math.Max(1, shares[k]);
        // Raising a type to one is paid for by the most numerous types, never below one.
        while (counts.Sum() > total)
            counts[regular.Where(x => counts[x.i] > 1).MaxBy(x => (counts[x.i], x.t.NationalCount)).i]--;
        return counts;
    }
}
