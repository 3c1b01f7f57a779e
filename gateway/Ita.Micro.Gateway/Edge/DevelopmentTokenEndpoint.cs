using Ita.Micro.ServiceDefaults.Security;
using Microsoft.Extensions.Options;

namespace Ita.Micro.Gateway.Edge;

/// <summary>
/// POST /dev/token?role=officer&amp;org=6630801 — a token signed with the development key, for local runs and
/// `./ita token`. Mapped only in Development and only while the gateway itself trusts that key; elsewhere the path
/// does not exist.
/// </summary>
public static class DevelopmentTokenEndpoint
{
    public static WebApplication MapDevelopmentTokens(this WebApplication app)
    {
        var tokens = app.Services.GetRequiredService<IOptions<TokenOptions>>().Value;
        if (!app.Environment.IsDevelopment() || tokens.SigningKey != DevelopmentTokens.SigningKey)
            return app;
        app.MapPost("/dev/token", Issue).AllowAnonymous().WithTags("Development");
        // Integrations: the OAuth client credentials grant, as production's identity provider offers it.
        app.MapPost("/connect/token", DevelopmentClientCredentials.Issue)
            .AllowAnonymous()
            .DisableAntiforgery()
            .WithTags("Development");
        return app;
    }

    public static IResult Issue(string? role, string? org, string? province, string? sub, int? minutes)
    {
        var errors = new Dictionary<string, string[]>();
        if (role is null || !ItaRoles.All.Contains(role))
            errors["role"] =
            [
                $"role ต้องเป็นหนึ่งใน {string.Join(", ", ItaRoles.All)} / role must be one of {string.Join(", ", ItaRoles.All)}.",
            ];
        if (role is ItaRoles.Officer or ItaRoles.Approver && string.IsNullOrWhiteSpace(org))
            errors["org"] = ["org: ต้องระบุรหัสองค์กร / an officer or approver needs its organisation code."];
        if (role is ItaRoles.ProvinceOverseer && string.IsNullOrWhiteSpace(province))
            errors["province"] = ["province: ต้องระบุจังหวัด / a province overseer needs its province."];
        if (minutes is < 1 or > 24 * 60)
            errors["minutes"] = ["minutes: ต้องอยู่ระหว่าง 1 ถึง 1440 / minutes must be 1–1440."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "คำขอไม่ถูกต้อง / The request is not valid.");

        var lifetime = TimeSpan.FromMinutes(minutes ?? 8 * 60);
        var subject = string.IsNullOrWhiteSpace(sub)
            ? $"dev-{role}{(string.IsNullOrWhiteSpace(org) ? "" : "-" + org.Trim())}"
            : sub.Trim();
        var token = DevelopmentTokens.Create(subject, role!, org?.Trim(), province?.Trim(), lifetime);
        return TypedResults.Ok(
            new
            {
                token,
                subject,
                role,
                expiresAtUtc = DateTime.UtcNow + lifetime,
            }
        );
    }
}
