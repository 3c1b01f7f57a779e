using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ita.Micro.DocumentRendering.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            // Documents made before: an organisation's takes the province its other events recorded, a province's
            // summary the province its name carries ("จังหวัด" + province); the national summary stays null.
            migrationBuilder.Sql("""
                UPDATE Documents SET Province = (SELECT MAX(o.Province) FROM OrganisationYears o WHERE o.OrganisationCode = Documents.OrganisationCode)
                WHERE OrganisationCode <> '';
                UPDATE Documents SET Province = substr(OrganisationName, 8)
                WHERE Kind = 'Summary' AND OrganisationCode = '' AND OrganisationName LIKE 'จังหวัด%';
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
