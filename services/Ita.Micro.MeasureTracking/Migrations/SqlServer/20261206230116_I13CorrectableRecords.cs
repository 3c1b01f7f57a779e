using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ita.Micro.MeasureTracking.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class I13CorrectableRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProgressReports_PlanId_Period",
                table: "ProgressReports");

            migrationBuilder.AddColumn<string>(
                name: "CorrectionReason",
                table: "ProgressReports",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DocumentNumber",
                table: "ProgressReports",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DocumentPrefix",
                table: "ProgressReports",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OriginatingUnit",
                table: "ProgressReports",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            // Reports submitted before corrections existed are their period's first revision.
            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "ProgressReports",
                type: "int",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTime>(
                name: "SupersededAtUtc",
                table: "ProgressReports",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SupersededBy",
                table: "ProgressReports",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SupersededByUser",
                table: "ProgressReports",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SupersededReason",
                table: "ProgressReports",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Supersedes",
                table: "ProgressReports",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ApprovedOn",
                table: "Plans",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DocumentPrefix",
                table: "OrganisationUnits",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_PlanId_Period_Revision",
                table: "ProgressReports",
                columns: new[] { "PlanId", "Period", "Revision" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProgressReports_PlanId_Period_Revision",
                table: "ProgressReports");

            migrationBuilder.DropColumn(
                name: "CorrectionReason",
                table: "ProgressReports");

            migrationBuilder.DropColumn(
                name: "DocumentNumber",
                table: "ProgressReports");

            migrationBuilder.DropColumn(
                name: "DocumentPrefix",
                table: "ProgressReports");

            migrationBuilder.DropColumn(
                name: "OriginatingUnit",
                table: "ProgressReports");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "ProgressReports");

            migrationBuilder.DropColumn(
                name: "SupersededAtUtc",
                table: "ProgressReports");

            migrationBuilder.DropColumn(
                name: "SupersededBy",
                table: "ProgressReports");

            migrationBuilder.DropColumn(
                name: "SupersededByUser",
                table: "ProgressReports");

            migrationBuilder.DropColumn(
                name: "SupersededReason",
                table: "ProgressReports");

            migrationBuilder.DropColumn(
                name: "Supersedes",
                table: "ProgressReports");

            migrationBuilder.DropColumn(
                name: "ApprovedOn",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "DocumentPrefix",
                table: "OrganisationUnits");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_PlanId_Period",
                table: "ProgressReports",
                columns: new[] { "PlanId", "Period" },
                unique: true);
        }
    }
}
