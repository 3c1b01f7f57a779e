namespace Ita.Micro.Contracts;

/// <summary>An ITA indicator by number with its Thai name in the plan's assessed year.</summary>
public sealed record IndicatorRef
{
    public required int Number { get; init; }
    public required string Name { get; init; }
}
