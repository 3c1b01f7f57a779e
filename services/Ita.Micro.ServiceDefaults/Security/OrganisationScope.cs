namespace Ita.Micro.ServiceDefaults.Security;

/// <summary>
/// The organisations a caller may read: every one, one organisation, one province's, or none. Built by
/// <see cref="OrganisationAccess.Scope"/>; lists filter with <see cref="OrganisationQueryExtensions.VisibleTo{T}"/>.
/// </summary>
public sealed record OrganisationScope(bool Everything, string? OrganisationCode, string? Province)
{
    public static readonly OrganisationScope All = new(true, null, null);
    public static readonly OrganisationScope Nothing = new(false, null, null);

    public bool Includes(string organisationCode, string? province) =>
        Everything
        || (OrganisationCode is not null && string.Equals(OrganisationCode, organisationCode?.Trim(), StringComparison.Ordinal))
        || (Province is not null && province is not null && string.Equals(Province, province.Trim(), StringComparison.Ordinal));
}
