using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ita.Micro.ScoreIngestion.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class I15ImportSubmitter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "Imports",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                table: "Imports");
        }
    }
}
