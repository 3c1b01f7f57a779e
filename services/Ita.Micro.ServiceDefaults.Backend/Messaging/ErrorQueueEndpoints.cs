using Ita.Micro.ServiceDefaults.Http;
using Ita.Micro.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ita.Micro.ServiceDefaults.Messaging;

/// <summary>
/// /ops/errors on each service's own port (the gateway does not route /ops): national administrators list, replay
/// and discard the messages that faulted in this service's consumers (<c>./ita errors</c> calls these). Not part of
/// the public API document.
/// </summary>
public static class ErrorQueueEndpoints
{
    public static IEndpointRouteBuilder MapErrorQueueEndpoints(this IEndpointRouteBuilder app)
    {
        var ops = app.MapGroup("/ops/errors").RequireAuthorization(ItaPolicies.NationalAdmin).ExcludeFromDescription();
        ops.MapGet("/", async (ErrorQueues errors, CancellationToken ct) => Results.Ok(await errors.ListAsync(ct)));
        ops.MapPost(
            "/{queue}/{messageId}/replay",
            async (string queue, string messageId, HttpContext http, ErrorQueues errors, CancellationToken ct) =>
                await errors.ReplayAsync(queue, messageId, CurrentUser.Id(http), ct)
                    ? Results.NoContent()
                    : NotFound(queue, messageId)
        );
        ops.MapDelete(
            "/{queue}/{messageId}",
            async (string queue, string messageId, HttpContext http, ErrorQueues errors, CancellationToken ct) =>
                await errors.DiscardAsync(queue, messageId, CurrentUser.Id(http), ct)
                    ? Results.NoContent()
                    : NotFound(queue, messageId)
        );
        return app;
    }

    private static IResult NotFound(string queue, string messageId) =>
        Results.Problem(
            title: "ไม่พบข้อความในคิวข้อผิดพลาด / Message not found in the error queue",
            detail: $"ไม่มีข้อความ messageId '{messageId}' ในคิว '{queue}_error' ของบริการนี้ / No message with messageId '{messageId}' in this service's '{queue}_error' queue.",
            statusCode: StatusCodes.Status404NotFound
        );
}
