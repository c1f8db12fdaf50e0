using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Api.Data.Migrations
{
    public partial class Notifications
    {
        private static void Up2(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "outbox_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    booking_id = table.Column<Guid>(type: "uuid", nullable: true),
                    data = table.Column<string>(type: "jsonb", nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    dispatched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_events1", x => new { x.tenant_id, x.id });
                    table.UniqueConstraint("pk_outbox_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_outbox_events_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalSchema: "platform",
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webhook_endpoints",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    events = table.Column<List<string>>(type: "text[]", nullable: false),
                    encrypted_secret = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    encrypted_previous_secret = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    previous_secret_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    enabled = table.Column<bool>(type: "boolean", nullable: false),
                    disabled_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    consecutive_failures = table.Column<int>(type: "integer", nullable: false),
                    failing_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webhook_endpoints", x => new { x.tenant_id, x.id });
                    table.UniqueConstraint("ak_webhook_endpoints_id", x => x.id);
                    table.ForeignKey(
                        name: "fk_webhook_endpoints_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalSchema: "platform",
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notification_deliveries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    outbox_event_id = table.Column<Guid>(type: "uuid", nullable: true),
                    event_sequence = table.Column<long>(type: "bigint", nullable: false),
                    booking_id = table.Column<Guid>(type: "uuid", nullable: true),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    recipient = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    message = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    dedup_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    payload = table.Column<string>(type: "text", nullable: true),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    last_status_code = table.Column<int>(type: "integer", nullable: true),
                    last_duration_ms = table.Column<int>(type: "integer", nullable: true),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    locked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notification_deliveries", x => new { x.tenant_id, x.id });
                    table.UniqueConstraint("ak_notification_deliveries_id", x => x.id);
                    table.CheckConstraint("ck_notification_deliveries_channel", "channel IN ('Email','Webhook')");
                    table.CheckConstraint("ck_notification_deliveries_state", "state IN ('Pending','Sent','Failed','Cancelled')");
                    table.ForeignKey(
                        name: "fk_notification_deliveries_outbox_events_outbox_event_id",
                        column: x => x.outbox_event_id,
                        principalTable: "outbox_events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_notification_deliveries_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalSchema: "platform",
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_calendar_feeds_tenant_id_token_hash",
                table: "calendar_feeds",
                columns: new[] { "tenant_id", "token_hash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_calendar_feeds_tenant_id_user_id",
                table: "calendar_feeds",
                columns: new[] { "tenant_id", "user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_calendar_feeds_user_id",
                table: "calendar_feeds",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_integration_clients_client_id",
                table: "integration_clients",
                column: "client_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notification_deliveries_due",
                table: "notification_deliveries",
                columns: new[] { "tenant_id", "next_attempt_at" },
                filter: "state = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "ix_notification_deliveries_outbox_event_id",
                table: "notification_deliveries",
                column: "outbox_event_id");

            migrationBuilder.CreateIndex(
                name: "ix_notification_deliveries_tenant_id_booking_id",
                table: "notification_deliveries",
                columns: new[] { "tenant_id", "booking_id" });

            migrationBuilder.CreateIndex(
                name: "ix_notification_deliveries_tenant_id_channel_recipient_created",
                table: "notification_deliveries",
                columns: new[] { "tenant_id", "channel", "recipient", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_notification_deliveries_tenant_id_dedup_key",
                table: "notification_deliveries",
                columns: new[] { "tenant_id", "dedup_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notification_templates_tenant_id_message_language",
                table: "notification_templates",
                columns: new[] { "tenant_id", "message", "language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_events_pending",
                table: "outbox_events",
                columns: new[] { "tenant_id", "sequence" },
                filter: "dispatched_at IS NULL");
        }
    }
}
