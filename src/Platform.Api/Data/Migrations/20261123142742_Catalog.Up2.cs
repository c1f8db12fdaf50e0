using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Api.Data.Migrations
{
    public partial class Catalog
    {
        private static void Up2(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "busy_intervals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider_id = table.Column<Guid>(type: "uuid", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    external_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_busy_intervals", x => new { x.tenant_id, x.id });
                    table.CheckConstraint("ck_busy_intervals_span", "ends_at > starts_at");
                    table.ForeignKey(
                        name: "fk_busy_intervals_providers_tenant_id_provider_id",
                        columns: x => new { x.tenant_id, x.provider_id },
                        principalTable: "providers",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "offering_providers",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    offering_id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_offering_providers", x => new { x.tenant_id, x.offering_id, x.provider_id });
                    table.ForeignKey(
                        name: "fk_offering_providers_offerings_tenant_id_offering_id",
                        columns: x => new { x.tenant_id, x.offering_id },
                        principalTable: "offerings",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_offering_providers_providers_tenant_id_provider_id",
                        columns: x => new { x.tenant_id, x.provider_id },
                        principalTable: "providers",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_availability_overrides_tenant_id_provider_id_date",
                table: "availability_overrides",
                columns: new[] { "tenant_id", "provider_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_availability_rules_tenant_id_provider_id_day_of_week",
                table: "availability_rules",
                columns: new[] { "tenant_id", "provider_id", "day_of_week" });

            migrationBuilder.CreateIndex(
                name: "ix_blackouts_tenant_id_provider_id",
                table: "blackouts",
                columns: new[] { "tenant_id", "provider_id" });

            migrationBuilder.CreateIndex(
                name: "ix_blackouts_tenant_id_starts_at",
                table: "blackouts",
                columns: new[] { "tenant_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_tenant_id_offering_id_starts_at",
                table: "bookings",
                columns: new[] { "tenant_id", "offering_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_tenant_id_provider_id_blocked_from",
                table: "bookings",
                columns: new[] { "tenant_id", "provider_id", "blocked_from" },
                filter: "status IN ('Held','AwaitingHost','Confirmed')");

            migrationBuilder.CreateIndex(
                name: "ix_busy_intervals_tenant_id_provider_id_source_external_id",
                table: "busy_intervals",
                columns: new[] { "tenant_id", "provider_id", "source", "external_id" },
                unique: true,
                filter: "external_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_busy_intervals_tenant_id_provider_id_starts_at",
                table: "busy_intervals",
                columns: new[] { "tenant_id", "provider_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_offering_providers_tenant_id_provider_id",
                table: "offering_providers",
                columns: new[] { "tenant_id", "provider_id" });

            migrationBuilder.CreateIndex(
                name: "ix_offerings_tenant_id_status_name",
                table: "offerings",
                columns: new[] { "tenant_id", "status", "name" });

            migrationBuilder.CreateIndex(
                name: "ix_price_rules_tenant_id_offering_id_role_key",
                table: "price_rules",
                columns: new[] { "tenant_id", "offering_id", "role_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_providers_tenant_id_membership_id",
                table: "providers",
                columns: new[] { "tenant_id", "membership_id" },
                unique: true);

            // Every catalog table is tenant-owned: forced RLS, same policy as the foundation's tables.
            migrationBuilder.Sql("""
                ALTER TABLE offerings ENABLE ROW LEVEL SECURITY;
                ALTER TABLE offerings FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON offerings;
                CREATE POLICY tenant_isolation ON offerings
                    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

                ALTER TABLE offering_providers ENABLE ROW LEVEL SECURITY;
                ALTER TABLE offering_providers FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON offering_providers;
                CREATE POLICY tenant_isolation ON offering_providers
                    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

                ALTER TABLE providers ENABLE ROW LEVEL SECURITY;
                ALTER TABLE providers FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON providers;
                CREATE POLICY tenant_isolation ON providers
                    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

                ALTER TABLE availability_rules ENABLE ROW LEVEL SECURITY;
                ALTER TABLE availability_rules FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON availability_rules;
                CREATE POLICY tenant_isolation ON availability_rules
                    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

                ALTER TABLE availability_overrides ENABLE ROW LEVEL SECURITY;
                ALTER TABLE availability_overrides FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON availability_overrides;
                CREATE POLICY tenant_isolation ON availability_overrides
                    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

                ALTER TABLE blackouts ENABLE ROW LEVEL SECURITY;
                ALTER TABLE blackouts FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON blackouts;
                CREATE POLICY tenant_isolation ON blackouts
                    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

                ALTER TABLE busy_intervals ENABLE ROW LEVEL SECURITY;
                ALTER TABLE busy_intervals FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON busy_intervals;
                CREATE POLICY tenant_isolation ON busy_intervals
                    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

                ALTER TABLE bookings ENABLE ROW LEVEL SECURITY;
                ALTER TABLE bookings FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON bookings;
                CREATE POLICY tenant_isolation ON bookings
                    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

                ALTER TABLE price_rules ENABLE ROW LEVEL SECURITY;
                ALTER TABLE price_rules FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON price_rules;
                CREATE POLICY tenant_isolation ON price_rules
                    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
                """);
        }
    }
}
