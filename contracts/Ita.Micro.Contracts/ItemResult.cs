namespace Ita.Micro.Contracts;

/// <summary>An item (i…, e…, O…) as analysed: its score, its Thai label from the year's code book and its class.</summary>
public sealed record ItemResult
{
    /// <summary>The code as the year's code book spells it; codes are only meaningful within their fiscal year.</summary>
    public required string Code { get; init; }

    /// <summary>The Thai label from the year's code book, or the code itself when the book does not have the item.</summary>
    public required string Label { get; init; }

    /// <summary>The key that stays the same when items are renumbered between years; null when the book gives none.</summary>
    public string? Concept { get; init; }

    /// <summary>The indicator the item counts for; 0 when the year's code book does not have the item.</summary>
    public required int Indicator { get; init; }
    public required decimal Score { get; init; }
    public required FindingClass Classification { get; init; }

    /// <summary>Why the item is in its class, in Thai, naming the score and the threshold.</summary>
    public required string Reason { get; init; }
}
