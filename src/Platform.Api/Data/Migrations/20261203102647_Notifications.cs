using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class Notifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            Up1(migrationBuilder);
            Up2(migrationBuilder);
            migrationBuilder.Sql("""
                ALTER TABLE outbox_events ENABLE ROW LEVEL SECURITY;
                ALTER TABLE outbox_events FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON outbox_events;
                CREATE POLICY tenant_isolation ON outbox_events
                  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
                ALTER TABLE notification_deliveries ENABLE ROW LEVEL SECURITY;
                ALTER TABLE notification_deliveries FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON notification_deliveries;
                CREATE POLICY tenant_isolation ON notification_deliveries
                  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
                ALTER TABLE notification_templates ENABLE ROW LEVEL SECURITY;
                ALTER TABLE notification_templates FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON notification_templates;
                CREATE POLICY tenant_isolation ON notification_templates
                  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
                ALTER TABLE calendar_feeds ENABLE ROW LEVEL SECURITY;
                ALTER TABLE calendar_feeds FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON calendar_feeds;
                CREATE POLICY tenant_isolation ON calendar_feeds
                  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
                ALTER TABLE webhook_endpoints ENABLE ROW LEVEL SECURITY;
                ALTER TABLE webhook_endpoints FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON webhook_endpoints;
                CREATE POLICY tenant_isolation ON webhook_endpoints
                  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
                ALTER TABLE integration_clients ENABLE ROW LEVEL SECURITY;
                ALTER TABLE integration_clients FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON integration_clients;
                CREATE POLICY tenant_isolation ON integration_clients
                  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
                """);
            // Every booking event becomes an outbox row in the same transaction (whoever wrote it: EF or plain SQL),
            // and wakes the dispatchers of every instance; the payload is the tenant only.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION platform_outbox_booking_event() RETURNS trigger LANGUAGE plpgsql AS $fn$
                BEGIN
                  INSERT INTO public.outbox_events (id, tenant_id, type, booking_id, occurred_at)
                  VALUES (NEW.id, NEW.tenant_id, 'booking_event', NEW.booking_id, NEW.occurred_at);
                  RETURN NULL;
                END
                $fn$;

                -- Members joining or leaving are integrator events too, however the membership was made or removed.
                CREATE OR REPLACE FUNCTION platform_outbox_membership() RETURNS trigger LANGUAGE plpgsql AS $fn$
                DECLARE
                  r public.memberships;
                BEGIN
                  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
                  -- An organization being deleted takes its members with it: nobody is left to tell.
                  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM platform.tenants t WHERE t.id = r.tenant_id) THEN
                    RETURN NULL;
                  END IF;
                  INSERT INTO public.outbox_events (id, tenant_id, type, data, occurred_at)
                  VALUES (gen_random_uuid(), r.tenant_id, CASE TG_OP WHEN 'DELETE' THEN 'member.removed' ELSE 'member.added' END,
                    jsonb_build_object('membershipId', r.id, 'userId', r.user_id, 'staffRole', r.staff_role,
                      'customerRoles', to_jsonb(r.customer_roles)),
                    clock_timestamp());
                  RETURN NULL;
                END
                $fn$;

                CREATE OR REPLACE FUNCTION platform_notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $fn$
                BEGIN
                  PERFORM pg_notify('platform_outbox', NEW.tenant_id::text);
                  RETURN NULL;
                END
                $fn$;

                DROP TRIGGER IF EXISTS booking_events_outbox ON public.booking_events;
                CREATE TRIGGER booking_events_outbox AFTER INSERT ON public.booking_events
                  FOR EACH ROW EXECUTE FUNCTION platform_outbox_booking_event();
                DROP TRIGGER IF EXISTS memberships_outbox ON public.memberships;
                CREATE TRIGGER memberships_outbox AFTER INSERT OR DELETE ON public.memberships
                  FOR EACH ROW EXECUTE FUNCTION platform_outbox_membership();
                DROP TRIGGER IF EXISTS outbox_events_notify ON public.outbox_events;
                CREATE TRIGGER outbox_events_notify AFTER INSERT ON public.outbox_events
                  FOR EACH ROW EXECUTE FUNCTION platform_notify_outbox();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS booking_events_outbox ON public.booking_events;
                DROP TRIGGER IF EXISTS outbox_events_notify ON public.outbox_events;
                DROP TRIGGER IF EXISTS memberships_outbox ON public.memberships;
                DROP FUNCTION IF EXISTS platform_outbox_membership();
                DROP FUNCTION IF EXISTS platform_outbox_booking_event();
                DROP FUNCTION IF EXISTS platform_notify_outbox();
                DROP POLICY IF EXISTS tenant_isolation ON outbox_events;
                ALTER TABLE outbox_events NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE outbox_events DISABLE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON notification_deliveries;
                ALTER TABLE notification_deliveries NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE notification_deliveries DISABLE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON notification_templates;
                ALTER TABLE notification_templates NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE notification_templates DISABLE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON calendar_feeds;
                ALTER TABLE calendar_feeds NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE calendar_feeds DISABLE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON webhook_endpoints;
                ALTER TABLE webhook_endpoints NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE webhook_endpoints DISABLE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON integration_clients;
                ALTER TABLE integration_clients NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE integration_clients DISABLE ROW LEVEL SECURITY;
                """);
            Down1(migrationBuilder);
        }
    }
}
