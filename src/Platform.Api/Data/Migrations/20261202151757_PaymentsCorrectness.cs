using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class PaymentsCorrectness : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_payment_refunds_stripe_refund_id",
                table: "payment_refunds");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "dead_at",
                schema: "platform",
                table: "stripe_events",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "locked_until",
                schema: "platform",
                table: "stripe_events",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "next_attempt_at",
                schema: "platform",
                table: "stripe_events",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "authorized_at",
                table: "payments",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "call_uncertain",
                table: "payments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "cancellation_reason",
                table: "payments",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "fee_basis_points",
                table: "payments",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "fee_fixed_amount",
                table: "payments",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "key_generation",
                table: "payments",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "payment_method_type",
                table: "payments",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "transfer_id",
                table: "payments",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "attempts",
                table: "payment_refunds",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "external",
                table: "payment_refunds",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "key_generation",
                table: "payment_refunds",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "fee",
                table: "payment_disputes",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "reversal_id",
                table: "payment_disputes",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "reversed_amount",
                table: "payment_disputes",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deauthorized_at",
                table: "payment_accounts",
                type: "timestamp with time zone",
                nullable: true);

            // Payments started before the fee was agreed per payment keep the plan they were started under.
            // The owner is subject to the forced policies too, so they are lifted for this one cross-tenant
            // backfill, inside the migration's transaction.
            migrationBuilder.Sql("""
                ALTER TABLE payments NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE payment_accounts NO FORCE ROW LEVEL SECURITY;
                UPDATE payments p SET fee_basis_points = a.fee_basis_points, fee_fixed_amount = a.fee_fixed_amount
                FROM payment_accounts a WHERE a.tenant_id = p.tenant_id;
                ALTER TABLE payments FORCE ROW LEVEL SECURITY;
                ALTER TABLE payment_accounts FORCE ROW LEVEL SECURITY;
                UPDATE platform.stripe_events SET next_attempt_at = received_at WHERE processed_at IS NULL;
                """);

            migrationBuilder.CreateIndex(
                name: "ix_stripe_events_due",
                schema: "platform",
                table: "stripe_events",
                column: "next_attempt_at",
                filter: "processed_at IS NULL AND dead_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_payment_refunds_stripe_refund_id",
                table: "payment_refunds",
                column: "stripe_refund_id");

            migrationBuilder.CreateIndex(
                name: "ix_payment_refunds_unresolved",
                table: "payment_refunds",
                columns: new[] { "tenant_id", "updated_at" },
                filter: "status IN ('Requested','Pending')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_stripe_events_due",
                schema: "platform",
                table: "stripe_events");

            migrationBuilder.DropIndex(
                name: "ix_payment_refunds_stripe_refund_id",
                table: "payment_refunds");

            migrationBuilder.DropIndex(
                name: "ix_payment_refunds_unresolved",
                table: "payment_refunds");

            migrationBuilder.DropColumn(
                name: "dead_at",
                schema: "platform",
                table: "stripe_events");

            migrationBuilder.DropColumn(
                name: "locked_until",
                schema: "platform",
                table: "stripe_events");

            migrationBuilder.DropColumn(
                name: "next_attempt_at",
                schema: "platform",
                table: "stripe_events");

            migrationBuilder.DropColumn(
                name: "authorized_at",
                table: "payments");

            migrationBuilder.DropColumn(
                name: "call_uncertain",
                table: "payments");

            migrationBuilder.DropColumn(
                name: "cancellation_reason",
                table: "payments");

            migrationBuilder.DropColumn(
                name: "fee_basis_points",
                table: "payments");

            migrationBuilder.DropColumn(
                name: "fee_fixed_amount",
                table: "payments");

            migrationBuilder.DropColumn(
                name: "key_generation",
                table: "payments");

            migrationBuilder.DropColumn(
                name: "payment_method_type",
                table: "payments");

            migrationBuilder.DropColumn(
                name: "transfer_id",
                table: "payments");

            migrationBuilder.DropColumn(
                name: "attempts",
                table: "payment_refunds");

            migrationBuilder.DropColumn(
                name: "external",
                table: "payment_refunds");

            migrationBuilder.DropColumn(
                name: "key_generation",
                table: "payment_refunds");

            migrationBuilder.DropColumn(
                name: "fee",
                table: "payment_disputes");

            migrationBuilder.DropColumn(
                name: "reversal_id",
                table: "payment_disputes");

            migrationBuilder.DropColumn(
                name: "reversed_amount",
                table: "payment_disputes");

            migrationBuilder.DropColumn(
                name: "deauthorized_at",
                table: "payment_accounts");

            migrationBuilder.CreateIndex(
                name: "ix_payment_refunds_stripe_refund_id",
                table: "payment_refunds",
                column: "stripe_refund_id",
                unique: true);
        }
    }
}
