using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class Realtime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Changes are announced by the database in the writing transaction: pg_notify on one channel,
            // payloads of ids and the tenant only (listeners reload what they may show).
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION platform_notify_booking() RETURNS trigger LANGUAGE plpgsql AS $fn$
                DECLARE
                  r public.bookings;
                  payload jsonb;
                BEGIN
                  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
                  payload := jsonb_build_object(
                    'k', 'booking', 't', r.tenant_id, 'id', r.id, 'o', r.offering_id, 'p', r.provider_id,
                    'c', r.customer_user_id, 's', r.status, 'ps', r.payment_status,
                    'st', r.starts_at, 'en', r.ends_at, 'bf', r.blocked_from, 'bu', r.blocked_until);
                  -- A reschedule frees the old time (and maybe another provider's calendar): say where it was.
                  IF TG_OP = 'UPDATE' AND (OLD.starts_at, OLD.provider_id) IS DISTINCT FROM (NEW.starts_at, NEW.provider_id) THEN
                    payload := payload || jsonb_build_object('op', OLD.provider_id, 'ost', OLD.starts_at, 'oen', OLD.ends_at,
                      'obf', OLD.blocked_from, 'obu', OLD.blocked_until);
                  END IF;
                  PERFORM pg_notify('platform_events', payload::text);
                  RETURN NULL;
                END
                $fn$;

                CREATE OR REPLACE FUNCTION platform_notify_membership() RETURNS trigger LANGUAGE plpgsql AS $fn$
                DECLARE
                  r public.memberships;
                BEGIN
                  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
                  PERFORM pg_notify('platform_events', jsonb_build_object('k', 'membership', 't', r.tenant_id, 'u', r.user_id)::text);
                  RETURN NULL;
                END
                $fn$;

                DROP TRIGGER IF EXISTS bookings_notify ON public.bookings;
                CREATE TRIGGER bookings_notify AFTER INSERT OR DELETE OR UPDATE ON public.bookings
                  FOR EACH ROW EXECUTE FUNCTION platform_notify_booking();
                DROP TRIGGER IF EXISTS memberships_notify ON public.memberships;
                CREATE TRIGGER memberships_notify AFTER INSERT OR DELETE OR UPDATE ON public.memberships
                  FOR EACH ROW EXECUTE FUNCTION platform_notify_membership();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS bookings_notify ON public.bookings;
                DROP TRIGGER IF EXISTS memberships_notify ON public.memberships;
                DROP FUNCTION IF EXISTS platform_notify_booking();
                DROP FUNCTION IF EXISTS platform_notify_membership();
                """);
        }
    }
}
