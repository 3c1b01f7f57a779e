using System.Security.Claims;

namespace Ita.Micro.ServiceDefaults.Security;

/// <summary>
/// The one place that says which organisation's data a caller may read or change; every service's handlers ask it
/// with the organisation (code and province) of what they load. A caller that may not read an organisation is
/// answered 404 as if it did not exist (nothing about it leaks); one that may read but not change it gets 403.
/// </summary>
public static class OrganisationAccess
{
    /// <summary>What the caller may read: national admins everything, overseers their province, officers and approvers their organisation.</summary>
    public static OrganisationScope Scope(ClaimsPrincipal user)
    {
        if (user.IsInRole(ItaRoles.NationalAdmin))
            return OrganisationScope.All;
        var organisation = Claim(user, ItaClaims.Organisation);
        var province = OrganisationScope.BareProvince(Claim(user, ItaClaims.Province));
        var officer = user.IsInRole(ItaRoles.Officer) || user.IsInRole(ItaRoles.Approver);
        var overseer = user.IsInRole(ItaRoles.ProvinceOverseer);
        return new OrganisationScope(false, officer ? organisation : null, overseer ? province : null) switch
        {
            { OrganisationCode: null, Province: null } => OrganisationScope.Nothing,
            var scope => scope,
        };
    }

    /// <param name="province">The organisation's province as this service knows it; null when unknown (then only its own officers and national admins read it).</param>
    public static bool CanRead(ClaimsPrincipal user, string organisationCode, string? province) =>
        Scope(user).Includes(organisationCode, province);

    /// <summary>
    /// The area whose figures the caller may see as a whole (oversight, dashboards): national admins the nation (a
    /// null area) or any province asked for; a province overseer its own province, whatever it names or if it names
    /// none; anyone else nothing (<see cref="OverseenArea.Allowed"/> false). The area is a bare province name.
    /// </summary>
    /// <param name="province">The province asked for; null or blank for the nation (national admins) or one's own.</param>
    public static OverseenArea Oversees(ClaimsPrincipal user, string? province)
    {
        var asked = OrganisationScope.BareProvince(province);
        var scope = Scope(user);
        if (scope.Everything)
            return new OverseenArea(true, asked);
        if (!user.IsInRole(ItaRoles.ProvinceOverseer) || scope.Province is null)
            return new OverseenArea(false, null);
        return asked is null || asked == scope.Province
            ? new OverseenArea(true, scope.Province)
            : new OverseenArea(false, scope.Province);
    }

    /// <summary>National admins, and officers and approvers of the organisation itself; overseers only read.</summary>
    public static bool CanWrite(ClaimsPrincipal user, string organisationCode) =>
        user.IsInRole(ItaRoles.NationalAdmin)
        || ((user.IsInRole(ItaRoles.Officer) || user.IsInRole(ItaRoles.Approver)) && IsOwn(user, organisationCode));

    /// <summary>Approving a plan: the approver role of that very organisation.</summary>
    public static bool CanApprove(ClaimsPrincipal user, string organisationCode) =>
        user.IsInRole(ItaRoles.Approver) && IsOwn(user, organisationCode);

    private static bool IsOwn(ClaimsPrincipal user, string organisationCode) =>
        Claim(user, ItaClaims.Organisation) is { } own
        && string.Equals(own, organisationCode?.Trim(), StringComparison.Ordinal);

    private static string? Claim(ClaimsPrincipal user, string type) =>
        user.FindFirst(type)?.Value.Trim() is { Length: > 0 } value ? value : null;
}
