namespace Ita.Micro.Contracts;

/// <summary>Published evidence of a measure's progress (an http or https address).</summary>
public sealed record EvidenceLink
{
    public required string Url { get; init; }
    public required string Title { get; init; }
    public DateOnly? PublishedOn { get; init; }
}
