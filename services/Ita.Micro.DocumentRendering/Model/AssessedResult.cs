namespace Ita.Micro.DocumentRendering.Model;

/// <summary>
/// The assessed year's ITA total and official rating, from the analysis this service kept, when it has one.
/// </summary>
/// <param name="Rating">The official label; null when undetermined (only pass or fail is known).</param>
public sealed record AssessedResult(decimal Total, string? Rating, bool Passed);
