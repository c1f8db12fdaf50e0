using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Api.Data.Migrations
{
    public partial class Payments
    {
        private static void Down1(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP POLICY IF EXISTS tenant_isolation ON payment_accounts;
                ALTER TABLE payment_accounts NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE payment_accounts DISABLE ROW LEVEL SECURITY;

                DROP POLICY IF EXISTS tenant_isolation ON payments;
                ALTER TABLE payments NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE payments DISABLE ROW LEVEL SECURITY;

                DROP POLICY IF EXISTS tenant_isolation ON payment_refunds;
                ALTER TABLE payment_refunds NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE payment_refunds DISABLE ROW LEVEL SECURITY;

                DROP POLICY IF EXISTS tenant_isolation ON payment_disputes;
                ALTER TABLE payment_disputes NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE payment_disputes DISABLE ROW LEVEL SECURITY;

                DROP POLICY IF EXISTS tenant_isolation ON payouts;
                ALTER TABLE payouts NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE payouts DISABLE ROW LEVEL SECURITY;
                """);

            migrationBuilder.DropTable(
                name: "payment_accounts");

            migrationBuilder.DropTable(
                name: "payment_disputes");

            migrationBuilder.DropTable(
                name: "payment_refunds");

            migrationBuilder.DropTable(
                name: "payouts");

            migrationBuilder.DropTable(
                name: "stripe_events",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "stripe_objects",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "payments");

            migrationBuilder.DropIndex(
                name: "ix_bookings_tenant_id_payment_id",
                table: "bookings");

            migrationBuilder.DropCheckConstraint(
                name: "ck_booking_events_kind",
                table: "booking_events");

            migrationBuilder.DropColumn(
                name: "captured_amount",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "payment_flag",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "payment_id",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "platform_fee",
                table: "bookings");
        }
    }
}
