using Ita.Micro.ServiceDefaults.Security;

namespace Ita.Micro.ServiceDefaults.Tests.Security;

/// <summary>Who may read, change and approve which organisation: the rules every service asks.</summary>
public sealed class OrganisationAccessTests
{
    private const string Own = "6630801",
        Neighbour = "6630802",
        Far = "5010001";
    private const string Tak = "ตาก",
        ChiangMai = "เชียงใหม่";

    private sealed record Row(string Name, string Id, string Province);

    private static readonly Row[] Rows =
    [
        new("own", Own, Tak),
        new("neighbour", Neighbour, Tak),
        new("far", Far, ChiangMai),
    ];

    public static TheoryData<string, string?, string?, string, bool, bool, bool> Cases =>
        new()
        {
            // role, org claim, province claim, organisation, read, write, approve
            { ItaRoles.Officer, Own, null, Own, true, true, false },
            { ItaRoles.Officer, Own, null, Neighbour, false, false, false },
            { ItaRoles.Officer, Own, Tak, Far, false, false, false },
            { ItaRoles.Approver, Own, null, Own, true, true, true },
            { ItaRoles.Approver, Own, null, Neighbour, false, false, false },
            { ItaRoles.ProvinceOverseer, null, Tak, Own, true, false, false },
            { ItaRoles.ProvinceOverseer, null, Tak, Neighbour, true, false, false },
            { ItaRoles.ProvinceOverseer, null, Tak, Far, false, false, false },
            // An overseer's organisation claim gives it nothing beyond its province.
            { ItaRoles.ProvinceOverseer, Far, Tak, Far, false, false, false },
            { ItaRoles.NationalAdmin, null, null, Far, true, true, false },
            { ItaRoles.Integration, Own, Tak, Own, false, false, false },
        };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reading_changing_and_approving_follow_the_role_and_its_organisation_or_province(
        string role,
        string? organisation,
        string? province,
        string target,
        bool read,
        bool write,
        bool approve
    )
    {
        var user = DevelopmentTokens.Principal("someone", role, organisation, province);
        var targetProvince = Rows.Single(r => r.Id == target).Province;

        Assert.Equal(read, OrganisationAccess.CanRead(user, target, targetProvince));
        Assert.Equal(write, OrganisationAccess.CanWrite(user, target));
        Assert.Equal(approve, OrganisationAccess.CanApprove(user, target));
    }

    [Theory]
    [InlineData(ItaRoles.Officer, Own, null, "own")]
    [InlineData(ItaRoles.Approver, Own, null, "own")]
    [InlineData(ItaRoles.ProvinceOverseer, null, Tak, "own,neighbour")]
    [InlineData(ItaRoles.ProvinceOverseer, null, ChiangMai, "far")]
    [InlineData(ItaRoles.NationalAdmin, null, null, "own,neighbour,far")]
    [InlineData(ItaRoles.Integration, Own, Tak, "")]
    [InlineData(ItaRoles.Officer, null, null, "")]
    public void A_list_keeps_only_the_rows_the_caller_may_read(
        string role,
        string? organisation,
        string? province,
        string expected
    )
    {
        var user = DevelopmentTokens.Principal("someone", role, organisation, province);

        var visible = Rows.AsQueryable().VisibleTo(user, r => r.Id, r => r.Province).Select(r => r.Name);

        Assert.Equal(expected, string.Join(',', visible));
    }

    [Theory]
    [InlineData("จังหวัดตาก")]
    [InlineData(" ตาก ")]
    [InlineData("จังหวัด ตาก")]
    public void An_overseers_province_matches_however_the_identity_provider_spells_it(string claimed)
    {
        var user = DevelopmentTokens.Principal("someone", ItaRoles.ProvinceOverseer, province: claimed);

        Assert.True(OrganisationAccess.CanRead(user, Own, Tak));
        Assert.Equal(
            "own,neighbour",
            string.Join(',', Rows.AsQueryable().VisibleTo(user, r => r.Id, r => r.Province).Select(r => r.Name))
        );
    }

    [Fact]
    public void A_caller_without_a_token_reads_nothing()
    {
        var anonymous = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());

        Assert.False(OrganisationAccess.CanRead(anonymous, Own, Tak));
        Assert.Empty(Rows.AsQueryable().VisibleTo(anonymous, r => r.Id, r => r.Province));
    }

    public static TheoryData<string, string?, string?, string?, bool, string?> AreaCases =>
        new()
        {
            // role, org claim, province claim, province asked, allowed, area
            { ItaRoles.NationalAdmin, null, null, null, true, null },
            { ItaRoles.NationalAdmin, null, null, "จังหวัดเชียงใหม่", true, ChiangMai },
            { ItaRoles.ProvinceOverseer, null, "จังหวัดตาก", null, true, Tak },
            { ItaRoles.ProvinceOverseer, null, Tak, " ตาก ", true, Tak },
            { ItaRoles.ProvinceOverseer, null, Tak, ChiangMai, false, Tak },
            { ItaRoles.Officer, Own, Tak, null, false, null },
            { ItaRoles.Approver, Own, Tak, Tak, false, null },
            { ItaRoles.Integration, null, Tak, null, false, null },
        };

    [Theory]
    [MemberData(nameof(AreaCases))]
    public void Only_overseers_see_their_own_province_as_a_whole_and_national_admins_any_area(
        string role,
        string? organisation,
        string? province,
        string? asked,
        bool allowed,
        string? area
    )
    {
        var user = DevelopmentTokens.Principal("someone", role, organisation, province);

        Assert.Equal(new OverseenArea(allowed, area), OrganisationAccess.Oversees(user, asked));
    }
}
