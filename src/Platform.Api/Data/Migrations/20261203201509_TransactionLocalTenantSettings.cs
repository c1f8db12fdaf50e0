using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Api.Data.Migrations
{
    /// <summary>
    /// The procedure the application calls in front of an autocommit statement (TenantSession.CallPrefix) to set the
    /// row-level-security settings for that statement's transaction only: a CALL returns no result set, so it can
    /// share a batch with any statement. PL/pgSQL caches its plan per session. Executable by PUBLIC (the default):
    /// it sets nothing a caller could not set with set_config itself.
    /// </summary>
    public partial class TransactionLocalTenantSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE PROCEDURE public.set_request_context(tenant_id text, user_id text)
                LANGUAGE plpgsql AS $$
                BEGIN
                  PERFORM set_config('app.tenant_id', tenant_id, true);
                  PERFORM set_config('app.user_id', user_id, true);
                END
                $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP PROCEDURE IF EXISTS public.set_request_context(text, text);");
        }
    }
}
