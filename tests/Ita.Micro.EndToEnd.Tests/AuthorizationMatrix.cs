using Ita.Micro.ServiceDefaults.Security;
using Ita.Micro.Testing;
using static Ita.Micro.EndToEnd.Tests.SecurityData;

namespace Ita.Micro.EndToEnd.Tests;

/// <summary>
/// Who may do what, as a table the matrix test walks: every caller against every endpoint, with its own
/// organisation, a neighbour of the same province and one far away. To cover a new endpoint add rows here: an
/// organisation's data to <see cref="OrganisationReads"/> (expected statuses follow from <see cref="Reach"/>), changes
/// to it to <see cref="OrganisationWrites"/>, anything else to <see cref="Rules"/>.
/// </summary>
public static class AuthorizationMatrix
{
    public const string None = "none",
        Officer = "officer",
        Approver = "approver",
        Overseer = "overseer",
        FarOverseer = "far-overseer",
        Admin = "admin",
        Integration = "integration";

    private const int Ok = 200,
        Created = 201,
        Accepted = 202,
        BadRequest = 400,
        Unauthorized = 401,
        Forbidden = 403,
        NotFound = 404,
        Conflict = 409;

    public static readonly string[] Callers = [None, Officer, Approver, Overseer, FarOverseer, Admin, Integration];
    private static readonly string[] People = [Officer, Approver, Overseer, FarOverseer, Admin];

    /// <summary>The caller's token (null: no Authorization header).</summary>
    public static string? Token(string caller) =>
        caller switch
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
    public static string[] Reach(string caller) =>
        caller switch
        {
            Officer or Approver => [Own],
            Overseer => [Own, Neighbour],
            FarOverseer => [Far],
            Admin => [Own, Neighbour, Far],
            _ => [],
        };

