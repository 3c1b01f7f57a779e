namespace Ita.Micro.Contracts.CodeBooks;

/// <summary>One of the ten indicators (ตัวชี้วัด) and the tool that measures it.</summary>
public sealed record CodeBookIndicator
{
    public required int Number { get; init; }
    public required string Name { get; init; }
    public required string Tool { get; init; }
}
