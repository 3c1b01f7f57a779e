using Ita.Micro.Portal.Export;
using Ita.Micro.Portal.Gateway;
using Microsoft.Extensions.Localization;

namespace Ita.Micro.Portal.Apis;

/// <summary>An import's problems as a CSV file (row, column, code, kind, message), read from the API with the user's token.</summary>
public static class ImportProblemsApi
{
    public static IEndpointRouteBuilder MapImportProblemsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/imports/{id:guid}/problems.csv", Download).RequireAuthorization();
        return app;
    }

    public static async Task Download(Guid id, HttpContext context, ImportData imports, IStringLocalizer<Text> t)
    {
        var first = await imports.StatusAsync(id, 1, context.RequestAborted);
        if (!first.Ok)
        {
            context.Response.StatusCode = (int)first.Status;
            return;
        }
        var issues = await imports.IssuesAsync(id, context.RequestAborted);
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"ita-import-{id:N}-problems.csv\"";
        context.Response.Headers.CacheControl = "private, no-store";
        await CsvExport.WriteAsync(
            context.Response.Body,
            ProblemColumns.Headings(t),
            ProblemColumns.Rows(issues, t),
            context.RequestAborted
        );
    }
}
