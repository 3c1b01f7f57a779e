using System.Globalization;
using Ita.Micro.Portal.Gateway.Models;
using Microsoft.AspNetCore.WebUtilities;

namespace Ita.Micro.Portal.Gateway;

/// <summary>
/// What the organisations table shows: the year, where (province and district), which type and rating, a score range, and the order. The
/// same filter makes the page's address (links keep it), the analyses API's query and the export's.
/// </summary>
/// <param name="PlanState">The state of the plan the year led to (the next fiscal year's): a plan status, or <see cref="NoPlan"/>.</param>
/// <param name="Overdue">Only organisations whose plan has a measure overdue today.</param>
/// <param name="PageSize">Rows a page (1–200, the APIs' largest page); 50 unless the user asks.</param>
/// <param name="District">An อำเภอ of <paramref name="Province"/>; only with a province, since district names repeat between provinces.</param>
public sealed record OrganisationFilter(
    int Year,
    string? Province,
    string? District,
    string? Type,
    string? Rating,
    decimal? MinTotal,
    decimal? MaxTotal,
    string? Sort,
    bool Descending,
    string? PlanState = null,
    bool Overdue = false,
    int PageSize = OrganisationFilter.DefaultPageSize
)
{
    /// <summary>The plan state of organisations without a plan of the year.</summary>
    public const string NoPlan = "none";

    /// <summary>The plan states a user may filter by, as the plans API names them, and <see cref="NoPlan"/>.</summary>
    public static readonly string[] PlanStates = [NoPlan, "Draft", "Approved", "Published", "Closed"];

    /// <summary>
    /// Plans live in measure tracking, analyses in analysis: a plan filter is first turned into the organisations'
    /// codes there (GET /api/plans/organisation-codes), then the analyses are searched with them.
    /// </summary>
    public bool FiltersPlans => PlanState is not null || Overdue;

    public string PlanCodesQuery() => QueryHelpers.AddQueryString("api/plans/organisation-codes", PlanPairs());

    /// <summary>The search with the codes the plan filter gave: only those, or for <see cref="NoPlan"/> all but those.</summary>
    public AnalysisSearch Search(int page, int pageSize, IReadOnlyList<string> planCodes) =>
        new(
            Province,
            District,
            Type,
            Year,
            Rating,
            MinTotal,
            MaxTotal,
            planCodes,
            PlanState == NoPlan,
            Sort,
            Descending,
            page,
            pageSize
        );

    private IEnumerable<KeyValuePair<string, string?>> PlanPairs()
    {
        yield return new("fiscalYear", (Year + 1).ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrWhiteSpace(Province))
            yield return new("province", Province);
        if (PlanState is { } state && state != NoPlan)
            yield return new("status", state);
        if (Overdue && PlanState != NoPlan)
            yield return new("overdue", "true");
    }

    public const int DefaultPageSize = 50;

    /// <summary>The largest page the APIs give (GET /api/analyses and /api/plans): also what an export reads at a time.</summary>
    public const int MaxPageSize = 200;

    /// <summary>The analyses API's sort keys (GET /api/analyses?sort=).</summary>
    public static readonly string[] SortKeys = ["code", "name", "province", "district", "type", "total", "rating"];

    /// <summary>The value of the rating filter that lists the undetermined (the analyses API's word for it).</summary>
    public const string Undetermined = "undetermined";

    /// <summary>GET /api/analyses with the filter, one page.</summary>
    public string ApiQuery(int page, int pageSize) =>
        QueryHelpers.AddQueryString("api/analyses", Pairs(page, pageSize, forApi: true));

    /// <summary>The page of the table at this filter's page size.</summary>
    public string ApiQuery(int page) => ApiQuery(page, PageSize);

    /// <summary>The portal's own address of the table (or of its export) with the filter and the page.</summary>
    public string Link(string path, int page = 1, string? sort = null, bool? descending = null) =>
        QueryHelpers.AddQueryString(
            path,
            (this with { Sort = sort ?? Sort, Descending = descending ?? Descending }).Pairs(page, null, forApi: false)
        );

    private IEnumerable<KeyValuePair<string, string?>> Pairs(int page, int? pageSize, bool forApi)
    {
        yield return new("year", Year.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrWhiteSpace(Province))
            yield return new("province", Province);
        if (!string.IsNullOrWhiteSpace(District))
            yield return new("district", District);
        if (!string.IsNullOrWhiteSpace(Type))
            yield return new("type", Type);
        if (!string.IsNullOrWhiteSpace(Rating))
            yield return new("rating", Rating);
        if (MinTotal is { } min)
            yield return new(forApi ? "minTotal" : "min", min.ToString(CultureInfo.InvariantCulture));
        if (MaxTotal is { } max)
            yield return new(forApi ? "maxTotal" : "max", max.ToString(CultureInfo.InvariantCulture));
        if (!forApi && PlanState is not null)
            yield return new("plan", PlanState);
        if (!forApi && Overdue)
            yield return new("overdue", "true");
        if (!string.IsNullOrWhiteSpace(Sort))
            yield return new("sort", Sort);
        if (Descending)
            yield return new(forApi ? "descending" : "desc", "true");
        if (page > 1 || forApi)
            yield return new("page", page.ToString(CultureInfo.InvariantCulture));
        if (pageSize is { } size)
            yield return new("pageSize", size.ToString(CultureInfo.InvariantCulture));
        else if (PageSize != DefaultPageSize)
            yield return new("size", PageSize.ToString(CultureInfo.InvariantCulture));
    }
}