    /// <summary>
    /// One organisation's data, {org} in the path ({plan:{org}}, {measure:{org}}, {document:{org}}: its plan, a measure
    /// of it, its analysis document; see <see cref="SecuritySeed"/>): 200 within reach, 404 outside it (as if it did not exist).
    /// </summary>
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
        "/api/plans/{org}",
        "/api/plans/{org}/2569",
        "/api/plans/{plan:{org}}",
        "/api/plans/{plan:{org}}/measures/{measure:{org}}",
        "/api/plans/{plan:{org}}/measures/{measure:{org}}/progress",
        "/api/plans/{plan:{org}}/reports",
        "/api/plans/{plan:{org}}/follow-up",
        "/api/plans/{plan:{org}}/audit",
        "/api/plans/organisations/{org}/units",
        "/api/plans/organisations/{org}/audit",
        "/api/evidence/organisations/{org}/2569",
        "/api/documents/{document:{org}}",
        "/api/documents/{document:{org}}/content",
        "/api/documents/{document:{org}}/content?format=docx",
        "/api/documents/{document:{org}}/preview",
    ];

    private const string StaleVersion = "{\"version\":999999}";

    /// <summary>
    /// Changes to one organisation's plan, {org} as in <see cref="OrganisationReads"/>, each sent so that it changes
    /// nothing (a stale version, an invalid body, a draft's state or an unknown update) and answers
    /// <c>Status</c> to whoever may change the organisation's data: its officers and approvers, national admins. Overseers
    /// within reach get 403; everyone else 404.
    /// </summary>
    public static readonly (string Method, string Path, string? Body, int Status)[] OrganisationWrites =
    [
        ("POST", "/api/plans/{plan:{org}}/measures", "{}", BadRequest),
        ("PUT", "/api/plans/{plan:{org}}/measures/{measure:{org}}", "{}", BadRequest),
        ("DELETE", "/api/plans/{plan:{org}}/measures/{measure:{org}}?version=999999", null, Conflict),
        // A draft takes no progress yet; an update that does not exist is not found.
        ("POST", "/api/plans/{plan:{org}}/measures/{measure:{org}}/progress", "{}", Conflict),
        (
            "PUT",
            "/api/plans/{plan:{org}}/measures/{measure:{org}}/progress/00000000-0000-0000-0000-000000000001",
            "{}",
            NotFound
        ),
        (
            "POST",
            "/api/plans/{plan:{org}}/reports",
            "{\"period\":\"SixMonths\",\"signatories\":[{\"name\":\"นายทดสอบ\",\"position\":\"ปลัด\"},{\"name\":\"นายผู้บริหาร\",\"position\":\"นายก\"}]}",
            Conflict
        ),
        // A report that does not exist cannot be superseded.
        (
            "POST",
            "/api/plans/{plan:{org}}/reports/00000000-0000-0000-0000-000000000001/supersede",
            "{\"reason\":\"แก้ชื่อผู้ลงนาม\",\"signatories\":[{\"name\":\"นายทดสอบ\",\"position\":\"ปลัด\"},{\"name\":\"นายผู้บริหาร\",\"position\":\"นายก\"}]}",
            NotFound
        ),
        ("POST", "/api/plans/{plan:{org}}/publish", StaleVersion, Conflict),
        ("POST", "/api/plans/{plan:{org}}/close", StaleVersion, Conflict),
        ("PUT", "/api/plans/organisations/{org}/units", "{\"version\":999999,\"units\":[\"สำนักปลัด\"]}", Conflict),
        ("POST", "/api/evidence/organisations/{org}/2569/links", "{}", BadRequest),
        // The organisation has no links: nothing is queued.
        ("POST", "/api/evidence/organisations/{org}/2569/check", null, Accepted),
    ];

    /// <summary>Approving: only the organisation's approver (409 here: a stale version); others within reach 403, the rest 404.</summary>
    private const string Approval = "{\"version\":999999,\"approver\":{\"name\":\"นายทดสอบ\",\"position\":\"ปลัด\"}}";

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
            yield return new(
                caller,
                "GET",
                "/api/analyses?year=2568&pageSize=200",
                person ? Ok : denied,
                Sees: Reach(caller)
            );
            yield return new(
                caller,
                "GET",
                "/api/organisations?pageSize=1000",
                person ? Ok : denied,
                Sees: Reach(caller)
            );

            // Reference data every person reads.
            yield return new(caller, "GET", "/api/statistics/2568", person ? Ok : denied);
            yield return new(caller, "GET", "/api/catalogue", person ? Ok : denied);
            yield return new(caller, "GET", "/api/catalogue/versions", person ? Ok : denied);
            yield return new(caller, "GET", "/api/codebooks", person ? Ok : denied);
            yield return new(caller, "GET", "/api/codebooks/2568", person ? Ok : denied);

            // Administration: national admins only (their empty bodies are refused as invalid, past authorization).
            yield return new(caller, "PUT", "/api/codebooks/2568", admin ? BadRequest : denied, Body: "{}");
            yield return new(
                caller,
                "PUT",
                "/api/catalogue/measures/security-test",
                admin ? BadRequest : denied,
                Body: "{}"
            );
            yield return new(caller, "DELETE", "/api/catalogue/measures/security-test", admin ? NotFound : denied);
            yield return new(caller, "PUT", "/api/catalogue", admin ? BadRequest : denied, Body: "[]");
            yield return new(
                caller,
                "POST",
                "/api/organisations",
                admin ? Ok : denied,
                Body: FarRegistryCsv,
                ContentType: "text/csv"
            );

            // Plans and documents lists; oversight: national admins the nation, overseers their province, officers none.
            yield return new(
                caller,
                "GET",
                "/api/plans?fiscalYear=2569&pageSize=200",
                person ? Ok : denied,
                Sees: Reach(caller)
            );
            yield return new(
                caller,
                "GET",
                "/api/documents?fiscalYear=2568",
                person ? Ok : denied,
                Sees: Reach(caller)
            );
            var overseer = caller is Admin or Overseer or FarOverseer;
            yield return new(caller, "GET", "/api/plans/oversight?fiscalYear=2569", overseer ? Ok : denied);
            yield return new(
                caller,
                "GET",
                $"/api/plans/oversight?province={Tak}&fiscalYear=2569",
                caller is Admin or Overseer ? Ok : denied
            );
            yield return new(caller, "GET", "/api/evidence/oversight?fiscalYear=2569", overseer ? Ok : denied);
            yield return new(
                caller,
                "GET",
                $"/api/evidence/oversight?province={Tak}&fiscalYear=2569",
                caller is Admin or Overseer ? Ok : denied
            );
            // No such link, whoever asks; the calendar every person reads (none set here), national admins alone set it.
            yield return new(
                caller,
                "GET",
                "/api/evidence/links/00000000-0000-0000-0000-000000000001",
                person ? NotFound : denied
            );
            yield return new(caller, "GET", "/api/calendar/2569", person ? NotFound : denied);
            yield return new(caller, "GET", "/api/calendar/2569/history", person ? Ok : denied);
            yield return new(caller, "PUT", "/api/calendar/2569", admin ? BadRequest : denied, Body: "{}");
            // No report is submitted for a draft: within reach or not, there is none.
            yield return new(caller, "GET", "/api/plans/{plan:{own}}/reports/SixMonths", person ? NotFound : denied);

            // Summaries: a province's for its overseers, the nation's for national admins (the same data again is the same document).
            yield return new(
                caller,
                "POST",
                "/api/documents",
                caller is Admin or Overseer ? Accepted : denied,
                Body: $"{{\"kind\":\"Summary\",\"fiscalYear\":2568,\"province\":\"{Tak}\"}}"
            );
            yield return new(
                caller,
                "POST",
                "/api/documents",
                admin ? Accepted : denied,
                Body: "{\"kind\":\"Summary\",\"fiscalYear\":2568}"
            );

            // Imports: integrations and national admins (the same scores again record nothing new).
            yield return new(caller, "POST", "/api/imports", importer ? Accepted : denied, Body: ImportBody());
            yield return new(caller, "GET", "/api/imports/{import}", importer ? Ok : denied);
        }
    }

    /// <summary>
    /// Every row: <see cref="OrganisationReads"/>, then <see cref="OrganisationWrites"/>, approving and re-rendering for
    /// each caller and organisation, then <see cref="Rules"/>.
    /// </summary>
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
        foreach (var caller in Callers)
        foreach (var organisation in new[] { Own, Neighbour, Far })
        {
            var within = Reach(caller).Contains(organisation);
            int Expected(int allowed, bool may) =>
                caller switch
                {
                    None => Unauthorized,
                    Integration => Forbidden,
                    _ when !within => NotFound,
                    _ => may ? allowed : Forbidden,
                };
            string Fill(string text) => text.Replace("{org}", organisation, StringComparison.Ordinal);
            foreach (var (method, path, body, status) in OrganisationWrites)
                yield return new(
                    caller,
                    method,
                    Fill(path),
                    Expected(status, caller is Officer or Approver or Admin),
                    Body: body
                );
            yield return new(
                caller,
                "POST",
                Fill("/api/plans/{plan:{org}}/approve"),
                Expected(Conflict, caller is Approver),
                Body: Approval
            );
            // Rendering an organisation's document again changes no data: whoever reads the organisation may ask.
            yield return new(
                caller,
                "POST",
                "/api/documents",
                Expected(Accepted, true),
                Body: Fill("{\"kind\":\"Analysis\",\"fiscalYear\":2568,\"organisationCode\":\"{org}\"}")
            );
        }
        foreach (var rule in Rules())
            yield return rule;
    }
}
