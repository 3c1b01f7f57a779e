using System.Globalization;
using Ita.Micro.Portal.Session;

namespace Ita.Micro.Portal.Gateway;

/// <summary>
/// Reads the organisations table's filter from a page's address (year, province, district, type, rating, min, max, plan,
/// overdue, sort, desc, size: rows a page; districtof: the province whose districts the form offered). An overseer's province is always its own: the APIs would give no other, and the filter says so.
/// </summary>
public static class OrganisationFilterQuery
{
    /// <returns>Null when no year is given and none is known.</returns>
    public static OrganisationFilter? Read(IQueryCollection query, PortalUser user, int? defaultYear = null)
    {
        var year = int.TryParse(query["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            ? y
            : defaultYear;
        if (year is null)
            return null;
        var sort = Text(query["sort"])?.ToLowerInvariant();
        var province = user.IsNationalAdmin ? Text(query["province"]) : user.Province;
        return new OrganisationFilter(
            year.Value,
            province,
            province is null || !SameProvince(Text(query["districtof"]), province) ? null : Text(query["district"]),
            Text(query["type"]),
            Text(query["rating"]),
            Score(query["min"]),
            Score(query["max"]),
            sort is not null && OrganisationFilter.SortKeys.Contains(sort) ? sort : null,
            string.Equals(query["desc"], "true", StringComparison.OrdinalIgnoreCase),
            OrganisationFilter.PlanStates.FirstOrDefault(s =>
                string.Equals(s, query["plan"], StringComparison.OrdinalIgnoreCase)
            ),
            string.Equals(query["overdue"], "true", StringComparison.OrdinalIgnoreCase),
            int.TryParse(query["size"], NumberStyles.None, CultureInfo.InvariantCulture, out var size)
            && size is >= 1 and <= OrganisationFilter.MaxPageSize
                ? size
                : OrganisationFilter.DefaultPageSize
        );
    }

    /// <summary>
    /// A national admin who picks another province in the form also sends the district chosen in the previous one:
    /// that district is not in the new province, so it is dropped rather than filtering the table to nothing.
    /// </summary>
    private static bool SameProvince(string? districtOf, string province) =>
        districtOf is null || string.Equals(districtOf, province, StringComparison.Ordinal);

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A score 0–100 as typed ("85", "85.5"); anything else is no bound.</summary>
    private static decimal? Score(string? value) =>
        decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var score)
        && score is >= 0 and <= 100
            ? score
            : null;
}
