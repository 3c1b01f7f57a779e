using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ita.Micro.MeasureTracking.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class I20EvidenceAndDeadlines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AssessmentCalendars",
                columns: table => new
                {
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Windows = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    ChangedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentCalendars", x => new { x.FiscalYear, x.Version });
                });

            migrationBuilder.CreateTable(
                name: "EvidenceLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Province = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    ItemCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Url = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Source = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    MeasureId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ProgressId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AddedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AddedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    State = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    LastCheckedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastStatusCode = table.Column<int>(type: "int", nullable: true),
                    LastFailure = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    LastDetail = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    FinalUrl = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ContentType = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ContentHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ContentChangedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FailedChecks = table.Column<int>(type: "int", nullable: false),
                    FailingSinceUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    NextCheckAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceLinks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SentReminders",
                columns: table => new
                {
                    Key = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    DeadlineKey = table.Column<string>(type: "nvarchar(280)", maxLength: 280, nullable: false),
                    DaysBefore = table.Column<int>(type: "int", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Published = table.Column<bool>(type: "bit", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentReminders", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceLinkChecks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EvidenceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CheckedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Ok = table.Column<bool>(type: "bit", nullable: false),
                    Failure = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    StatusCode = table.Column<int>(type: "int", nullable: true),
                    FinalUrl = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ContentType = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: true),
                    Truncated = table.Column<bool>(type: "bit", nullable: false),
                    ContentHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ContentChanged = table.Column<bool>(type: "bit", nullable: false),
                    Redirects = table.Column<int>(type: "int", nullable: false),
                    DurationMs = table.Column<int>(type: "int", nullable: false),
                    Detail = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceLinkChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvidenceLinkChecks_EvidenceLinks_EvidenceId",
                        column: x => x.EvidenceId,
                        principalTable: "EvidenceLinks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceLinkChecks_EvidenceId_Id",
                table: "EvidenceLinkChecks",
                columns: new[] { "EvidenceId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceLinks_FiscalYear_State",
                table: "EvidenceLinks",
                columns: new[] { "FiscalYear", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceLinks_NextCheckAtUtc",
                table: "EvidenceLinks",
                column: "NextCheckAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceLinks_OrganisationCode_FiscalYear_ItemCode",
                table: "EvidenceLinks",
                columns: new[] { "OrganisationCode", "FiscalYear", "ItemCode" });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceLinks_ProgressId",
                table: "EvidenceLinks",
                column: "ProgressId");

            migrationBuilder.CreateIndex(
                name: "IX_SentReminders_DueOn",
                table: "SentReminders",
                column: "DueOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssessmentCalendars");

            migrationBuilder.DropTable(
                name: "EvidenceLinkChecks");

            migrationBuilder.DropTable(
                name: "SentReminders");

            migrationBuilder.DropTable(
                name: "EvidenceLinks");
        }
    }
}
