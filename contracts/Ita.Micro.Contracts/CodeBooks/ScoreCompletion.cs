namespace Ita.Micro.Contracts.CodeBooks;

/// <summary>Scores with what the code book allows filled in, and the published values that disagree with it.</summary>
public sealed record ScoreCompletion(AssessmentScores Scores, IReadOnlyList<string> Warnings);
