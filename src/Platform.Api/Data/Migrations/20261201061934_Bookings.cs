using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class Bookings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "cancelled_at",
                table: "bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "cart_id",
                table: "bookings",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "confirmation_expires_at",
                table: "bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "currency",
                table: "bookings",
                type: "character(3)",
                fixedLength: true,
                maxLength: 3,
                nullable: false,
                defaultValue: "USD");

            migrationBuilder.AddColumn<string>(
                name: "guest_name",
                table: "bookings",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "occurrence_id",
                table: "bookings",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "participants",
                table: "bookings",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "payment_status",
                table: "bookings",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<int>(
                name: "percent_off",
                table: "bookings",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "price_amount",
                table: "bookings",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "price_basis",
                table: "bookings",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "PerSeat");

            migrationBuilder.AddColumn<string>(
                name: "price_role",
                table: "bookings",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "public");

            migrationBuilder.AddColumn<long>(
                name: "refund_amount",
                table: "bookings",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "refund_percent",
                table: "bookings",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "refund_tiers",
                table: "bookings",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<bool>(
                name: "requires_confirmation",
                table: "bookings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "reschedule_cutoff_minutes",
                table: "bookings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "series_id",
                table: "bookings",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "series_index",
                table: "bookings",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "unit_amount",
                table: "bookings",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                table: "bookings",
                type: "timestamp with time zone",
                nullable: false,
                defaultValueSql: "now()");

            migrationBuilder.CreateTable(
                name: "booking_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    booking_id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    from_status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    to_status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    actor_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    actor_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    details = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_booking_events", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_booking_events_bookings_tenant_id_booking_id",
                        columns: x => new { x.tenant_id, x.booking_id },
                        principalTable: "bookings",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "booking_series",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    offering_id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    guest_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    frequency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    occurrences_requested = table.Column<int>(type: "integer", nullable: false),
                    first_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("ak_booking_series_tenant_id_id", x => new { x.tenant_id, x.id });
                    table.UniqueConstraint("ak_booking_series_id", x => x.id);
                    table.CheckConstraint("ck_booking_series_customer", "customer_user_id IS NOT NULL OR guest_email IS NOT NULL");
                    table.CheckConstraint("ck_booking_series_frequency", "frequency IN ('Weekly','Biweekly','Monthly')");
                    table.ForeignKey(
                        name: "fk_booking_series_offerings_tenant_id_offering_id",
                        columns: x => new { x.tenant_id, x.offering_id },
                        principalTable: "offerings",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_booking_series_providers_tenant_id_provider_id",
                        columns: x => new { x.tenant_id, x.provider_id },
                        principalTable: "providers",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

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
                    table.CheckConstraint("ck_booking_settings_minutes", "hold_minutes BETWEEN 1 AND 1440 AND confirmation_minutes BETWEEN 5 AND 43200 AND waitlist_offer_minutes BETWEEN 1 AND 1440");
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
                    table.CheckConstraint("ck_waitlist_entries_status", "status IN ('Waiting','Offered','Booked','Lapsed','Left','Closed')");
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
                sql: "price_amount >= 0 AND unit_amount >= 0 AND (refund_amount IS NULL OR (refund_amount >= 0 AND refund_amount <= price_amount))");

            migrationBuilder.AddCheckConstraint(
                name: "ck_bookings_payment_status",
                table: "bookings",
                sql: "payment_status IN ('None','RequiresPayment','Authorized','Captured','PartiallyRefunded','Refunded','Failed','Canceled','Disputed')");

            migrationBuilder.CreateIndex(
                name: "ix_booking_events_tenant_id_booking_id_sequence",
                table: "booking_events",
                columns: new[] { "tenant_id", "booking_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_booking_series_tenant_id_customer_user_id",
                table: "booking_series",
                columns: new[] { "tenant_id", "customer_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_booking_series_tenant_id_offering_id",
                table: "booking_series",
                columns: new[] { "tenant_id", "offering_id" });

            migrationBuilder.CreateIndex(
                name: "ix_booking_series_tenant_id_provider_id",
                table: "booking_series",
                columns: new[] { "tenant_id", "provider_id" });

            migrationBuilder.CreateIndex(
                name: "ix_carts_due",
                table: "carts",
                columns: new[] { "tenant_id", "expires_at" },
                filter: "status = 'Open'");

            migrationBuilder.CreateIndex(
                name: "ix_carts_tenant_id_customer_user_id",
                table: "carts",
                columns: new[] { "tenant_id", "customer_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_group_occurrences_tenant_id_offering_id_provider_id_starts_",
                table: "group_occurrences",
                columns: new[] { "tenant_id", "offering_id", "provider_id", "starts_at" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_group_occurrences_tenant_id_provider_id",
                table: "group_occurrences",
                columns: new[] { "tenant_id", "provider_id" });

            migrationBuilder.CreateIndex(
                name: "ix_guest_email_claims_organization_id",
                schema: "platform",
                table: "guest_email_claims",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_waitlist_entries_customer_user_id",
                table: "waitlist_entries",
                column: "customer_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_waitlist_entries_queue",
                table: "waitlist_entries",
                columns: new[] { "tenant_id", "occurrence_id", "created_at", "id" },
                filter: "status = 'Waiting'");

            migrationBuilder.CreateIndex(
                name: "ix_waitlist_entries_tenant_id_customer_user_id_created_at",
                table: "waitlist_entries",
                columns: new[] { "tenant_id", "customer_user_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_waitlist_entries_tenant_id_occurrence_id_customer_user_id",
                table: "waitlist_entries",
                columns: new[] { "tenant_id", "occurrence_id", "customer_user_id" },
                unique: true,
                filter: "status IN ('Waiting','Offered')");

            migrationBuilder.CreateIndex(
                name: "ix_waitlist_entries_tenant_id_offered_booking_id",
                table: "waitlist_entries",
                columns: new[] { "tenant_id", "offered_booking_id" },
                filter: "offered_booking_id IS NOT NULL");

            migrationBuilder.AddForeignKey(
                name: "fk_bookings_booking_series_tenant_id_series_id",
                table: "bookings",
                columns: new[] { "tenant_id", "series_id" },
                principalTable: "booking_series",
                principalColumns: new[] { "tenant_id", "id" },
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_bookings_carts_tenant_id_cart_id",
                table: "bookings",
                columns: new[] { "tenant_id", "cart_id" },
                principalTable: "carts",
                principalColumns: new[] { "tenant_id", "id" },
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_bookings_group_occurrences_tenant_id_occurrence_id",
                table: "bookings",
                columns: new[] { "tenant_id", "occurrence_id" },
                principalTable: "group_occurrences",
                principalColumns: new[] { "tenant_id", "id" },
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_bookings_users_customer_user_id",
                table: "bookings",
                column: "customer_user_id",
                principalSchema: "identity",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            // A provider is never booked twice for overlapping time (held, awaiting the host or confirmed).
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS btree_gist;
                ALTER TABLE bookings ADD CONSTRAINT ex_bookings_provider_time EXCLUDE USING gist (
                    tenant_id WITH =,
                    provider_id WITH =,
                    tstzrange(blocked_from, blocked_until) WITH &&,
                    (COALESCE(occurrence_id, id)) WITH <>
                ) WHERE (status IN ('Held','AwaitingHost','Confirmed'));
                """);

            migrationBuilder.Sql("""
                ALTER TABLE booking_events ENABLE ROW LEVEL SECURITY;
                ALTER TABLE booking_events FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON booking_events;
                CREATE POLICY tenant_isolation ON booking_events
                    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

                ALTER TABLE group_occurrences ENABLE ROW LEVEL SECURITY;
                ALTER TABLE group_occurrences FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON group_occurrences;
                CREATE POLICY tenant_isolation ON group_occurrences
                    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

                ALTER TABLE waitlist_entries ENABLE ROW LEVEL SECURITY;
                ALTER TABLE waitlist_entries FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON waitlist_entries;
                CREATE POLICY tenant_isolation ON waitlist_entries
                    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

                ALTER TABLE booking_series ENABLE ROW LEVEL SECURITY;
                ALTER TABLE booking_series FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON booking_series;
                CREATE POLICY tenant_isolation ON booking_series
                    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

                ALTER TABLE carts ENABLE ROW LEVEL SECURITY;
                ALTER TABLE carts FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON carts;
                CREATE POLICY tenant_isolation ON carts
                    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

                ALTER TABLE booking_settings ENABLE ROW LEVEL SECURITY;
                ALTER TABLE booking_settings FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON booking_settings;
                CREATE POLICY tenant_isolation ON booking_settings
                    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

                ALTER TABLE idempotency_keys ENABLE ROW LEVEL SECURITY;
                ALTER TABLE idempotency_keys FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON idempotency_keys;
                CREATE POLICY tenant_isolation ON idempotency_keys
                    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP POLICY IF EXISTS tenant_isolation ON booking_events;
                ALTER TABLE booking_events NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE booking_events DISABLE ROW LEVEL SECURITY;

                DROP POLICY IF EXISTS tenant_isolation ON group_occurrences;
                ALTER TABLE group_occurrences NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE group_occurrences DISABLE ROW LEVEL SECURITY;

                DROP POLICY IF EXISTS tenant_isolation ON waitlist_entries;
                ALTER TABLE waitlist_entries NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE waitlist_entries DISABLE ROW LEVEL SECURITY;

                DROP POLICY IF EXISTS tenant_isolation ON booking_series;
                ALTER TABLE booking_series NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE booking_series DISABLE ROW LEVEL SECURITY;

                DROP POLICY IF EXISTS tenant_isolation ON carts;
                ALTER TABLE carts NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE carts DISABLE ROW LEVEL SECURITY;

                DROP POLICY IF EXISTS tenant_isolation ON booking_settings;
                ALTER TABLE booking_settings NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE booking_settings DISABLE ROW LEVEL SECURITY;

                DROP POLICY IF EXISTS tenant_isolation ON idempotency_keys;
                ALTER TABLE idempotency_keys NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE idempotency_keys DISABLE ROW LEVEL SECURITY;
                """);

            migrationBuilder.Sql("""
                ALTER TABLE bookings DROP CONSTRAINT IF EXISTS ex_bookings_provider_time;
                """);

            migrationBuilder.DropForeignKey(
                name: "fk_bookings_booking_series_tenant_id_series_id",
                table: "bookings");

            migrationBuilder.DropForeignKey(
                name: "fk_bookings_carts_tenant_id_cart_id",
                table: "bookings");

            migrationBuilder.DropForeignKey(
                name: "fk_bookings_group_occurrences_tenant_id_occurrence_id",
                table: "bookings");

            migrationBuilder.DropForeignKey(
                name: "fk_bookings_users_customer_user_id",
                table: "bookings");

            migrationBuilder.DropTable(
                name: "booking_events");

            migrationBuilder.DropTable(
                name: "booking_series");

            migrationBuilder.DropTable(
                name: "booking_settings");

            migrationBuilder.DropTable(
                name: "carts");

            migrationBuilder.DropTable(
                name: "guest_email_claims",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "idempotency_keys");

            migrationBuilder.DropTable(
                name: "waitlist_entries");

            migrationBuilder.DropTable(
                name: "group_occurrences");

            migrationBuilder.DropIndex(
                name: "ix_bookings_customer_user_id",
                table: "bookings");

            migrationBuilder.DropIndex(
                name: "ix_bookings_due_confirmations",
                table: "bookings");

            migrationBuilder.DropIndex(
                name: "ix_bookings_due_holds",
                table: "bookings");

            migrationBuilder.DropIndex(
                name: "ix_bookings_tenant_id_cart_id",
                table: "bookings");

            migrationBuilder.DropIndex(
                name: "ix_bookings_tenant_id_customer_user_id_starts_at",
                table: "bookings");

            migrationBuilder.DropIndex(
                name: "ix_bookings_tenant_id_guest_email",
                table: "bookings");

            migrationBuilder.DropIndex(
                name: "ix_bookings_tenant_id_occurrence_id",
                table: "bookings");

            migrationBuilder.DropIndex(
                name: "ix_bookings_tenant_id_series_id_series_index",
                table: "bookings");

            migrationBuilder.DropIndex(
                name: "ix_bookings_tenant_id_starts_at_id",
                table: "bookings");

            migrationBuilder.DropCheckConstraint(
                name: "ck_bookings_amounts",
                table: "bookings");

            migrationBuilder.DropCheckConstraint(
                name: "ck_bookings_payment_status",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "cancelled_at",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "cart_id",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "confirmation_expires_at",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "currency",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "guest_name",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "occurrence_id",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "participants",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "payment_status",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "percent_off",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "price_amount",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "price_basis",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "price_role",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "refund_amount",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "refund_percent",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "refund_tiers",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "requires_confirmation",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "reschedule_cutoff_minutes",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "series_id",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "series_index",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "unit_amount",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "bookings");
        }
    }
}
