using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class CalendarsAndVideo : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            Up1(migrationBuilder);
            Up2(migrationBuilder);
            migrationBuilder.Sql("""
                ALTER TABLE calendar_connections ENABLE ROW LEVEL SECURITY;
                ALTER TABLE calendar_connections FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON calendar_connections;
                CREATE POLICY tenant_isolation ON calendar_connections
                  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
                ALTER TABLE booking_calendar_events ENABLE ROW LEVEL SECURITY;
                ALTER TABLE booking_calendar_events FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON booking_calendar_events;
                CREATE POLICY tenant_isolation ON booking_calendar_events
                  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
                ALTER TABLE calendar_conflicts ENABLE ROW LEVEL SECURITY;
                ALTER TABLE calendar_conflicts FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON calendar_conflicts;
                CREATE POLICY tenant_isolation ON calendar_conflicts
                  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
                ALTER TABLE video_accounts ENABLE ROW LEVEL SECURITY;
                ALTER TABLE video_accounts FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON video_accounts;
                CREATE POLICY tenant_isolation ON video_accounts
                  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
                ALTER TABLE booking_video_rooms ENABLE ROW LEVEL SECURITY;
                ALTER TABLE booking_video_rooms FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON booking_video_rooms;
                CREATE POLICY tenant_isolation ON booking_video_rooms
                  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP POLICY IF EXISTS tenant_isolation ON calendar_connections;
                ALTER TABLE calendar_connections NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE calendar_connections DISABLE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON booking_calendar_events;
                ALTER TABLE booking_calendar_events NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE booking_calendar_events DISABLE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON calendar_conflicts;
                ALTER TABLE calendar_conflicts NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE calendar_conflicts DISABLE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON video_accounts;
                ALTER TABLE video_accounts NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE video_accounts DISABLE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS tenant_isolation ON booking_video_rooms;
                ALTER TABLE booking_video_rooms NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE booking_video_rooms DISABLE ROW LEVEL SECURITY;
                """);
            Down1(migrationBuilder);
        }
    }
}
