using Ita.Micro.Contracts;

namespace Ita.Micro.ScoreIngestion.Model;

/// <summary>The JSON body of <c>POST /api/imports</c>.</summary>
public sealed record ImportRequest
{
    /// <summary>Who sends the scores (an integration's or office's name).</summary>
    public string? Source { get; init; }
    public IReadOnlyList<SubmittedAssessment>? Assessments { get; init; }
}
