using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ita.Micro.ScoreIngestion.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class I17ImportMode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Mode",
                table: "Imports",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Update");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Mode",
                table: "Imports");
        }
    }
}
