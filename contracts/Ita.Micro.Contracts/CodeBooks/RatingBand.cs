namespace Ita.Micro.Contracts.CodeBooks;

/// <summary>A rating label, the total it needs and, from 2566, the score every tool must reach as well.</summary>
public sealed record RatingBand
{
    public required string Label { get; init; }
    public required decimal MinTotal { get; init; }
    public decimal? MinEachTool { get; init; }
}
