using Ita.Micro.Analysis.Peers;
using Ita.Micro.Contracts;

namespace Ita.Micro.Analysis.Tests.Peers;

/// <summary>Feeds organisations through the updater the way the consumer does: one context and one save per event.</summary>
public static class PeerFeed
{
    public static async Task ApplyAsync(PeerTestDatabase database, PeerOrganisation organisation, int fiscalYear = 2568)
    {
        await using var db = database.Open();
        await PeerStatisticsUpdater.ApplyAsync(db, Analysed(organisation, fiscalYear), CancellationToken.None);
        await db.SaveChangesAsync();
    }

    public static AssessmentAnalysed Analysed(PeerOrganisation organisation, int fiscalYear) =>
        new()
        {
            AnalysisId = Guid.NewGuid(),
            Organisation = new OrganisationInfo
            {
                Code = organisation.Code,
                Name = $"อปท. {organisation.Code}",
                Type = organisation.Type,
                Province = organisation.Province,
            },
            FiscalYear = fiscalYear,
            Revision = organisation.Revision,
            Total = organisation.Total,
            Rating = "ผ่าน",
            Passed = true,
            PassMark = 85m,
            Tools = [],
            Indicators = organisation
                .Indicators.Select((score, i) => (score, indicator: i + 1))
                .Where(x => x.score is not null)
                .Select(x => new IndicatorResult
                {
                    Indicator = x.indicator,
                    Name = $"ตัวชี้วัดที่ {x.indicator}",
                    Tool = "IIT",
                    Score = x.score!.Value,
                    Weak = false,
                })
                .ToList(),
            AnalysedAtUtc = DateTime.UtcNow,
        };
}
