namespace Ita.Micro.ServiceDefaults.Security;

/// <summary>The roles a token's "role" claim may name; what each may do is decided in <see cref="OrganisationAccess"/>.</summary>
public static class ItaRoles
{
    /// <summary>Works on its own organisation's data (reads and changes it).</summary>
    public const string Officer = "officer";

    /// <summary>An officer who also approves its own organisation's plans.</summary>
    public const string Approver = "approver";

    /// <summary>Reads every organisation of its province, changes nothing.</summary>
    public const string ProvinceOverseer = "province-overseer";

    /// <summary>Reads and changes everything, and alone maintains code books and the catalogue.</summary>
    public const string NationalAdmin = "national-admin";

    /// <summary>A system, not a person: submits score imports and reads their status, nothing else.</summary>
    public const string Integration = "integration";

    /// <summary>Roles of people, who may read the system's data (each within its reach).</summary>
    public static readonly string[] People = [Officer, Approver, ProvinceOverseer, NationalAdmin];

    public static readonly string[] All = [Officer, Approver, ProvinceOverseer, NationalAdmin, Integration];
}
