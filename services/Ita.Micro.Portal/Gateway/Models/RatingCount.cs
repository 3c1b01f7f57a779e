namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>Organisations of an official rating; Rating null (Undetermined) for those whose level the scores leave open.</summary>
public sealed record RatingCount(string? Rating, bool Undetermined, int Count);
