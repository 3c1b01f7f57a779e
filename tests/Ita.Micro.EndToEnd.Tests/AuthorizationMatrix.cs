using Ita.Micro.ServiceDefaults.Security;
using Ita.Micro.Testing;
using static Ita.Micro.EndToEnd.Tests.SecurityData;

namespace Ita.Micro.EndToEnd.Tests;

/// <summary>
/// Who may do what, as a table the matrix test walks: every caller against every endpoint, with its own
/// organisation, a neighbour of the same province and one far away. To cover a new endpoint add rows here: an
/// organisation's data to <see cref="OrganisationReads"/> (expected statuses follow from <see cref="Reach"/>),
/// anything else to <see cref="Rules"/>.
/// </summary>
public static class AuthorizationMatrix
{
    public const string None = "none", Officer = "officer", Approver = "approver", Overseer = "overseer",
        FarOverseer = "far-overseer", Admin = "admin", Integration = "integration";

    private const int Ok = 200, Created = 201, Accepted = 202, BadRequest = 400, Unauthorized = 401, Forbidden = 403, NotFound = 404;

    public static readonly string[] Callers = [None, Officer, Approver, Overseer, FarOverseer, Admin, Integration];
    private static readonly string[] People = [Officer, Approver, Overseer, FarOverseer, Admin];

    /// <summary>The caller's token (null: no Authorization header).</summary>
    public static string? Token(string caller) => caller switch
    {
        None => null,
        Officer => TestTokens.For(ItaRoles.Officer, Own),
        Approver => TestTokens.For(ItaRoles.Approver, Own),
        Overseer => TestTokens.For(ItaRoles.ProvinceOverseer, province: Tak),
        FarOverseer => TestTokens.For(ItaRoles.ProvinceOverseer, province: ChiangMai),
        Admin => TestTokens.For(ItaRoles.NationalAdmin),
        Integration => TestTokens.For(ItaRoles.Integration),
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, null),
    };

    /// <summary>The organisations whose data the caller may read; the others must never appear in its answers.</summary>
    public static string[] Reach(string caller) => caller switch
    {
        Officer or Approver => [Own],
        Overseer => [Own, Neighbour],
        FarOverseer => [Far],
        Admin => [Own, Neighbour, Far],
        _ => [],
    };

    /// <summary>One organisation's data, {org} in the path: 200 within reach, 404 outside it (as if it did not exist).</summary>
    public static readonly string[] OrganisationReads =
    [
        "/api/assessments/{org}",
        "/api/assessments/{org}/2568",
        "/api/assessments/{org}/2568/revisions",
        "/api/organisations/{org}",
        "/api/analyses/{org}",
        "/api/analyses/{org}/2568",
        "/api/analyses/{org}/trend",
        "/api/analyses/{org}/2568/peers",
    ];

    /// <summary>Lists (filtered to the reach, which they must name), reference data, administration, imports.</summary>
    public static IEnumerable<AccessRule> Rules()
    {
        foreach (var caller in Callers)
        {
            var person = People.Contains(caller);
            var denied = caller == None ? Unauthorized : Forbidden;
            var admin = caller == Admin;
            var importer = caller is Admin or Integration;

            // Lists: every person gets one, holding exactly its reach.
            yield return new(caller, "GET", "/api/analyses?year=2568&pageSize=200", person ? Ok : denied, Sees: Reach(caller));
            yield return new(caller, "GET", "/api/organisations?pageSize=1000", person ? Ok : denied, Sees: Reach(caller));

            // Reference data every person reads.
            yield return new(caller, "GET", "/api/statistics/2568", person ? Ok : denied);
            yield return new(caller, "GET", "/api/catalogue", person ? Ok : denied);
            yield return new(caller, "GET", "/api/catalogue/versions", person ? Ok : denied);
            yield return new(caller, "GET", "/api/codebooks", person ? Ok : denied);
            yield return new(caller, "GET", "/api/codebooks/2568", person ? Ok : denied);

            // Administration: national admins only (their empty bodies are refused as invalid, past authorization).
            yield return new(caller, "PUT", "/api/codebooks/2568", admin ? BadRequest : denied, Body: "{}");
            yield return new(caller, "PUT", "/api/catalogue/measures/security-test", admin ? BadRequest : denied, Body: "{}");
            yield return new(caller, "DELETE", "/api/catalogue/measures/security-test", admin ? NotFound : denied);
            yield return new(caller, "PUT", "/api/catalogue", admin ? BadRequest : denied, Body: "[]");
            yield return new(caller, "POST", "/api/organisations", admin ? Ok : denied, Body: FarRegistryCsv, ContentType: "text/csv");

            // Imports: integrations and national admins (the same scores again record nothing new).
            yield return new(caller, "POST", "/api/imports", importer ? Accepted : denied, Body: ImportBody());
            yield return new(caller, "GET", "/api/imports/{import}", importer ? Ok : denied);
        }
    }

    /// <summary>Every row: <see cref="OrganisationReads"/> for each caller and organisation, then <see cref="Rules"/>.</summary>
    public static IEnumerable<AccessRule> All()
    {
        foreach (var caller in Callers)
        foreach (var path in OrganisationReads)
        foreach (var organisation in new[] { Own, Neighbour, Far })
        {
            var expected = caller switch
            {
                None => Unauthorized,
                Integration => Forbidden,
                _ => Reach(caller).Contains(organisation) ? Ok : NotFound,
            };
            yield return new(caller, "GET", path.Replace("{org}", organisation, StringComparison.Ordinal), expected);
        }
        foreach (var rule in Rules()) yield return rule;
    }
}
