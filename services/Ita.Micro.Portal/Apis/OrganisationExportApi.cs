using Ita.Micro.Portal.Export;
using Ita.Micro.Portal.Gateway;
using Ita.Micro.Portal.Session;
using Microsoft.Extensions.Localization;

namespace Ita.Micro.Portal.Apis;

/// <summary>
/// The organisations table as a file (CSV or XLSX), every row the filter matches, read from the APIs with the user's
/// token a full page at a time: an overseer's export holds its province only, as the table does.
/// </summary>
public static class OrganisationExportApi
{
    public static IEndpointRouteBuilder MapOrganisationExportApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/organisations/export.{format:regex(^(csv|xlsx)$)}", Export).RequireAuthorization();
        return app;
    }

    public static async Task Export(
        string format,
        HttpContext context,
        OrganisationTable table,
        SessionUser session,
        IStringLocalizer<Text> t
    )
    {
        var user = await session.GetAsync();
        if (
            user is not { Oversees: true }
            || OrganisationFilterQuery.Read(context.Request.Query, user) is not { } filter
        )
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        var name = $"ita-organisations-{filter.Year}{(filter.Province is null ? "" : "-" + filter.Province)}.{format}";
        context.Response.ContentType =
            format == "csv"
                ? "text/csv; charset=utf-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        context.Response.Headers.ContentDisposition =
            $"attachment; filename=\"ita-organisations-{filter.Year}.{format}\"; filename*=UTF-8''{Uri.EscapeDataString(name)}";
        context.Response.Headers.CacheControl = "private, no-store";
        var rows = Rows(table, filter, t, context.RequestAborted);
        if (format == "csv")
            await CsvExport.WriteAsync(
                context.Response.Body,
                OrganisationColumns.Headings(t),
                rows,
                context.RequestAborted
            );
        else
            await XlsxExport.WriteAsync(
                context.Response.Body,
                "ITA " + filter.Year,
                OrganisationColumns.Headings(t),
                rows,
                context.RequestAborted
            );
    }

    private static async IAsyncEnumerable<IReadOnlyList<object?>> Rows(
        OrganisationTable table,
        OrganisationFilter filter,
        IStringLocalizer<Text> t,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken
    )
    {
        await foreach (var row in table.AllAsync(filter, cancellationToken))
            yield return OrganisationColumns.Cells(row, t);
    }
}
