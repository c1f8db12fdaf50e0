using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Api.Data.Migrations
{
    public partial class Payments
    {
        private static void Up2(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "payment_refunds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    payment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    booking_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    amount = table.Column<long>(type: "bigint", nullable: false),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    stripe_refund_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    failure_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    lease_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_event_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payment_refunds", x => new { x.tenant_id, x.id });
                    table.UniqueConstraint("ak_payment_refunds_id", x => x.id);
                    table.CheckConstraint("ck_payment_refunds_amount", "amount > 0");
                    table.ForeignKey(
                        name: "fk_payment_refunds_bookings_tenant_id_booking_id",
                        columns: x => new { x.tenant_id, x.booking_id },
                        principalTable: "bookings",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_payment_refunds_payments_tenant_id_payment_id",
                        columns: x => new { x.tenant_id, x.payment_id },
                        principalTable: "payments",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_tenant_id_payment_id",
                table: "bookings",
                columns: new[] { "tenant_id", "payment_id" },
                filter: "payment_id IS NOT NULL");

            migrationBuilder.AddCheckConstraint(
                name: "ck_booking_events_kind",
                table: "booking_events",
                sql: "kind IN ('Created','StatusChanged','Rescheduled','CustomerAttached','PaymentChanged')");

            migrationBuilder.CreateIndex(
                name: "ix_payment_accounts_stripe_account_id",
                table: "payment_accounts",
                column: "stripe_account_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payment_disputes_stripe_dispute_id",
                table: "payment_disputes",
                column: "stripe_dispute_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payment_disputes_tenant_id_payment_id",
                table: "payment_disputes",
                columns: new[] { "tenant_id", "payment_id" });

            migrationBuilder.CreateIndex(
                name: "ix_payment_refunds_stripe_refund_id",
                table: "payment_refunds",
                column: "stripe_refund_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payment_refunds_tenant_id_booking_id_sequence",
                table: "payment_refunds",
                columns: new[] { "tenant_id", "booking_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payment_refunds_tenant_id_payment_id",
                table: "payment_refunds",
                columns: new[] { "tenant_id", "payment_id" });

            migrationBuilder.CreateIndex(
                name: "ix_payments_checkout_session_id",
                table: "payments",
                column: "checkout_session_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payments_payment_intent_id",
                table: "payments",
                column: "payment_intent_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payments_tenant_id_booking_id_attempt",
                table: "payments",
                columns: new[] { "tenant_id", "booking_id", "attempt" },
                unique: true,
                filter: "booking_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_payments_tenant_id_captured_at",
                table: "payments",
                columns: new[] { "tenant_id", "captured_at" });

            migrationBuilder.CreateIndex(
                name: "ix_payments_tenant_id_cart_id_attempt",
                table: "payments",
                columns: new[] { "tenant_id", "cart_id", "attempt" },
                unique: true,
                filter: "cart_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_payments_unresolved",
                table: "payments",
                columns: new[] { "tenant_id", "updated_at" },
                filter: "status NOT IN ('Succeeded','Canceled') OR (decision <> 'None' AND captured_at IS NULL AND status <> 'Canceled')");

            migrationBuilder.CreateIndex(
                name: "ix_payouts_stripe_payout_id",
                table: "payouts",
                column: "stripe_payout_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payouts_tenant_id_created_at_id",
                table: "payouts",
                columns: new[] { "tenant_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_stripe_events_unprocessed",
                schema: "platform",
                table: "stripe_events",
                column: "received_at",
                filter: "processed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_stripe_objects_organization_id",
                schema: "platform",
                table: "stripe_objects",
                column: "organization_id");

            migrationBuilder.Sql("""
                ALTER TABLE payment_accounts ENABLE ROW LEVEL SECURITY;
                ALTER TABLE payment_accounts FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON payment_accounts;
                CREATE POLICY tenant_isolation ON payment_accounts
                    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

                ALTER TABLE payments ENABLE ROW LEVEL SECURITY;
                ALTER TABLE payments FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON payments;
                CREATE POLICY tenant_isolation ON payments
                    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

                ALTER TABLE payment_refunds ENABLE ROW LEVEL SECURITY;
                ALTER TABLE payment_refunds FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON payment_refunds;
                CREATE POLICY tenant_isolation ON payment_refunds
                    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

                ALTER TABLE payment_disputes ENABLE ROW LEVEL SECURITY;
                ALTER TABLE payment_disputes FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON payment_disputes;
                CREATE POLICY tenant_isolation ON payment_disputes
                    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

                ALTER TABLE payouts ENABLE ROW LEVEL SECURITY;
                ALTER TABLE payouts FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON payouts;
                CREATE POLICY tenant_isolation ON payouts
                    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
                """);
        }
    }
}
