namespace Ita.Micro.ScoreIngestion.Model;

/// <summary>An organisation of the registry; scores refer to it by code.</summary>
public sealed class Organisation
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Type { get; set; }
    public required string Province { get; set; }
    public string? District { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}
