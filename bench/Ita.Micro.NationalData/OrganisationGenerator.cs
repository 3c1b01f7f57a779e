using Ita.Micro.Contracts;

namespace Ita.Micro.NationalData;

/// <summary>
/// The national register: อบจ. one per province, เทศบาล and อบต. spread over the provinces in proportion to their
/// districts, กรุงเทพมหานคร and เมืองพัทยา once. Codes are synthetic, 7 digits: type digit, province code,
/// district number, sequence (e.g. 5300712 = the 12th อบต. of district 7 of นครราชสีมา).
/// </summary>
internal static class OrganisationGenerator
{
    public static List<Organisation> Generate(Random random, int total)
    {
        var types = OrganisationTypes.All;
        var counts = OrganisationTypes.Scaled(total);
        var provinces = Provinces.All;
        var weights = provinces.Select(p => p.Name == Provinces.Bangkok ? 0 : p.Districts).ToList();
        var spread = types.Select((type, t) => Spread(type, counts[t], provinces, weights)).ToList();

        var organisations = new List<Organisation>(total);
        for (var p = 0; p < provinces.Count; p++)
        {
            var province = provinces[p];
            var names = new NameGenerator(random, province);
            var districts = Districts(province);
            var sequences = new Dictionary<(int Digit, int District), int>();
            var seatNamed = false;

            for (var t = 0; t < types.Count; t++)
            {
                var type = types[t];
                for (var k = 0; k < spread[t][p]; k++)
                {
                    string name;
                    var district = 0;
                    if (type.NamePrefix is null)
                    {
                        name = type.Name;
                        if (province.Name != Provinces.Bangkok)
                            district = random.Next(districts.Length);
                    }
                    else if (type.OnePerProvince)
                    {
                        name = type.NamePrefix + province.Name;
                    }
                    else if (!seatNamed && type.NamePrefix.StartsWith("เทศบาล", StringComparison.Ordinal))
                    {
                        // The province's largest municipality carries its name and sits in อำเภอเมือง (เทศบาลเมืองน่าน).
                        name = type.NamePrefix + province.Name;
                        seatNamed = true;
                    }
                    else
                    {
                        name = type.NamePrefix + names.Next();
                        district = random.Next(districts.Length);
                    }

                    var sequence = sequences[(type.CodeDigit, district)] =
                        sequences.GetValueOrDefault((type.CodeDigit, district)) + 1;
                    if (sequence > 99)
                        throw new InvalidOperationException(
                            $"More than 99 {type.Name} in one district of {province.Name}."
                        );
                    organisations.Add(
                        new Organisation(
                            new OrganisationInfo
                            {
                                Code = $"{type.CodeDigit}{province.Code:00}{district + 1:00}{sequence:00}",
                                Name = name,
                                Type = type.Name,
                                Province = province.Name,
                                District = districts[district],
                            },
                            type
                        )
                    );
                }
            }
        }
        return organisations;
    }

    /// <summary>How many of a type each province gets.</summary>
    private static int[] Spread(
        OrganisationType type,
        int count,
        IReadOnlyList<Province> provinces,
        IReadOnlyList<int> weights
    )
    {
        if (type.Province is { } only)
            return provinces.Select(p => p.Name == only ? count : 0).ToArray();
        if (type.OnePerProvince)
        {
            // Every province outside Bangkok; in a smaller data set, the provinces with the most districts.
            var chosen = Enumerable
                .Range(0, provinces.Count)
                .Where(i => weights[i] > 0)
                .OrderByDescending(i => weights[i])
                .ThenBy(i => i)
                .Take(count)
                .ToHashSet();
            return Enumerable.Range(0, provinces.Count).Select(i => chosen.Contains(i) ? 1 : 0).ToArray();
        }
        return Apportionment.LargestRemainder(count, weights);
    }

    /// <summary>District names: อำเภอเมือง first, then generated ones (real district names are not needed here).</summary>
    private static string[] Districts(Province province) =>
        province.Name == Provinces.Bangkok
            ? ["เขตพระนคร"]
            :
            [
                $"อำเภอเมือง{province.Name}",
                .. Enumerable.Range(2, province.Districts - 1).Select(n => $"อำเภอที่ {n}"),
            ];
}
