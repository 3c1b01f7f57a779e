namespace Ita.Micro.ServiceDefaults.Security;

/// <summary>
/// Authorization policy names for endpoints (<c>RequireAuthorization(ItaPolicies.NationalAdmin)</c>). Endpoints that
/// name none get the fallback: an authenticated person (any role but integration). Which organisation a person may
/// touch is not a policy: handlers ask <see cref="OrganisationAccess"/> with the organisation they load.
/// </summary>
public static class ItaPolicies
{
    /// <summary>Any person role: the fallback of every endpoint that names no policy.</summary>
    public const string Person = "ita-person";

    /// <summary>Code books, the measure catalogue, the organisation registry: national administrators only.</summary>
    public const string NationalAdmin = "ita-national-admin";

    /// <summary>Submitting score imports and reading their status: integrations and national administrators.</summary>
    public const string Imports = "ita-imports";
}
