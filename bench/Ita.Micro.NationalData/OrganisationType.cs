namespace Ita.Micro.NationalData;

/// <summary>
/// A kind of local government (องค์กรปกครองส่วนท้องถิ่น) with its national count and how the score model treats it.
/// </summary>
/// <param name="Name">The type as written in data: อบจ., เทศบาลนคร, …, กรุงเทพมหานคร, เมืองพัทยา.</param>
/// <param name="NamePrefix">Prefix of an organisation's name; null when the type is a single organisation named by <paramref name="Name"/>.</param>
/// <param name="CodeDigit">First digit of the generated 7-digit organisation code.</param>
/// <param name="NationalCount">How many there are (กรมส่งเสริมการปกครองท้องถิ่น, 5 Jun 2563).</param>
/// <param name="Province">The one province this type lives in (special forms), or null.</param>
/// <param name="OnePerProvince">One per province outside Bangkok, named after the province (อบจ.).</param>
/// <param name="QualityBonus">Points added to the IIT/EIT level (larger organisations do a little better).</param>
/// <param name="StrugglingShare">Share of organisations that barely take part (low IIT/EIT, little published).</param>
/// <param name="ExemplaryShare">Share of organisations that score 100 throughout.</param>
internal sealed record OrganisationType(
    string Name,
    string? NamePrefix,
    int CodeDigit,
    int NationalCount,
    string? Province,
    bool OnePerProvince,
    double QualityBonus,
    double StrugglingShare,
    double ExemplaryShare
)
{
    public bool IsSpecial => Province is not null;
}
