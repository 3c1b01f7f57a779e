using Ita.Micro.Portal.Gateway.Models;
using Microsoft.Extensions.Localization;

namespace Ita.Micro.Portal.Export;

/// <summary>The exported table's columns, the same in CSV and XLSX: headings in the user's language, values as written in the table.</summary>
public static class OrganisationColumns
{
    public static IReadOnlyList<string> Headings(IStringLocalizer<Text> t) =>
        [
            t["OrganisationCode"],
            t["OrganisationName"],
            t["OrganisationType"],
            t["Province"],
            t["District"],
            t["FiscalYear"],
            t["Total"],
            t["Rating"],
            t["PassedMark"],
            t["PlanStatus"],
            t["OverdueMeasures"],
        ];

    /// <summary>A row's cells; the total as a number (invariant "85.71") so that a spreadsheet can sum it.</summary>
    public static IReadOnlyList<object?> Cells(OrganisationTableRow row, IStringLocalizer<Text> t) =>
        [
            row.Analysis.OrganisationCode,
            row.Analysis.OrganisationName,
            row.Analysis.OrganisationType,
            row.Analysis.Province,
            row.Analysis.District,
            row.Analysis.FiscalYear,
            row.Analysis.Total,
            row.Analysis.Rating ?? t["RatingUndetermined"].Value,
            row.Analysis.Passed ? t["Yes"].Value : t["No"].Value,
            row.Plan is null ? t["FunnelNoPlan"].Value : t["PlanStatus" + row.Plan.Status].Value,
            row.Plan?.OverdueMeasures,
        ];
}
