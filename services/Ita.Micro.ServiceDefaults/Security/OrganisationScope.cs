namespace Ita.Micro.ServiceDefaults.Security;

/// <summary>
/// The organisations a caller may read: every one, one organisation, one province's, or none. Built by
/// <see cref="OrganisationAccess.Scope"/>; lists filter with <see cref="OrganisationQueryExtensions.VisibleTo{T}"/>.
/// </summary>
public sealed record OrganisationScope(bool Everything, string? OrganisationCode, string? Province)
{
    public static readonly OrganisationScope All = new(true, null, null);
    public static readonly OrganisationScope Nothing = new(false, null, null);

    private const string ProvincePrefix = "จังหวัด";

    public bool Includes(string organisationCode, string? province) =>
        Everything
        || (
            OrganisationCode is not null
            && string.Equals(OrganisationCode, organisationCode?.Trim(), StringComparison.Ordinal)
        )
        || (
            Province is not null
            && BareProvince(province) is { } bare
            && string.Equals(Province, bare, StringComparison.Ordinal)
        );

    /// <summary>
    /// A province as the registry spells it: NFC, trimmed, without the "จังหวัด" prefix an identity provider may
    /// add ("จังหวัดตาก" is ตาก); null when empty.
    /// </summary>
    public static string? BareProvince(string? province)
    {
        var text = province?.Normalize(System.Text.NormalizationForm.FormC).Trim();
        if (
            text is { Length: > 0 }
            && text.StartsWith(ProvincePrefix, StringComparison.Ordinal)
            && text.Length > ProvincePrefix.Length
        )
            text = text[ProvincePrefix.Length..].TrimStart();
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
