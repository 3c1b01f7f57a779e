using System.Globalization;
using System.Security.Claims;

namespace Ita.Micro.Portal.Session;

/// <summary>
/// Who is signed in, as the pages ask it. What a role may do is decided by the APIs (OrganisationAccess); the portal
/// only hides what the same rules would refuse, and shows the API's refusal if asked anyway.
/// </summary>
public sealed record PortalUser(
    string Subject,
    string Role,
    string? OrganisationCode,
    string? Name,
    string AccessToken,
    DateTime ExpiresAtUtc
)
{
    /// <summary>A province overseer's province, as its token names it.</summary>
    public string? Province { get; init; }

    public static PortalUser? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
            return null;
        var token = principal.FindFirst(PortalClaims.AccessToken)?.Value;
        if (string.IsNullOrEmpty(token))
            return null;
        var expires = DateTime.TryParse(
            principal.FindFirst(PortalClaims.ExpiresAtUtc)?.Value,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal,
            out var at
        )
            ? at
            : DateTime.MaxValue;
        return new PortalUser(
            principal.FindFirst(PortalClaims.Subject)?.Value ?? "",
            principal.FindFirst(PortalClaims.Role)?.Value ?? "",
            principal.FindFirst(PortalClaims.Organisation)?.Value,
            principal.FindFirst(PortalClaims.Name)?.Value,
            token,
            expires
        )
        {
            Province = principal.FindFirst(PortalClaims.Province)?.Value,
        };
    }

    /// <summary>Officers and approvers work on their own organisation's plan (the APIs' CanWrite for them).</summary>
    public bool WorksOnOrganisation =>
        Role is PortalClaims.Officer or PortalClaims.Approver && OrganisationCode is not null;

    /// <summary>Only an approver of the organisation approves its plan (the APIs' CanApprove).</summary>
    public bool CanApprove => Role == PortalClaims.Approver && OrganisationCode is not null;

    /// <summary>Province overseers (their province) and national admins (the nation) follow many organisations (the APIs' Oversees).</summary>
    public bool Oversees =>
        Role is PortalClaims.ProvinceOverseer && Province is not null || Role is PortalClaims.NationalAdmin;

    public bool IsNationalAdmin => Role == PortalClaims.NationalAdmin;

    public bool Expired(DateTime nowUtc) => nowUtc >= ExpiresAtUtc;
}
