using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Api.Data.Migrations
{
    public partial class Catalog
    {
        private static void Down1(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP POLICY IF EXISTS tenant_isolation ON price_rules;
                ALTER TABLE price_rules NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE price_rules DISABLE ROW LEVEL SECURITY;

                DROP POLICY IF EXISTS tenant_isolation ON bookings;
                ALTER TABLE bookings NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE bookings DISABLE ROW LEVEL SECURITY;

                DROP POLICY IF EXISTS tenant_isolation ON busy_intervals;
                ALTER TABLE busy_intervals NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE busy_intervals DISABLE ROW LEVEL SECURITY;

                DROP POLICY IF EXISTS tenant_isolation ON blackouts;
                ALTER TABLE blackouts NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE blackouts DISABLE ROW LEVEL SECURITY;

                DROP POLICY IF EXISTS tenant_isolation ON availability_overrides;
                ALTER TABLE availability_overrides NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE availability_overrides DISABLE ROW LEVEL SECURITY;

                DROP POLICY IF EXISTS tenant_isolation ON availability_rules;
                ALTER TABLE availability_rules NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE availability_rules DISABLE ROW LEVEL SECURITY;

                DROP POLICY IF EXISTS tenant_isolation ON providers;
                ALTER TABLE providers NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE providers DISABLE ROW LEVEL SECURITY;

                DROP POLICY IF EXISTS tenant_isolation ON offering_providers;
                ALTER TABLE offering_providers NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE offering_providers DISABLE ROW LEVEL SECURITY;

                DROP POLICY IF EXISTS tenant_isolation ON offerings;
                ALTER TABLE offerings NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE offerings DISABLE ROW LEVEL SECURITY;
                """);

            migrationBuilder.DropTable(
                name: "availability_overrides");

            migrationBuilder.DropTable(
                name: "availability_rules");

            migrationBuilder.DropTable(
                name: "blackouts");

            migrationBuilder.DropTable(
                name: "bookings");

            migrationBuilder.DropTable(
                name: "busy_intervals");

            migrationBuilder.DropTable(
                name: "offering_providers");

            migrationBuilder.DropTable(
                name: "price_rules");

            migrationBuilder.DropTable(
                name: "providers");

            migrationBuilder.DropTable(
                name: "offerings");
        }
    }
}
