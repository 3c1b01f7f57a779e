using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.MeasureTracking.Apis.Contracts;
using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// Which OIT items of a year have evidence an assessor can open: from the year's code book (the items) and the
/// registry (the links and their last checks). Pure, so the rule is tested without a database.
/// </summary>
public static class CoverageCalculator
{
    public static IReadOnlyList<ItemCoverage> Items(
        IReadOnlyList<CodeBookItem> oitItems,
        IReadOnlyList<EvidenceEntry> entries
    )
    {
        var byItem = entries
            .Where(e => e.ItemCode is not null)
            .ToLookup(e => e.ItemCode!, StringComparer.OrdinalIgnoreCase);
        return oitItems
            .Select(item =>
            {
                var links = byItem[item.Code].OrderBy(e => e.AddedAtUtc).ToList();
                var good = links.Count(l => l.State == LinkState.Ok);
                var broken = links.Count(l => l.State == LinkState.Broken);
                return new ItemCoverage(
                    item.Code,
                    item.Label,
                    item.Indicator,
                    item.Concept,
                    Status(links.Count, good, broken),
                    links.Count,
                    good,
                    broken,
                    links.Select(EvidenceLinkResponse.From).ToList()
                );
            })
            .ToList();
    }

    public static CoverageStatus Status(int links, int good, int broken) =>
        links == 0 ? CoverageStatus.Missing
        : good > 0 ? CoverageStatus.Covered
        : broken == links ? CoverageStatus.OnlyBroken
        : CoverageStatus.Unverified;

    /// <summary>An organisation's counts for the overseers' list, from (item, state) pairs of its links of the year.</summary>
    public static OrganisationEvidenceSummary Summary(
        string organisationCode,
        string name,
        string province,
        IReadOnlyList<CodeBookItem> oitItems,
        IReadOnlyList<(string? ItemCode, LinkState State)> links
    )
    {
        var statuses = oitItems
            .Select(item =>
            {
                var mine = links
                    .Where(l => string.Equals(l.ItemCode, item.Code, StringComparison.OrdinalIgnoreCase))
                    .ToList();
                return Status(
                    mine.Count,
                    mine.Count(l => l.State == LinkState.Ok),
                    mine.Count(l => l.State == LinkState.Broken)
                );
            })
            .ToList();
        return new OrganisationEvidenceSummary(
            organisationCode,
            name,
            province,
            oitItems.Count,
            statuses.Count(s => s == CoverageStatus.Covered),
            statuses.Count(s => s == CoverageStatus.Unverified),
            statuses.Count(s => s == CoverageStatus.OnlyBroken),
            statuses.Count(s => s == CoverageStatus.Missing),
            links.Count(l => l.State == LinkState.Broken)
        );
    }

    public static bool HasProblems(OrganisationEvidenceSummary s) =>
        s.OnlyBroken > 0 || s.Missing > 0 || s.BrokenLinks > 0;
}
