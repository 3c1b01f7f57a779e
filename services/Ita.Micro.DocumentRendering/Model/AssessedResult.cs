namespace Ita.Micro.DocumentRendering.Model;

/// <summary>The assessed year's ITA total and rating, from the analysis this service kept, when it has one.</summary>
public sealed record AssessedResult(decimal Total, string Rating);
