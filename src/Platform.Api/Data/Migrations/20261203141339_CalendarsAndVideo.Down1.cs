using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Api.Data.Migrations
{
    public partial class CalendarsAndVideo
    {
        private static void Down1(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_busy_intervals_calendar_connections_tenant_id_connection_id",
                table: "busy_intervals");

            migrationBuilder.DropTable(
                name: "booking_calendar_events");

            migrationBuilder.DropTable(
                name: "booking_video_rooms");

            migrationBuilder.DropTable(
                name: "calendar_conflicts");

            migrationBuilder.DropTable(
                name: "data_protection_keys",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "video_accounts");

            migrationBuilder.DropTable(
                name: "calendar_connections");

            migrationBuilder.DropCheckConstraint(
                name: "ck_notification_deliveries_channel",
                table: "notification_deliveries");

            migrationBuilder.DropIndex(
                name: "ix_busy_intervals_synced",
                table: "busy_intervals");

            migrationBuilder.DropIndex(
                name: "ix_busy_intervals_tenant_id_provider_id_source_external_id",
                table: "busy_intervals");

            migrationBuilder.DropColumn(
                name: "calendar_id",
                table: "busy_intervals");

            migrationBuilder.DropColumn(
                name: "connection_id",
                table: "busy_intervals");

            migrationBuilder.AlterColumn<string>(
                name: "external_id",
                table: "busy_intervals",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(1024)",
                oldMaxLength: 1024,
                oldNullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_notification_deliveries_channel",
                table: "notification_deliveries",
                sql: "channel IN ('Email','Webhook')");

            migrationBuilder.CreateIndex(
                name: "ix_busy_intervals_tenant_id_provider_id_source_external_id",
                table: "busy_intervals",
                columns: new[] { "tenant_id", "provider_id", "source", "external_id" },
                unique: true,
                filter: "external_id IS NOT NULL");
        }
    }
}
