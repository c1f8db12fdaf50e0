using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Api.Data.Migrations
{
    public partial class Notifications
    {
        private static void Down1(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "calendar_feeds");

            migrationBuilder.DropTable(
                name: "integration_clients");

            migrationBuilder.DropTable(
                name: "notification_deliveries");

            migrationBuilder.DropTable(
                name: "notification_templates");

            migrationBuilder.DropTable(
                name: "webhook_endpoints");

            migrationBuilder.DropTable(
                name: "outbox_events");

            migrationBuilder.DropColumn(
                name: "preferred_language",
                schema: "identity",
                table: "users");

            migrationBuilder.DropColumn(
                name: "time_zone",
                schema: "identity",
                table: "users");

            migrationBuilder.DropColumn(
                name: "brand_color",
                schema: "platform",
                table: "tenants");

            migrationBuilder.DropColumn(
                name: "default_language",
                schema: "platform",
                table: "tenants");

            migrationBuilder.DropColumn(
                name: "logo_url",
                schema: "platform",
                table: "tenants");

            migrationBuilder.DropColumn(
                name: "reminder_minutes",
                table: "booking_settings");
        }
    }
}
