using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ita.Micro.Analysis.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class I12OfficialRating : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Rating",
                table: "Analyses",
                type: "TEXT",
                maxLength: 50,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 50);

            migrationBuilder.AddColumn<int>(
                name: "AssessmentRevision",
                table: "Analyses",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ComputedRating",
                table: "Analyses",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedRating",
                table: "Analyses",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RatingSource",
                table: "Analyses",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            // Analyses stored before: each analysed its own assessment revision, and its rating was computed.
            migrationBuilder.Sql("UPDATE Analyses SET AssessmentRevision = Revision, RatingSource = 'Computed', ComputedRating = Rating");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AssessmentRevision",
                table: "Analyses");

            migrationBuilder.DropColumn(
                name: "ComputedRating",
                table: "Analyses");

            migrationBuilder.DropColumn(
                name: "PublishedRating",
                table: "Analyses");

            migrationBuilder.DropColumn(
                name: "RatingSource",
                table: "Analyses");

            migrationBuilder.AlterColumn<string>(
                name: "Rating",
                table: "Analyses",
                type: "TEXT",
                maxLength: 50,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 50,
                oldNullable: true);
        }
    }
}
