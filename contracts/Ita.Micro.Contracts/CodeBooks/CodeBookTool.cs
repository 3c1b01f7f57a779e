namespace Ita.Micro.Contracts.CodeBooks;

/// <summary>IIT, EIT or OIT with its weight in the total (0.30 = 30 %).</summary>
public sealed record CodeBookTool
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required decimal Weight { get; init; }
    public bool Verified { get; init; }
}
