using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ita.Micro.MeasureTracking.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlanLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Measures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AnnouncedOn",
                table: "Plans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedAtUtc",
                table: "Plans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApprovedBy",
                table: "Plans",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApproverActingFor",
                table: "Plans",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApproverName",
                table: "Plans",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApproverPosition",
                table: "Plans",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Baseline",
                table: "Plans",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateTime>(
                name: "ClosedAtUtc",
                table: "Plans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosedBy",
                table: "Plans",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DismissedProposals",
                table: "Plans",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "District",
                table: "Plans",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OrganisationType",
                table: "Plans",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishedAtUtc",
                table: "Plans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedBy",
                table: "Plans",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UrgentFindings",
                table: "Plans",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Plans",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<bool>(
                name: "EditedByOfficer",
                table: "Measures",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "FollowUp",
                table: "Measures",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Indicators",
                table: "Measures",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "ItemConcepts",
                table: "Measures",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateOnly>(
                name: "PeriodEnd",
                table: "Measures",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "PeriodStart",
                table: "Measures",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "ProposalKey",
                table: "Measures",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResponsibleUnits",
                table: "Measures",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Measures",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "NotStarted");

            migrationBuilder.AddColumn<string>(
                name: "Steps",
                table: "Measures",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Target",
                table: "Measures",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            // Plans drafted before this migration keep their measures: the single indicator and unit become lists,
            // the period the whole plan year, the status not started.
            migrationBuilder.Sql("""
                UPDATE Measures SET
                    Indicators = json_array(json_object('number', Indicator, 'name', IndicatorName)),
                    ResponsibleUnits = json_array(ResponsibleUnit),
                    PeriodStart = (SELECT printf('%04d-10-01', p.PlanFiscalYear - 544) FROM Plans p WHERE p.Id = Measures.PlanId),
                    PeriodEnd = (SELECT printf('%04d-09-30', p.PlanFiscalYear - 543) FROM Plans p WHERE p.Id = Measures.PlanId);
                """);

            migrationBuilder.DropColumn(
                name: "Indicator",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "IndicatorName",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "ResponsibleUnit",
                table: "Measures");

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Changes = table.Column<string>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationUnits",
                columns: table => new
                {
                    OrganisationCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Units = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationUnits", x => x.OrganisationCode);
                });

            migrationBuilder.CreateTable(
                name: "PlanFollowUps",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FollowUpFiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    AnalysisId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AnalysisRevision = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    PreviousTotal = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    Measures = table.Column<string>(type: "TEXT", nullable: false),
                    ComputedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanFollowUps", x => x.PlanId);
                    table.ForeignKey(
                        name: "FK_PlanFollowUps_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgressReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Entries = table.Column<string>(type: "TEXT", nullable: false),
                    Signatories = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressReports_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgressUpdates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeasureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Output = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DroppedReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", nullable: false),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressUpdates_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Plans_Province_PlanFiscalYear",
                table: "Plans",
                columns: new[] { "Province", "PlanFiscalYear" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_OrganisationCode_Id",
                table: "AuditEntries",
                columns: new[] { "OrganisationCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_PlanId_Id",
                table: "AuditEntries",
                columns: new[] { "PlanId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_PlanId_Period",
                table: "ProgressReports",
                columns: new[] { "PlanId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdates_MeasureId_ReportedOn",
                table: "ProgressUpdates",
                columns: new[] { "MeasureId", "ReportedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "OrganisationUnits");

            migrationBuilder.DropTable(
                name: "PlanFollowUps");

            migrationBuilder.DropTable(
                name: "ProgressReports");

            migrationBuilder.DropTable(
                name: "ProgressUpdates");

            migrationBuilder.DropIndex(
                name: "IX_Plans_Province_PlanFiscalYear",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "AnnouncedOn",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "ApprovedAtUtc",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "ApprovedBy",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "ApproverActingFor",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "ApproverName",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "ApproverPosition",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "Baseline",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "ClosedAtUtc",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "ClosedBy",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "DismissedProposals",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "District",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "OrganisationType",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "PublishedAtUtc",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "PublishedBy",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "UrgentFindings",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "EditedByOfficer",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "FollowUp",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "Indicators",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "ItemConcepts",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "PeriodEnd",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "PeriodStart",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "ProposalKey",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "ResponsibleUnits",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "Steps",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "Target",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Measures");

            migrationBuilder.AddColumn<int>(
                name: "Indicator",
                table: "Measures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "IndicatorName",
                table: "Measures",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ResponsibleUnit",
                table: "Measures",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");
        }
    }
}
