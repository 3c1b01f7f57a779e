using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Ita.Micro.ServiceDefaults.Http;

/// <summary>Who made a request, for audit trails: the one place every service asks.</summary>
public static class CurrentUser
{
    /// <summary>The header the gateway forwards the caller's id in.</summary>
    public const string Header = "X-User-Id";

    public const string Unknown = "unknown";

    /// <summary>The authenticated subject when there is one, else the forwarded header, else "unknown".</summary>
    public static string Id(HttpContext context)
    {
        var subject = context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? context.User.FindFirstValue("sub");
        if (!string.IsNullOrWhiteSpace(subject))
            return subject.Trim();
        var forwarded = context.Request.Headers[Header].ToString().Trim();
        return forwarded.Length == 0 ? Unknown : forwarded;
    }
}
