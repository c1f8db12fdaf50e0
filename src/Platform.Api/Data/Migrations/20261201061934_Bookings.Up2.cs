using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Api.Data.Migrations
{
    public partial class Bookings
    {
        private static void Up2(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "booking_settings",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    hold_minutes = table.Column<int>(type: "integer", nullable: false),
                    confirmation_minutes = table.Column<int>(type: "integer", nullable: false),
                    waitlist_offer_minutes = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_booking_settings", x => x.tenant_id);
                    table.CheckConstraint("ck_booking_settings_minutes", "hold_minutes BETWEEN 1 AND 1440 AND "
                        + "confirmation_minutes BETWEEN 5 AND 43200 AND waitlist_offer_minutes BETWEEN 1 AND 1440");
                    table.ForeignKey(
                        name: "fk_booking_settings_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalSchema: "platform",
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "carts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    guest_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: true),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("ak_carts_tenant_id_id", x => new { x.tenant_id, x.id });
                    table.UniqueConstraint("ak_carts_id", x => x.id);
                    table.CheckConstraint("ck_carts_customer", "customer_user_id IS NOT NULL OR guest_email IS NOT NULL");
                    table.CheckConstraint("ck_carts_status", "status IN ('Open','Expired','Abandoned','CheckedOut')");
                    table.ForeignKey(
                        name: "fk_carts_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalSchema: "platform",
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "group_occurrences",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    offering_id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider_id = table.Column<Guid>(type: "uuid", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("ak_group_occurrences_tenant_id_id", x => new { x.tenant_id, x.id });
                    table.UniqueConstraint("ak_group_occurrences_id", x => x.id);
                    table.ForeignKey(
                        name: "fk_group_occurrences_offerings_tenant_id_offering_id",
                        columns: x => new { x.tenant_id, x.offering_id },
                        principalTable: "offerings",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_group_occurrences_providers_tenant_id_provider_id",
                        columns: x => new { x.tenant_id, x.provider_id },
                        principalTable: "providers",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "guest_email_claims",
                schema: "platform",
                columns: table => new
                {
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_guest_email_claims", x => new { x.email, x.organization_id });
                    table.ForeignKey(
                        name: "fk_guest_email_claims_tenants_organization_id",
                        column: x => x.organization_id,
                        principalSchema: "platform",
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    scope = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    operation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    request_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    result_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_keys", x => new { x.tenant_id, x.scope, x.key });
                    table.ForeignKey(
                        name: "fk_idempotency_keys_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalSchema: "platform",
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "waitlist_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurrence_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    seats = table.Column<int>(type: "integer", nullable: false),
                    duration_minutes = table.Column<int>(type: "integer", nullable: false),
                    participants = table.Column<string>(type: "jsonb", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    offered_booking_id = table.Column<Guid>(type: "uuid", nullable: true),
                    offered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_waitlist_entries", x => new { x.tenant_id, x.id });
                    table.UniqueConstraint("ak_waitlist_entries_id", x => x.id);
                    table.CheckConstraint("ck_waitlist_entries_offer", "status <> 'Offered' OR offered_booking_id IS NOT NULL");
                    table.CheckConstraint("ck_waitlist_entries_seats", "seats >= 1");
                    table.CheckConstraint("ck_waitlist_entries_status", "status IN "
                        + "('Waiting','Offered','Booked','Lapsed','Left','Closed')");
                    table.ForeignKey(
                        name: "fk_waitlist_entries_group_occurrences_tenant_id_occurrence_id",
                        columns: x => new { x.tenant_id, x.occurrence_id },
                        principalTable: "group_occurrences",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_waitlist_entries_users_customer_user_id",
                        column: x => x.customer_user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_customer_user_id",
                table: "bookings",
                column: "customer_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_due_confirmations",
                table: "bookings",
                columns: new[] { "tenant_id", "confirmation_expires_at" },
                filter: "status = 'AwaitingHost'");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_due_holds",
                table: "bookings",
                columns: new[] { "tenant_id", "hold_expires_at" },
                filter: "status = 'Held'");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_tenant_id_cart_id",
                table: "bookings",
                columns: new[] { "tenant_id", "cart_id" },
                filter: "cart_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_tenant_id_customer_user_id_starts_at",
                table: "bookings",
                columns: new[] { "tenant_id", "customer_user_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_tenant_id_guest_email",
                table: "bookings",
                columns: new[] { "tenant_id", "guest_email" },
                filter: "customer_user_id IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_tenant_id_occurrence_id",
                table: "bookings",
                columns: new[] { "tenant_id", "occurrence_id" },
                filter: "occurrence_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_tenant_id_series_id_series_index",
                table: "bookings",
                columns: new[] { "tenant_id", "series_id", "series_index" },
                filter: "series_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_tenant_id_starts_at_id",
                table: "bookings",
                columns: new[] { "tenant_id", "starts_at", "id" });

            migrationBuilder.AddCheckConstraint(
                name: "ck_bookings_amounts",
                table: "bookings",
                sql: "price_amount >= 0 AND unit_amount >= 0 AND (refund_amount IS NULL OR (refund_amount >= 0 AND "
                    + "refund_amount <= price_amount))");

            migrationBuilder.AddCheckConstraint(
                name: "ck_bookings_payment_status",
                table: "bookings",
                sql: "payment_status IN "
                    + "('None','RequiresPayment','Authorized','Captured','PartiallyRefunded','Refunded','Failed','Canceled','Disputed')");
        }
    }
}
