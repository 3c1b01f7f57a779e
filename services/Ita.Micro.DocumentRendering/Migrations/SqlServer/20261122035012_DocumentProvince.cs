using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ita.Micro.DocumentRendering.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DocumentProvince : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Province",
                table: "Documents",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            // Documents made before: an organisation's takes the province its other events recorded, a province's
            // summary the province its name carries ("จังหวัด" + province); the national summary stays null.
            migrationBuilder.Sql("""
                UPDATE Documents SET Province = (SELECT MAX(o.Province) FROM OrganisationYears o WHERE o.OrganisationCode = Documents.OrganisationCode)
                WHERE OrganisationCode <> N'';
                UPDATE Documents SET Province = SUBSTRING(OrganisationName, 8, 100)
                WHERE Kind = N'Summary' AND OrganisationCode = N'' AND OrganisationName LIKE N'จังหวัด%';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Province",
                table: "Documents");
        }
    }
}
