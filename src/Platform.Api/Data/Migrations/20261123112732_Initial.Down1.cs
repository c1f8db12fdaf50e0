using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Api.Data.Migrations
{
    public partial class Initial
    {
        private static void Down1(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP POLICY IF EXISTS tenant_isolation ON invitations;
                ALTER TABLE invitations NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE invitations DISABLE ROW LEVEL SECURITY;

                DROP POLICY IF EXISTS tenant_isolation ON customer_roles;
                ALTER TABLE customer_roles NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE customer_roles DISABLE ROW LEVEL SECURITY;

                DROP POLICY IF EXISTS tenant_isolation ON memberships;
                ALTER TABLE memberships NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE memberships DISABLE ROW LEVEL SECURITY;
                """);

            migrationBuilder.DropTable(
                name: "customer_roles");

            migrationBuilder.DropTable(
                name: "invitations");

            migrationBuilder.DropTable(
                name: "memberships");

            migrationBuilder.DropTable(
                name: "openiddict_scopes",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "openiddict_tokens",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "user_claims",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "user_logins",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "user_tokens",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "tenants",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "openiddict_authorizations",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "users",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "openiddict_applications",
                schema: "identity");
        }
    }
}
