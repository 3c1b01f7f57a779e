using System.Text.Json;
using Ita.Micro.Contracts;

namespace Ita.Micro.ScoreIngestion.Model;

public sealed record AssessmentResponse(
    Guid Id,
    OrganisationInfo Organisation,
    int FiscalYear,
    int Revision,
    AssessmentScores Scores,
    string? PublishedRating,
    Guid ImportId,
    DateTime RecordedAtUtc
)
{
    public static AssessmentResponse From(Assessment a) =>
        new(
            a.Id,
            new OrganisationInfo
            {
                Code = a.OrganisationCode,
                Name = a.OrganisationName,
                Type = a.OrganisationType,
                Province = a.Province,
                District = a.District,
            },
            a.FiscalYear,
            a.Revision,
            JsonSerializer.Deserialize<AssessmentScores>(a.ScoresJson, JsonSerializerOptions.Web)!,
            a.PublishedRating,
            a.ImportId,
            a.RecordedAtUtc
        );
}
