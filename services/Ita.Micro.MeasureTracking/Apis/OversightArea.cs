using System.Security.Claims;
using Ita.Micro.ServiceDefaults.Security;

namespace Ita.Micro.MeasureTracking.Apis;

/// <summary>
/// The area an oversight read covers: a province overseer's own province (the default when it names none; another is
/// 403), or for a national admin the nation (null) or any province. Officers and approvers get 403.
/// </summary>
public static class OversightArea
{
    /// <param name="refused">The 403's text for callers who oversee nothing, naming what is refused.</param>
    public static (string? Province, IResult? Denied) Of(ClaimsPrincipal user, string? province, string refused)
    {
        var oversees = OrganisationAccess.Oversees(user, province);
        if (oversees.Allowed)
            return (oversees.Province, null);
        return (
            null,
            ApiProblems.Forbidden(
                oversees.Province is { } own
                    ? $"ดูภาพรวมได้เฉพาะจังหวัด{own} (province) / An overseer sees only its own province."
                    : refused
            )
        );
    }
}
