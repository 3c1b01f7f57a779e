namespace Ita.Micro.Contracts;

/// <summary>
/// The organisation registry added an organisation or changed its name, type, province or district, so that every
/// service keeps its own copy. Business key: Organisation.Code.
/// </summary>
public sealed record OrganisationRegistered
{
    public required OrganisationInfo Organisation { get; init; }
    public required DateTime RegisteredAtUtc { get; init; }
}
