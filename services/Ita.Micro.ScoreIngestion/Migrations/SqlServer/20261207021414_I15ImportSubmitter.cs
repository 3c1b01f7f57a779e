using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ita.Micro.ScoreIngestion.Migrations.SqlServer
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
                type: "nvarchar(200)",
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
