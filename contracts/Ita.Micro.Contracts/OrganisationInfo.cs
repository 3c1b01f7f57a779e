namespace Ita.Micro.Contracts;

/// <summary>
/// The reference data about an organisation (องค์กรปกครองส่วนท้องถิ่น) that travels with every event,
/// so that each service keeps its own copy of names and provinces and never asks another service.
/// </summary>
public sealed record OrganisationInfo
{
    /// <summary>The organisation's code; organisations are referenced by it everywhere.</summary>
    public required string Code { get; init; }
    public required string Name { get; init; }

    /// <summary>อบจ., เทศบาลนคร, เทศบาลเมือง, เทศบาลตำบล, อบต., กรุงเทพมหานคร or เมืองพัทยา.</summary>
    public required string Type { get; init; }
    public required string Province { get; init; }
    public string? District { get; init; }
}
