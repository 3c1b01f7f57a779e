namespace Ita.Micro.DocumentRendering.Model;

/// <summary>This service's copy of the registry entry of an organisation, from OrganisationRegistered.</summary>
public sealed class RegisteredOrganisation
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Type { get; set; }
    public required string Province { get; set; }
    public string? District { get; set; }
}
