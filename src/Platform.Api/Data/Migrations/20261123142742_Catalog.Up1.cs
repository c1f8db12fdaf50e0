using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Api.Data.Migrations
{
    public partial class Catalog
    {
        private static void Up1(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "offerings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    format = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    durations_minutes = table.Column<List<int>>(type: "integer[]", nullable: false),
                    buffer_before_minutes = table.Column<int>(type: "integer", nullable: false),
                    buffer_after_minutes = table.Column<int>(type: "integer", nullable: false),
                    minimum_notice_minutes = table.Column<int>(type: "integer", nullable: false),
                    booking_window_days = table.Column<int>(type: "integer", nullable: false),
                    slot_interval_minutes = table.Column<int>(type: "integer", nullable: false),
                    requires_confirmation = table.Column<bool>(type: "boolean", nullable: false),
                    allows_guests = table.Column<bool>(type: "boolean", nullable: false),
                    location_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    location_detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    video_provider = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    refund_tiers = table.Column<string>(type: "jsonb", nullable: false),
                    reschedule_cutoff_minutes = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    archived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_offerings", x => new { x.tenant_id, x.id });
                    table.UniqueConstraint("ak_offerings_id", x => x.id);
                    table.CheckConstraint("ck_offerings_capacity", "capacity >= 1 AND (format = 'Group' OR capacity = 1)");
                    table.CheckConstraint("ck_offerings_durations", "cardinality(durations_minutes) >= 1");
                    table.CheckConstraint("ck_offerings_format", "format IN ('OneToOne','Group')");
                    table.CheckConstraint("ck_offerings_kind", "kind IN ('Session','Lesson','Workshop','Resource')");
                    table.CheckConstraint("ck_offerings_location_kind", "location_kind IN ('InPerson','Video','Phone','CustomerChooses')");
                    table.CheckConstraint("ck_offerings_minutes", "buffer_before_minutes >= 0 AND buffer_after_minutes >= 0 "
                        + "AND minimum_notice_minutes >= 0 AND slot_interval_minutes >= 1 AND booking_window_days >= 1 AND "
                        + "reschedule_cutoff_minutes >= 0");
                    table.CheckConstraint("ck_offerings_status", "status IN ('Active','Archived')");
                    table.ForeignKey(
                        name: "fk_offerings_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalSchema: "platform",
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "providers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    membership_id = table.Column<Guid>(type: "uuid", nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_providers", x => new { x.tenant_id, x.id });
                    table.UniqueConstraint("ak_providers_id", x => x.id);
                    table.ForeignKey(
                        name: "fk_providers_memberships_tenant_id_membership_id",
                        columns: x => new { x.tenant_id, x.membership_id },
                        principalTable: "memberships",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "price_rules",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    offering_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role_key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    unit_amount = table.Column<long>(type: "bigint", nullable: false),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    flat_amount = table.Column<long>(type: "bigint", nullable: true),
                    flat_from_seats = table.Column<int>(type: "integer", nullable: true),
                    tiers = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_price_rules", x => new { x.tenant_id, x.id });
                    table.UniqueConstraint("ak_price_rules_id", x => x.id);
                    table.CheckConstraint("ck_price_rules_amounts", "unit_amount >= 0 AND (flat_amount IS NULL OR flat_amount >= 0)");
                    table.CheckConstraint("ck_price_rules_currency", "currency ~ '^[A-Z]{3}$'");
                    table.CheckConstraint("ck_price_rules_flat", "(flat_amount IS NULL) = (flat_from_seats IS NULL) AND "
                        + "(flat_from_seats IS NULL OR flat_from_seats >= 1)");
                    table.ForeignKey(
                        name: "fk_price_rules_offerings_tenant_id_offering_id",
                        columns: x => new { x.tenant_id, x.offering_id },
                        principalTable: "offerings",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "availability_overrides",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    start_minute = table.Column<int>(type: "integer", nullable: true),
                    end_minute = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_availability_overrides", x => new { x.tenant_id, x.id });
                    table.CheckConstraint("ck_availability_overrides_hours", "(start_minute IS NULL AND end_minute IS NULL) "
                        + "OR (start_minute >= 0 AND end_minute > start_minute AND end_minute <= 1440)");
                    table.ForeignKey(
                        name: "fk_availability_overrides_providers_tenant_id_provider_id",
                        columns: x => new { x.tenant_id, x.provider_id },
                        principalTable: "providers",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "availability_rules",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider_id = table.Column<Guid>(type: "uuid", nullable: false),
                    day_of_week = table.Column<int>(type: "integer", nullable: false),
                    start_minute = table.Column<int>(type: "integer", nullable: false),
                    end_minute = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_availability_rules", x => new { x.tenant_id, x.id });
                    table.CheckConstraint("ck_availability_rules_hours", "day_of_week BETWEEN 1 AND 7 AND start_minute >= 0 "
                        + "AND end_minute > start_minute AND end_minute <= 1440");
                    table.ForeignKey(
                        name: "fk_availability_rules_providers_tenant_id_provider_id",
                        columns: x => new { x.tenant_id, x.provider_id },
                        principalTable: "providers",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "blackouts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider_id = table.Column<Guid>(type: "uuid", nullable: true),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_blackouts", x => new { x.tenant_id, x.id });
                    table.UniqueConstraint("ak_blackouts_id", x => x.id);
                    table.CheckConstraint("ck_blackouts_span", "ends_at > starts_at");
                    table.ForeignKey(
                        name: "fk_blackouts_providers_tenant_id_provider_id",
                        columns: x => new { x.tenant_id, x.provider_id },
                        principalTable: "providers",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_blackouts_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalSchema: "platform",
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bookings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    offering_id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    guest_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    blocked_from = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    blocked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    seats = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    hold_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bookings", x => new { x.tenant_id, x.id });
                    table.UniqueConstraint("ak_bookings_id", x => x.id);
                    table.CheckConstraint("ck_bookings_customer", "customer_user_id IS NOT NULL OR guest_email IS NOT NULL");
                    table.CheckConstraint("ck_bookings_hold", "status <> 'Held' OR hold_expires_at IS NOT NULL");
                    table.CheckConstraint("ck_bookings_seats", "seats >= 1");
                    table.CheckConstraint("ck_bookings_span", "blocked_from <= starts_at AND starts_at < ends_at AND ends_at "
                        + "<= blocked_until");
                    table.CheckConstraint("ck_bookings_status", "status IN "
                        + "('Held','AwaitingHost','Confirmed','Completed','NoShow','Cancelled','Declined','Expired')");
                    table.ForeignKey(
                        name: "fk_bookings_offerings_tenant_id_offering_id",
                        columns: x => new { x.tenant_id, x.offering_id },
                        principalTable: "offerings",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_bookings_providers_tenant_id_provider_id",
                        columns: x => new { x.tenant_id, x.provider_id },
                        principalTable: "providers",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });
        }
    }
}
