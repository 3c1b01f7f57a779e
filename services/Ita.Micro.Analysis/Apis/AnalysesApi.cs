using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Ita.Micro.Analysis.Infrastructure;
using Ita.Micro.Analysis.Model;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.Analysis.Apis;

/// <summary>
/// Analyses of organisations: each caller sees only the organisations within its reach (<see cref="OrganisationAccess"/>);
/// another organisation's analysis does not exist for it (404) and lists leave it out.
/// </summary>
public static class AnalysesApi
{
    /// <summary>Rows per page when the client does not say.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>The largest page: a national year is about 7,850 rows, which a client pages through, not fetches.</summary>
    public const int MaxPageSize = 200;

    /// <summary>The <c>rating</c> filter value that lists the analyses whose rating is undetermined.</summary>
    public const string UndeterminedFilter = "undetermined";

    public static IEndpointRouteBuilder MapAnalysesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/analyses").WithTags("Analyses");
        api.MapGet("", Search);
        api.MapPost("/search", SearchBody);
        api.MapGet("/{organisationCode}", ListForOrganisation);
        // A literal segment outranks a parameter in ASP.NET Core routing and "trend" fails the int constraint, so
        // /{code}/trend never reaches GetLatest whatever the order; it is mapped first for the reader.
        api.MapGet("/{organisationCode}/trend", Trend);
        api.MapGet("/{organisationCode}/{fiscalYear:int}", GetLatest);
        return app;
    }

    /// <summary>The latest analysis of every fiscal year held for the organisation, oldest first.</summary>
    public static async Task<Results<Ok<List<AssessmentAnalysed>>, NotFound>> ListForOrganisation(
        string organisationCode,
        ClaimsPrincipal user,
        AnalysisDbContext db,
        CancellationToken cancellationToken
    )
    {
        var rows = await db.Analyses.Where(a => a.OrganisationCode == organisationCode).ToListAsync(cancellationToken);
        if (rows.Any(a => !OrganisationAccess.CanRead(user, a.OrganisationCode, a.Province)))
            return TypedResults.NotFound();
        if (rows.Count == 0 && !OrganisationAccess.CanRead(user, organisationCode, null))
            return TypedResults.NotFound();
        return TypedResults.Ok(
            rows.GroupBy(a => a.FiscalYear).OrderBy(g => g.Key).Select(g => Read(g.MaxBy(a => a.Revision)!)).ToList()
        );
    }

    public static async Task<Results<Ok<AssessmentAnalysed>, NotFound>> GetLatest(
        string organisationCode,
        int fiscalYear,
        ClaimsPrincipal user,
        AnalysisDbContext db,
        CancellationToken cancellationToken
    )
    {
        var latest = await db
            .Analyses.Where(a => a.OrganisationCode == organisationCode && a.FiscalYear == fiscalYear)
            .OrderByDescending(a => a.Revision)
            .FirstOrDefaultAsync(cancellationToken);
        return latest is null || !OrganisationAccess.CanRead(user, latest.OrganisationCode, latest.Province)
            ? TypedResults.NotFound()
            : TypedResults.Ok(Read(latest));
    }

    /// <summary>
    /// Every fiscal year held for the organisation, oldest first (latest revision of each), with the change from the
    /// previous held year and the years on which the rating changed. A year missing in between is skipped, not
    /// invented: the change is then from the last year held, which <see cref="AnalysisTrendYear.PreviousFiscalYear"/> names.
    /// </summary>
    public static async Task<Results<Ok<AnalysisTrend>, NotFound>> Trend(
        string organisationCode,
        ClaimsPrincipal user,
        AnalysisDbContext db,
        ICodeBooks books,
        CancellationToken cancellationToken
    )
    {
        var rows = await LatestRevisions(db)
            .Where(a => a.OrganisationCode == organisationCode)
            .OrderBy(a => a.FiscalYear)
            .ToListAsync(cancellationToken);
        if (rows.Count == 0 || rows.Any(a => !OrganisationAccess.CanRead(user, a.OrganisationCode, a.Province)))
            return TypedResults.NotFound();

        var years = new List<AnalysisTrendYear>(rows.Count);
        AnalysisRecord? before = null;
        AssessmentAnalysed? beforeResult = null;
        string? beforeScheme = null;
        foreach (var row in rows)
        {
            var result = Read(row.ResultJson);
            var scheme = books.Find(row.FiscalYear)?.Rating.Name;
            // Unknown schemes (no code book shipped) are not called a change: nothing says the scheme differs.
            var schemeChanged =
                before is not null
                && scheme is not null
                && beforeScheme is not null
                && !string.Equals(scheme, beforeScheme, StringComparison.Ordinal);
            var ratingChanged =
                before is not null
                && (schemeChanged || !string.Equals(row.Rating, before.Rating, StringComparison.Ordinal));
            var previousScores = beforeResult
                ?.Indicators.DistinctBy(i => i.Indicator)
                .ToDictionary(i => i.Indicator, i => i.Score);
            years.Add(
                new AnalysisTrendYear
                {
                    FiscalYear = row.FiscalYear,
                    Revision = row.Revision,
                    Total = row.Total,
                    Rating = row.Rating,
                    Official = OfficialRating.Of(result),
                    RatingScheme = scheme,
                    Passed = row.Passed,
                    Tools = result.Tools,
                    Indicators =
                    [
                        .. result
                            .Indicators.OrderBy(i => i.Indicator)
                            .Select(i => new AnalysisTrendIndicator
                            {
                                Indicator = i.Indicator,
                                Name = i.Name,
                                Score = i.Score,
                                Change =
                                    previousScores is not null && previousScores.TryGetValue(i.Indicator, out var was)
                                        ? i.Score - was
                                        : null,
                            }),
                    ],
                    PreviousFiscalYear = before?.FiscalYear,
                    ChangeFromPrevious = before is null ? null : row.Total - before.Total,
                    RatingChanged = ratingChanged,
                    RatingSchemeChanged = schemeChanged,
                    Note = schemeChanged
                        ? string.Create(
                            CultureInfo.InvariantCulture,
                            $"ปีงบประมาณ {row.FiscalYear} ใช้เกณฑ์การจัดระดับ {scheme} แทน {beforeScheme} ของปีงบประมาณ {before!.FiscalYear} "
                                + $"ระดับผลการประเมินจึงเปลี่ยนจาก {before.Rating} เป็น {row.Rating} ตามการเปลี่ยนเกณฑ์ / "
                                + $"the rating scheme changed from {beforeScheme} to {scheme}, which counts as a rating change"
                        )
                        : null,
                }
            );
            (before, beforeResult, beforeScheme) = (row, result, scheme);
        }

        var latest = rows[^1];
        return TypedResults.Ok(
            new AnalysisTrend
            {
                OrganisationCode = latest.OrganisationCode,
                OrganisationName = latest.OrganisationName,
                Province = latest.Province,
                OrganisationType = latest.OrganisationType,
                Years = years,
                RatingChangedIn = [.. years.Where(y => y.RatingChanged).Select(y => y.FiscalYear)],
            }
        );
    }

    /// <summary>
    /// The latest revision of every organisation-year matching the filters, a page at a time, newest year first then
    /// by organisation code. Text filters match exactly after trimming and Thai normalisation (<see cref="Variants"/>).
    /// </summary>
    /// <param name="district">Only this อำเภอ (with a province: district names repeat between provinces).</param>
    /// <param name="minTotal">Only totals at or above this score.</param>
    /// <param name="maxTotal">Only totals at or below this score.</param>
    /// <param name="organisationCodes">Only these organisations: codes separated by commas, at most <see cref="MaxPageSize"/>.</param>
    /// <param name="sort">One of <see cref="SortKeys"/>; newest year first then by code when omitted.</param>
    /// <param name="descending">Sort from the largest (highest total, last code) instead.</param>
    public static Task<Results<Ok<AnalysisPage>, ValidationProblem>> Search(
        string? province,
        string? district,
        string? type,
        int? year,
        string? rating,
        int? page,
        int? pageSize,
        decimal? minTotal,
        decimal? maxTotal,
        string? organisationCodes,
        string? sort,
        bool? descending,
        ClaimsPrincipal user,
        AnalysisDbContext db,
        CancellationToken cancellationToken
    )
    {
        var codes = organisationCodes?.Split(
            ',',
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
        );
        if (codes is { Length: > MaxPageSize })
            return Task.FromResult<Results<Ok<AnalysisPage>, ValidationProblem>>(
                TypedResults.ValidationProblem(
                    new Dictionary<string, string[]>
                    {
                        ["organisationCodes"] =
                        [
                            string.Create(
                                CultureInfo.InvariantCulture,
                                $"organisationCodes มีได้ไม่เกิน {MaxPageSize} รหัส คั่นด้วยจุลภาค (ส่งรายการยาวด้วย POST /api/analyses/search) / "
                                    + $"organisationCodes holds at most {MaxPageSize} codes, separated by commas (send a longer list to POST /api/analyses/search)."
                            ),
                        ],
                    }
                )
            );
        return RunAsync(
            new AnalysisQuery
            {
                Province = province,
                District = district,
                Type = type,
                Year = year,
                Rating = rating,
                MinTotal = minTotal,
                MaxTotal = maxTotal,
                OrganisationCodes = codes,
                Sort = sort,
                Descending = descending == true,
                Page = page,
                PageSize = pageSize,
            },
            user,
            db,
            cancellationToken
        );
    }

    /// <summary>The same search with its filters in the body: for a list of organisation codes too long for an address.</summary>
    public static Task<Results<Ok<AnalysisPage>, ValidationProblem>> SearchBody(
        AnalysisQuery search,
        ClaimsPrincipal user,
        AnalysisDbContext db,
        CancellationToken cancellationToken
    ) => RunAsync(search, user, db, cancellationToken);

    private static async Task<Results<Ok<AnalysisPage>, ValidationProblem>> RunAsync(
        AnalysisQuery search,
        ClaimsPrincipal user,
        AnalysisDbContext db,
        CancellationToken cancellationToken
    )
    {
        var errors = new Dictionary<string, string[]>();
        var sortKey = search.Sort?.Trim().ToLowerInvariant();
        if (sortKey is { Length: > 0 } && !SortKeys.Contains(sortKey))
            errors["sort"] =
            [
                $"sort ต้องเป็นหนึ่งใน {string.Join(", ", SortKeys)} / sort must be one of {string.Join(", ", SortKeys)}.",
            ];
        if (search.MinTotal > search.MaxTotal)
            errors["minTotal"] = ["minTotal ต้องไม่มากกว่า maxTotal / minTotal must not exceed maxTotal."];
        if (search.Page < 1)
            errors["page"] = ["page ต้องไม่น้อยกว่า 1 / page must be 1 or more."];
        if (search.PageSize is < 1 or > MaxPageSize)
            errors["pageSize"] =
            [
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"pageSize ต้องอยู่ระหว่าง 1 ถึง {MaxPageSize} / pageSize must be from 1 to {MaxPageSize}."
                ),
            ];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var number = search.Page ?? 1;
        var size = search.PageSize ?? DefaultPageSize;
        var query = LatestRevisions(db).VisibleTo(user, a => a.OrganisationCode, a => a.Province);
        if (Variants(search.Province, bareProvince: true) is { } provinces)
            query = query.Where(a => provinces.Contains(a.Province));
        if (Variants(search.District) is { } districts)
            query = query.Where(a => a.District != null && districts.Contains(a.District));
        if (Variants(search.Type) is { } types)
            query = query.Where(a => types.Contains(a.OrganisationType));
        if (string.Equals(search.Rating?.Trim(), UndeterminedFilter, StringComparison.OrdinalIgnoreCase))
            query = query.Where(a => a.Rating == null);
        else if (Variants(search.Rating) is { } ratings)
            query = query.Where(a => a.Rating != null && ratings.Contains(a.Rating));
        if (search.Year is { } fiscalYear)
            query = query.Where(a => a.FiscalYear == fiscalYear);
        // As doubles: SQLite holds decimals as text, which compares "9.5" above "85.71".
        if (search.MinTotal is { } min)
            query = query.Where(a => (double)a.Total >= (double)min);
        if (search.MaxTotal is { } max)
            query = query.Where(a => (double)a.Total <= (double)max);
        if (search.OrganisationCodes is { } listed)
        {
            var codes = listed.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
            // Only listed codes: an empty list matches nothing. All but the listed: an empty list excludes nothing.
            // One JSON parameter rather than EF's default of one parameter per code: "all but the organisations with a
            // plan" sends a national year's 7,853 codes, which as separate parameters took seconds to prepare.
            if (!search.ExcludeCodes)
                query = query.Where(a => EF.Parameter(codes).Contains(a.OrganisationCode));
            else if (codes.Count > 0)
                query = query.Where(a => !EF.Parameter(codes).Contains(a.OrganisationCode));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await Sorted(query, sortKey, search.Descending)
            .Skip((number - 1) * size)
            .Take(size)
            .Select(a => new AnalysisSummary
            {
                OrganisationCode = a.OrganisationCode,
                OrganisationName = a.OrganisationName,
                Province = a.Province,
                District = a.District,
                OrganisationType = a.OrganisationType,
                FiscalYear = a.FiscalYear,
                Revision = a.Revision,
                Total = a.Total,
                Rating = a.Rating,
                RatingSource = a.RatingSource,
                PublishedRating = a.PublishedRating,
                ComputedRating = a.ComputedRating,
                Passed = a.Passed,
            })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(
            new AnalysisPage
            {
                Page = number,
                PageSize = size,
                TotalCount = total,
                Items = items,
            }
        );
    }

    /// <summary>The columns a list may be sorted by.</summary>
    public static readonly string[] SortKeys = ["code", "name", "province", "district", "type", "total", "rating"];

    /// <summary>
    /// The list in the order asked for, ties broken by year (newest first) and code so that pages never overlap. The
    /// undetermined rating sorts before every label (null first), as "not yet known".
    /// </summary>
    private static IQueryable<AnalysisRecord> Sorted(IQueryable<AnalysisRecord> query, string? sort, bool descending)
    {
        IOrderedQueryable<AnalysisRecord> By<TKey>(
            System.Linq.Expressions.Expression<Func<AnalysisRecord, TKey>> key
        ) => descending ? query.OrderByDescending(key) : query.OrderBy(key);
        var ordered = sort switch
        {
            "code" => By(a => a.OrganisationCode),
            "name" => By(a => a.OrganisationName),
            "province" => By(a => a.Province),
            "district" => By(a => a.District),
            "type" => By(a => a.OrganisationType),
            // SQLite holds decimals as text, which orders "9.5" after "85.71": the cast orders them as numbers.
            "total" => By(a => (double)a.Total),
            "rating" => By(a => a.Rating),
            _ => null,
        };
        return ordered is null
            ? query.OrderByDescending(a => a.FiscalYear).ThenBy(a => a.OrganisationCode)
            : ordered.ThenByDescending(a => a.FiscalYear).ThenBy(a => a.OrganisationCode);
    }

    /// <summary>Rows no later revision of the same organisation-year supersedes; one query, in the database.</summary>
    public static IQueryable<AnalysisRecord> LatestRevisions(AnalysisDbContext db) =>
        db.Analyses.Where(a =>
            !db.Analyses.Any(b =>
                b.OrganisationCode == a.OrganisationCode && b.FiscalYear == a.FiscalYear && b.Revision > a.Revision
            )
        );

    /// <summary>
    /// The spellings a Thai filter value may be stored under, for an exact match in the database; null for no filter.
    /// Thai has no letter case, but the same word is typed differently: sara am as one character (ำ U+0E33) or as
    /// nikhahit and sara aa (ํา U+0E4D U+0E32), which look the same and which NFC does not unify, and spaces typed
    /// twice or at the ends. Both sara am spellings are matched, since the registry's source is not ours to
    /// normalise. A province may be typed with its prefix ("จังหวัดตาก"); the registry stores the bare name
    /// (<see cref="OrganisationScope.BareProvince"/>).
    /// </summary>
    private static string[]? Variants(string? value, bool bareProvince = false)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var text = string.Join(
            ' ',
            value.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
        );
        var forms = new List<string> { text };
        if (bareProvince && OrganisationScope.BareProvince(text) is { } bare && bare != text)
            forms.Add(bare);
        return
        [
            .. forms
                .SelectMany(f =>
                    new[]
                    {
                        f.Replace("\u0E4D\u0E32", "\u0E33", StringComparison.Ordinal),
                        f.Replace("\u0E33", "\u0E4D\u0E32", StringComparison.Ordinal),
                    }
                )
                .Distinct(StringComparer.Ordinal),
        ];
    }

    private static AssessmentAnalysed Read(string json) =>
        JsonSerializer.Deserialize<AssessmentAnalysed>(json, JsonSerializerOptions.Web)!;

    /// <summary>The stored analysis under the organisation's current name and place, which the row follows from the registry.</summary>
    private static AssessmentAnalysed Read(AnalysisRecord row)
    {
        var analysed = Read(row.ResultJson);
        return analysed with
        {
            Organisation = analysed.Organisation with
            {
                Name = row.OrganisationName,
                Province = row.Province,
                Type = row.OrganisationType,
            },
        };
    }
}
