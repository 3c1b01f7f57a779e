namespace Ita.Micro.ServiceDefaults.Security;

/// <summary>
/// What <see cref="OrganisationAccess.Oversees"/> decided: whether the caller may see the area's figures, and the area
/// (a bare province name; null for the whole nation). When refused, <see cref="Province"/> is the overseer's own
/// province, if it has one, for the message.
/// </summary>
public sealed record OverseenArea(bool Allowed, string? Province);
