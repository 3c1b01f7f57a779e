using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Services;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.MeasureTracking.Tests;

/// <summary>
/// I15PlanCoverageCounts adds each plan's urgent findings and how many a measure answers; plans stored before it are
/// marked uncounted and counted at start-up by the same rule every save uses, so oversight never reads them as zero.
/// </summary>
public sealed class PlanCoverageCountsMigrationTests : IDisposable
{
    private readonly MigratedDatabaseFile<MeasureTrackingDbContext> _file = new(options => new MeasureTrackingDbContext(
        options
    ));

    [Fact]
    public async Task Plans_stored_before_the_counts_are_counted_once_at_start_up()
    {
        await using var db = _file.Open();
        await MigratedDatabaseFile<MeasureTrackingDbContext>.MigrateToJustBeforeAsync(db, "I15PlanCoverageCounts");
        // Ids as EF stores them (upper-case text). Urgent: indicator 4, and item O30 of indicator 9 by its concept; measures: one for 4, one dropped for 9.
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO Plans (Id, OrganisationCode, OrganisationName, Province, AssessedFiscalYear, PlanFiscalYear, AnalysisId, AnalysisRevision, "
                + "Status, DraftedAtUtc, UrgentFindings) VALUES ('7D7D7D7D-1111-4C1E-9D7E-0A1B2C3D4E5F', '6630801', 'ทต.แม่จัน', 'ตาก', 2568, 2569, "
                + "'2b5e0d3a-1111-4c1e-9d7e-0a1b2c3d4e5f', 1, 'Draft', '2026-01-01 00:00:00', {0})",
            "[{\"indicator\":4,\"itemCode\":null,\"itemConcept\":null},{\"indicator\":9,\"itemCode\":\"O30\",\"itemConcept\":\"oit-asset-borrow\"}]"
        );
        foreach (var (id, indicator, status) in new[] { ("A1", 4, "InProgress"), ("A2", 9, "Dropped") })
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO Measures (Id, EditedByOfficer, Finding, FollowUp, Indicators, ItemConcepts, \"Order\", Period, PeriodEnd, PeriodStart, "
                    + "PlanId, ResponsibleUnits, Status, Steps, Target, Title, Version) VALUES ({0}, 0, 'ข้อค้นพบ', '', {1}, '[]', 1, 'ไตรมาส 1-4', "
                    + "'2026-09-30', '2025-10-01', '7D7D7D7D-1111-4C1E-9D7E-0A1B2C3D4E5F', '[]', {2}, '[]', '', 'มาตรการ', 1)",
                $"{id}000000-1111-4C1E-9D7E-0A1B2C3D4E5F",
                $"[{{\"number\":{indicator},\"name\":\"ตัวชี้วัด\"}}]",
                status
            );

        await db.Database.MigrateAsync();
        Assert.Equal(-1, await db.Plans.Select(p => p.UrgentFindingCount).SingleAsync());

        Assert.Equal(1, await PlanCoverage.CountUncountedAsync(db, CancellationToken.None));
        var plan = await db.Plans.AsNoTracking().SingleAsync();
        Assert.Equal((2, 1), (plan.UrgentFindingCount, plan.UrgentFindingsCovered));
        Assert.Equal(0, await PlanCoverage.CountUncountedAsync(db, CancellationToken.None));
    }

    public void Dispose() => _file.Dispose();
}
