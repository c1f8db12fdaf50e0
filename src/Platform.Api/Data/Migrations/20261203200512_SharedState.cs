using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Api.Data.Migrations
{
    /// <summary>
    /// State several API instances share: change notifications that evict the tenant and booking-settings caches on
    /// every instance, and the shared rate limit counters.
    /// </summary>
    public partial class SharedState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Cache invalidation: a committed change to an organization's registry row (any column: the tenant cache
            // holds the whole row) or its booking settings is announced on the realtime channel; pg_notify is
            // delivered only on commit, so a rolled-back change evicts nothing. Ids and slugs only.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION platform_notify_tenant() RETURNS trigger LANGUAGE plpgsql AS $fn$
                DECLARE
                  payload jsonb;
                BEGIN
                  IF TG_OP = 'DELETE' THEN
                    payload := jsonb_build_object('k', 'tenant', 't', OLD.id, 'slug', OLD.slug);
                  ELSIF TG_OP = 'UPDATE' THEN
                    payload := jsonb_build_object('k', 'tenant', 't', NEW.id, 'slug', NEW.slug, 'old_slug', OLD.slug);
                  ELSE
                    -- A new organization: its slug may be cached as unknown.
                    payload := jsonb_build_object('k', 'tenant', 't', NEW.id, 'slug', NEW.slug);
                  END IF;
                  PERFORM pg_notify('platform_events', payload::text);
                  RETURN NULL;
                END
                $fn$;

                CREATE OR REPLACE FUNCTION platform_notify_booking_settings() RETURNS trigger LANGUAGE plpgsql AS $fn$
                DECLARE
                  r public.booking_settings;
                BEGIN
                  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
                  PERFORM pg_notify('platform_events', jsonb_build_object('k', 'booking_settings', 't', r.tenant_id)::text);
                  RETURN NULL;
                END
                $fn$;

                DROP TRIGGER IF EXISTS tenants_notify ON platform.tenants;
                CREATE TRIGGER tenants_notify AFTER INSERT OR DELETE ON platform.tenants
                  FOR EACH ROW EXECUTE FUNCTION platform_notify_tenant();
                DROP TRIGGER IF EXISTS tenants_notify_update ON platform.tenants;
                CREATE TRIGGER tenants_notify_update AFTER UPDATE ON platform.tenants
                  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION platform_notify_tenant();
                DROP TRIGGER IF EXISTS booking_settings_notify ON public.booking_settings;
                CREATE TRIGGER booking_settings_notify AFTER INSERT OR DELETE OR UPDATE ON public.booking_settings
                  FOR EACH ROW EXECUTE FUNCTION platform_notify_booking_settings();
                """);

            // Shared fixed-window rate limit counters (GraphQL/RateLimiting): one row per partition (a client in an
            // organization, or an organization), its current window (started by its first request, by the database's
            // clock, so instances' clocks do not matter) and the permits all instances together claimed in it.
            // UNLOGGED: no WAL per claim, and a crash that empties it only forgives the current minute. Not tenant-owned
            // data (no tenant_id, no RLS): keys are hashes of partition names (no user ids or addresses), never shown to users.
            // The migrator grants the application role SELECT, INSERT, UPDATE, DELETE on the schema's tables, which is
            // exactly what this needs (INSERT … ON CONFLICT DO UPDATE … RETURNING, and DELETE for the sweep).
            migrationBuilder.Sql("""
                CREATE UNLOGGED TABLE platform.rate_limit_windows (
                  partition_key text NOT NULL,
                  window_start timestamptz NOT NULL,
                  permits integer NOT NULL,
                  CONSTRAINT pk_rate_limit_windows PRIMARY KEY (partition_key)
                );
                CREATE INDEX ix_rate_limit_windows_window_start ON platform.rate_limit_windows (window_start);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE IF EXISTS platform.rate_limit_windows;
                DROP TRIGGER IF EXISTS tenants_notify ON platform.tenants;
                DROP TRIGGER IF EXISTS tenants_notify_update ON platform.tenants;
                DROP TRIGGER IF EXISTS booking_settings_notify ON public.booking_settings;
                DROP FUNCTION IF EXISTS platform_notify_tenant();
                DROP FUNCTION IF EXISTS platform_notify_booking_settings();
                """);
        }
    }
}
