using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ita.Micro.ScoreIngestion.Migrations.Sqlite
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
                type: "TEXT",
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
