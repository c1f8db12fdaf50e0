using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Api.Data.Migrations
{
    public partial class CalendarsAndVideo
    {
        private static void Up1(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_notification_deliveries_channel",
                table: "notification_deliveries");

            migrationBuilder.DropIndex(
                name: "ix_busy_intervals_tenant_id_provider_id_source_external_id",
                table: "busy_intervals");

            migrationBuilder.AlterColumn<string>(
                name: "external_id",
                table: "busy_intervals",
                type: "character varying(1024)",
                maxLength: 1024,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(256)",
                oldMaxLength: 256,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "calendar_id",
                table: "busy_intervals",
                type: "character varying(1024)",
                maxLength: 1024,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "connection_id",
                table: "busy_intervals",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "booking_video_rooms",
                columns: table => new
                {
                    booking_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    room_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    room_name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    join_url = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    protected_host_url = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_booking_video_rooms", x => new { x.tenant_id, x.booking_id });
                    table.ForeignKey(
                        name: "fk_booking_video_rooms_bookings_tenant_id_booking_id",
                        columns: x => new { x.tenant_id, x.booking_id },
                        principalTable: "bookings",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "calendar_connections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    account_email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    protected_tokens = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    access_token_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    protected_feed_url = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    state_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    protected_code_verifier = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    consent_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    calendars = table.Column<string>(type: "jsonb", nullable: true),
                    busy_calendar_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    booking_calendar_id = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    sync_state = table.Column<string>(type: "jsonb", nullable: true),
                    push_channels = table.Column<string>(type: "jsonb", nullable: true),
                    last_synced_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    consecutive_failures = table.Column<int>(type: "integer", nullable: false),
                    next_sync_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sync_locked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    broken_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("ak_calendar_connections_tenant_id_id", x => new { x.tenant_id, x.id });
                    table.UniqueConstraint("ak_calendar_connections_id", x => x.id);
                    table.ForeignKey(
                        name: "fk_calendar_connections_providers_tenant_id_provider_id",
                        columns: x => new { x.tenant_id, x.provider_id },
                        principalTable: "providers",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                schema: "platform",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "video_accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    protected_credentials = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    is_default = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_video_accounts", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_video_accounts_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalSchema: "platform",
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "booking_calendar_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    booking_id = table.Column<Guid>(type: "uuid", nullable: false),
                    connection_id = table.Column<Guid>(type: "uuid", nullable: false),
                    calendar_id = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    external_event_id = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_booking_calendar_events", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_booking_calendar_events_bookings_tenant_id_booking_id",
                        columns: x => new { x.tenant_id, x.booking_id },
                        principalTable: "bookings",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_booking_calendar_events_calendar_connections_tenant_id_conn",
                        columns: x => new { x.tenant_id, x.connection_id },
                        principalTable: "calendar_connections",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "calendar_conflicts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    booking_id = table.Column<Guid>(type: "uuid", nullable: false),
                    connection_id = table.Column<Guid>(type: "uuid", nullable: false),
                    external_id = table.Column<string>(type: "character varying(2100)", maxLength: 2100, nullable: false),
                    busy_from = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    busy_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    detected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calendar_conflicts", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_calendar_conflicts_bookings_tenant_id_booking_id",
                        columns: x => new { x.tenant_id, x.booking_id },
                        principalTable: "bookings",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_calendar_conflicts_calendar_connections_tenant_id_connectio",
                        columns: x => new { x.tenant_id, x.connection_id },
                        principalTable: "calendar_connections",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.AddCheckConstraint(
                name: "ck_notification_deliveries_channel",
                table: "notification_deliveries",
                sql: "channel IN ('Email','Webhook','Calendar','Video')");
        }
    }
}
