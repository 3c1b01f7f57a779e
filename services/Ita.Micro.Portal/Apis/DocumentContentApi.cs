using Ita.Micro.Portal.Gateway;

namespace Ita.Micro.Portal.Apis;

/// <summary>
/// A document's PDF or DOCX, fetched from the gateway with the user's token and streamed on: the browser has only the
/// session cookie, never the token. "inline" for the preview frame, an attachment for downloads.
/// </summary>
public static class DocumentContentApi
{
    public static IEndpointRouteBuilder MapDocumentContentApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/documents/{id:guid}/{format:regex(^(pdf|docx)$)}", Content).RequireAuthorization();
        return app;
    }

    public static async Task Content(Guid id, string format, bool? download, HttpContext context, GatewayClient gateway)
    {
        using var answer = await gateway.GetStreamAsync(
            $"api/documents/{id}/content?format={format}",
            context.RequestAborted
        );
        context.Response.StatusCode = (int)answer.StatusCode;
        if (!answer.IsSuccessStatusCode)
            return;
        context.Response.ContentType = answer.Content.Headers.ContentType?.ToString()
            ?? (
                format == "pdf"
                    ? "application/pdf"
                    : "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            );
        var name = $"ita-{id:N}.{format}";
        context.Response.Headers.ContentDisposition =
            download == true || format == "docx" ? $"attachment; filename=\"{name}\"" : $"inline; filename=\"{name}\"";
        context.Response.Headers.CacheControl = "private, no-store";
        await answer.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
