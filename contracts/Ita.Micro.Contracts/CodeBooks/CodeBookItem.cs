namespace Ita.Micro.Contracts.CodeBooks;

/// <summary>
/// A question (i…, e…) or OIT item (O…). Codes are renumbered between years; <see cref="Concept"/> is the
/// stable key that lets a year be compared with the one before.
/// </summary>
public sealed record CodeBookItem
{
    public required string Code { get; init; }
    public required int Indicator { get; init; }
    public string? SubIndicator { get; init; }
    public required string Label { get; init; }
    public string? Concept { get; init; }
    public bool Verified { get; init; }
}
