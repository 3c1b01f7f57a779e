namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>What the evidence page sends to register a link.</summary>
public sealed record EvidenceLinkBody(string? ItemCode, string? Url, string? Title, DateOnly? PublishedOn);
