using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Api.Data.Migrations
{
    public partial class Bookings
    {
        private static void Up3(MigrationBuilder migrationBuilder)
        {
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
    }
}
