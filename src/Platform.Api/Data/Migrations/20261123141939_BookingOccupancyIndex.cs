using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class BookingOccupancyIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_bookings_tenant_id_provider_id_blocked_from",
                table: "bookings");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_tenant_id_provider_id_blocked_from",
                table: "bookings",
                columns: new[] { "tenant_id", "provider_id", "blocked_from" },
                filter: "status IN ('Held','AwaitingHost','Confirmed')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_bookings_tenant_id_provider_id_blocked_from",
                table: "bookings");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_tenant_id_provider_id_blocked_from",
                table: "bookings",
                columns: new[] { "tenant_id", "provider_id", "blocked_from" });
        }
    }
}
