namespace Ita.Micro.Portal.Session;

/// <summary>
/// The claims the portal's session cookie holds: the token's own (sub, role, org, as the APIs read them) and the
/// access token itself, which every API call carries. The cookie is encrypted; the token never reaches the browser's script.
/// </summary>
public static class PortalClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Organisation = "org";
    public const string Province = "province";
    public const string Name = "name";
    public const string AccessToken = "ita:access_token";
    public const string ExpiresAtUtc = "ita:expires_at";

    public const string Officer = "officer";
    public const string Approver = "approver";
    public const string ProvinceOverseer = "province-overseer";
    public const string NationalAdmin = "national-admin";
}
