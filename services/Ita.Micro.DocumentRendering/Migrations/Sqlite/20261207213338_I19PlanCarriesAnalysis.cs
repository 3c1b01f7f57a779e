using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ita.Micro.DocumentRendering.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class I19PlanCarriesAnalysis : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Plans now carry their analysis and nothing is kept waiting. A plan still waiting here is delivered again
            // through the outbox, in the order it came, and made from the kept analysis; if that has still not arrived,
            // it goes to the error queue, to be replayed once it has.
            migrationBuilder.Sql(@"
INSERT INTO OutboxMessages (MessageId, MessageType, Body, TraceParent, CreatedAtUtc, NextAttemptAtUtc, SentAtUtc, Attempts, LastError)
SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6))), 'Ita.Micro.Contracts.ImprovementPlanDrafted, Ita.Micro.Contracts', Json, NULL, ReceivedAtUtc, ReceivedAtUtc, NULL, 0, NULL
FROM WaitingPlans ORDER BY Id;");

            migrationBuilder.DropTable(
                name: "WaitingPlans");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WaitingPlans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AnalysisRevision = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    OrganisationCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaitingPlans", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WaitingPlans_OrganisationCode_FiscalYear_AnalysisRevision",
                table: "WaitingPlans",
                columns: new[] { "OrganisationCode", "FiscalYear", "AnalysisRevision" });
        }
    }
}
