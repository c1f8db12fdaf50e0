using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Api.Data.Migrations
{
    public partial class CalendarsAndVideo
    {
        private static void Up2(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_busy_intervals_synced",
                table: "busy_intervals",
                columns: new[] { "tenant_id", "connection_id", "calendar_id", "external_id" },
                unique: true,
                filter: "connection_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_busy_intervals_tenant_id_provider_id_source_external_id",
                table: "busy_intervals",
                columns: new[] { "tenant_id", "provider_id", "source", "external_id" },
                unique: true,
                filter: "external_id IS NOT NULL AND connection_id IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_booking_calendar_events_tenant_id_booking_id_connection_id",
                table: "booking_calendar_events",
                columns: new[] { "tenant_id", "booking_id", "connection_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_booking_calendar_events_tenant_id_connection_id_external_ev",
                table: "booking_calendar_events",
                columns: new[] { "tenant_id", "connection_id", "external_event_id" });

            migrationBuilder.CreateIndex(
                name: "ix_calendar_conflicts_tenant_id_booking_id_connection_id_exter",
                table: "calendar_conflicts",
                columns: new[] { "tenant_id", "booking_id", "connection_id", "external_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_calendar_conflicts_tenant_id_connection_id",
                table: "calendar_conflicts",
                columns: new[] { "tenant_id", "connection_id" });

            migrationBuilder.CreateIndex(
                name: "ix_calendar_connections_due",
                table: "calendar_connections",
                columns: new[] { "tenant_id", "next_sync_at" },
                filter: "status = 'Active'");

            migrationBuilder.CreateIndex(
                name: "ix_calendar_connections_tenant_id_provider_id",
                table: "calendar_connections",
                columns: new[] { "tenant_id", "provider_id" });

            migrationBuilder.CreateIndex(
                name: "ix_calendar_connections_tenant_id_state_hash",
                table: "calendar_connections",
                columns: new[] { "tenant_id", "state_hash" },
                unique: true,
                filter: "state_hash IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_video_accounts_default",
                table: "video_accounts",
                column: "tenant_id",
                unique: true,
                filter: "is_default");

            migrationBuilder.CreateIndex(
                name: "ix_video_accounts_tenant_id_provider",
                table: "video_accounts",
                columns: new[] { "tenant_id", "provider" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_busy_intervals_calendar_connections_tenant_id_connection_id",
                table: "busy_intervals",
                columns: new[] { "tenant_id", "connection_id" },
                principalTable: "calendar_connections",
                principalColumns: new[] { "tenant_id", "id" },
                onDelete: ReferentialAction.Cascade);
        }
    }
}
