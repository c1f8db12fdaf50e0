using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Api.Data.Migrations
{
    public partial class Bookings
    {
        private static void Down1(MigrationBuilder migrationBuilder)
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
