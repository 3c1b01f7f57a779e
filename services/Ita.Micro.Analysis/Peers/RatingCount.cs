namespace Ita.Micro.Analysis.Peers;

/// <summary>
/// How many organisations of a year hold an official rating: one row per label of the year's scheme, best first, and
/// the undetermined ones as their own group last (<paramref name="Rating"/> null), never folded into a label.
/// </summary>
public sealed record RatingCount(string? Rating, bool Undetermined, int Count);
