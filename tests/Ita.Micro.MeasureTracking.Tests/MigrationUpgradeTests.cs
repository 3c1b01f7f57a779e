using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ita.Micro.MeasureTracking.Tests;

/// <summary>A database with plans drafted before the plan life cycle existed, upgraded in place.</summary>
public sealed class MigrationUpgradeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ita-mt-upgrade-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        { /* a leftover temp folder is harmless */
        }
    }

    private MeasureTrackingDbContext Open(string provider)
    {
        var options = new DbContextOptionsBuilder<MeasureTrackingDbContext>();
        options.UseServiceDatabase(
            new DatabaseOptions { Provider = provider, DataDirectory = _folder },
            provider == DatabaseProvider.SqlServer ? "Server=none;Database=none" : null,
            "measure-tracking"
        );
        return new MeasureTrackingDbContext(options.Options);
    }

    [Fact]
    public async Task Measures_drafted_before_the_upgrade_keep_their_indicator_unit_and_get_the_plan_year_as_period()
    {
        var planId = Guid.NewGuid();
        var measureId = Guid.NewGuid();
        await using (var db = Open(DatabaseProvider.Sqlite))
        {
            var initial = db.Database.GetMigrations().First();
            await db.GetService<IMigrator>().MigrateAsync(initial);
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO Plans (Id, OrganisationCode, OrganisationName, Province, AssessedFiscalYear, PlanFiscalYear, AnalysisId, AnalysisRevision, Status, DraftedAtUtc)
                VALUES ({planId}, '6630801', 'เทศบาลตำบลแม่จัน', 'ตาก', 2568, 2569, {Guid.NewGuid()}, 1, 'Draft', '2025-11-22 04:00:00')
                """
            );
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO Measures (Id, PlanId, "Order", Title, Indicator, IndicatorName, Finding, ResponsibleUnit, Period)
                VALUES ({measureId}, {planId}, 1, 'มาตรการเดิม', 4, 'การใช้ทรัพย์สินของราชการ', 'ต่ำกว่าเกณฑ์', 'สำนักปลัด', 'ตลอดปีงบประมาณ พ.ศ. 2569')
                """
            );
        }

        await using (var db = Open(DatabaseProvider.Sqlite))
        {
            await db.Database.MigrateAsync();
            var plan = await db.Plans.Include(p => p.Measures).SingleAsync();
            Assert.Equal((PlanStatus.Draft, 1), (plan.Status, plan.Version));
            Assert.Empty(plan.Baseline);
            Assert.Empty(plan.DismissedProposals);
            var measure = plan.Measures.Single();
            Assert.Equal([new IndicatorRef { Number = 4, Name = "การใช้ทรัพย์สินของราชการ" }], measure.Indicators);
            Assert.Equal(["สำนักปลัด"], measure.ResponsibleUnits);
            Assert.Empty(measure.Steps);
            Assert.Equal(
                (new DateOnly(2025, 10, 1), new DateOnly(2026, 9, 30)),
                (measure.PeriodStart, measure.PeriodEnd)
            );
            Assert.Equal(
                (MeasureStatus.NotStarted, 1, "มาตรการเดิม"),
                (measure.Status, measure.Version, measure.Title)
            );
        }
    }

    [Fact]
    public void The_SQL_Server_upgrade_script_converts_the_measures_before_dropping_the_old_columns()
    {
        using var db = Open(DatabaseProvider.SqlServer);
        var migrations = db.Database.GetMigrations().ToList();
        var script = db.GetService<IMigrator>().GenerateScript(migrations[0], migrations[1]);

        var convert = script.IndexOf("FOR JSON PATH", StringComparison.Ordinal);
        var drop = script.IndexOf("DROP COLUMN [IndicatorName]", StringComparison.Ordinal);
        Assert.True(convert > 0 && drop > convert, script);
        Assert.Contains("DATEFROMPARTS(p.PlanFiscalYear - 544, 10, 1)", script, StringComparison.Ordinal);
    }
}
