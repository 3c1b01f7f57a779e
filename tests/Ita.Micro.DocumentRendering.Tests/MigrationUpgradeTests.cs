using System.Text.Json;
using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.ServiceDefaults.Data;
using Ita.Micro.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Organisations = Ita.Micro.DocumentRendering.Tests.TestData.Organisations;

namespace Ita.Micro.DocumentRendering.Tests;

/// <summary>What a database of an earlier version holds is carried through its upgrade.</summary>
public sealed class MigrationUpgradeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ita-docs-upgrade-").FullName;

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

    /// <summary>The SQL Server script of one migration, from the one before it.</summary>
    private string SqlServerScriptOf(string migration)
    {
        using var db = Open(DatabaseProvider.SqlServer);
        var migrations = db.Database.GetMigrations().ToList();
        var last = migrations.Single(m => m.EndsWith("_" + migration, StringComparison.Ordinal));
        return db.GetService<IMigrator>().GenerateScript(migrations[migrations.IndexOf(last) - 1], last);
    }

    private DocumentsDbContext Open(string provider = DatabaseProvider.Sqlite)
    {
        var options = new DbContextOptionsBuilder<DocumentsDbContext>();
        options.UseServiceDatabase(
            new DatabaseOptions { Provider = provider, DataDirectory = _folder },
            provider == DatabaseProvider.SqlServer ? "Server=none;Database=none" : null,
            "document-rendering"
        );
        return new DocumentsDbContext(options.Options);
    }

    [Fact]
    public async Task An_organisations_documents_take_its_province_and_a_provinces_summary_the_province_it_names()
    {
        var (memo, takSummary, nationalSummary) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await using (var db = Open())
        {
            var beforeProvinces = db
                .Database.GetMigrations()
                .Single(m => m.EndsWith("_MeasureDocuments", StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(beforeProvinces);
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO OrganisationYears (OrganisationCode, FiscalYear, AnalysisRevision, IndicatorsJson, Name, Plan, Province, SixMonthReport, TwelveMonthReport, Type)
                VALUES ('5630501', 2568, 1, '[]', 'เทศบาลตำบลแม่จัน', 'Published', 'ตาก', 0, 0, 'เทศบาลตำบล')
                """
            );
            foreach (
                var (id, code, name, subject) in new[]
                {
                    (memo, "5630501", "เทศบาลตำบลแม่จัน", "report:x:6"),
                    (takSummary, "", "จังหวัดตาก", "summary:ตาก:2568"),
                    (nationalSummary, "", "ทั่วประเทศ", "summary:ทั่วประเทศ:2568"),
                }
            )
            {
                var kind = code.Length == 0 ? "Summary" : "Memo";
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"""
                    INSERT INTO Documents (Id, CreatedAtUtc, DataHash, DataJson, FiscalYear, Kind, OrganisationCode, OrganisationName, SizeBytes, Status, Subject, Version)
                    VALUES ({id}, '2025-11-22 04:00:00', {id.ToString(
                        "N"
                    )}, {"{}"}, 2568, {kind}, {code}, {name}, 0, 'Rendered', {subject}, 1)
                    """
                );
            }
        }

        await using (var db = Open())
        {
            await db.Database.MigrateAsync();
            var provinces = await db.Documents.ToDictionaryAsync(d => d.Id, d => d.Province);
            Assert.Equal(
                ("ตาก", "ตาก", (string?)null),
                (provinces[memo], provinces[takSummary], provinces[nationalSummary])
            );
        }
    }

    [Fact]
    public void The_SQL_Server_upgrade_fills_provinces_after_adding_the_column()
    {
        var script = SqlServerScriptOf("DocumentProvince");

        var add = script.IndexOf("ADD [Province] nvarchar(100) NULL", StringComparison.Ordinal);
        var fill = script.IndexOf(
            "UPDATE Documents SET Province = (SELECT MAX(o.Province) FROM OrganisationYears o",
            StringComparison.Ordinal
        );
        Assert.True(add > 0 && fill > add, script);
        Assert.Contains("SUBSTRING(OrganisationName, 8, 100)", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_kept_waiting_for_its_analysis_is_delivered_again_through_the_outbox_when_waiting_ends()
    {
        var plan = new PlanBuilder(Organisations.MaeChan).WithSeedMeasures().Build();
        var json = JsonSerializer.Serialize(plan, ContractJson.Options);
        await using (var db = Open())
        {
            var beforeCarrying = db
                .Database.GetMigrations()
                .TakeWhile(m => !m.EndsWith("_I19PlanCarriesAnalysis", StringComparison.Ordinal))
                .Last();
            await db.GetService<IMigrator>().MigrateAsync(beforeCarrying);
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO WaitingPlans (OrganisationCode, FiscalYear, AnalysisRevision, Json, ReceivedAtUtc)
                VALUES ('5630501', 2568, 1, {json}, '2025-11-21 03:00:05')
                """
            );
        }

        await using (var db = Open())
        {
            await db.Database.MigrateAsync();
            var message = await db.OutboxMessages.SingleAsync();
            // As the dispatcher reads it: the type it publishes as, the plan it publishes, due now, a message id of its own.
            Assert.Equal(typeof(ImprovementPlanDrafted), Type.GetType(message.MessageType, throwOnError: true));
            Assert.Equal(json, message.Body);
            Assert.Equal(
                plan.PlanId,
                JsonSerializer.Deserialize<ImprovementPlanDrafted>(message.Body, ContractJson.Options)!.PlanId
            );
            Assert.Equal((0, (DateTime?)null), (message.Attempts, message.SentAtUtc));
            Assert.True(message.NextAttemptAtUtc <= DateTime.UtcNow);
            Assert.NotEqual(Guid.Empty, message.MessageId);
            Assert.Equal(
                0,
                await db
                    .Database.SqlQueryRaw<int>(
                        "SELECT COUNT(*) AS Value FROM sqlite_master WHERE type = 'table' AND name = 'WaitingPlans'"
                    )
                    .SingleAsync()
            );
        }
    }

    [Fact]
    public void The_SQL_Server_upgrade_queues_the_waiting_plans_before_dropping_their_table()
    {
        var script = SqlServerScriptOf("I19PlanCarriesAnalysis");

        var queue = script.IndexOf("INSERT INTO OutboxMessages", StringComparison.Ordinal);
        var drop = script.IndexOf("DROP TABLE [WaitingPlans]", StringComparison.Ordinal);
        Assert.True(queue > 0 && drop > queue, script);
        Assert.Contains(
            "SELECT NEWID(), N'Ita.Micro.Contracts.ImprovementPlanDrafted, Ita.Micro.Contracts', Json",
            script,
            StringComparison.Ordinal
        );
    }
}
