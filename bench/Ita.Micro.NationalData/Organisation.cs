using Ita.Micro.Contracts;

namespace Ita.Micro.NationalData;

/// <summary>A generated organisation: what is written (the contract's <see cref="OrganisationInfo"/>) and its type.</summary>
internal sealed record Organisation(OrganisationInfo Info, OrganisationType Type);
