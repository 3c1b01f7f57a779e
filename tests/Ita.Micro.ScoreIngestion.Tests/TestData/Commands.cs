using Ita.Micro.Contracts;

namespace Ita.Micro.ScoreIngestion.Tests.TestData;

public static class Commands
{
    /// <summary>A <see cref="SubmitScoreImport"/> of the given rows (by default the two rows of the sample).</summary>
    public static SubmitScoreImport Submit(Guid? importId = null, params SubmittedAssessment[] assessments) =>
        new()
        {
            ImportId = importId ?? Guid.NewGuid(),
            Source = "integration-test",
            Assessments =
                assessments.Length > 0
                    ? assessments
                    : [AssessmentBuilder.PreviousYear().Build(), new AssessmentBuilder().Build()],
            SubmittedAtUtc = DateTime.UtcNow,
        };
}
