# shellcheck shell=bash
#
# scripts/pgbouncer.sh — a local PgBouncer in transaction mode in front of the
# local PostgreSQL, for the test run, `./platform up --instances N` and
# `./platform chaos`. Sourced by ./platform after scripts/postgres.sh.
#
# ensure_pgbouncer [PORT] [POOL_SIZE]
#   installs Debian's pgbouncer when missing (apt-get update first), writes a
#   config under /tmp/platform-pgbouncer-PORT and starts it unless the same
#   config is already running there. Needs ensure_database first (it reads the
#   PostgreSQL port and passwords from ConnectionStrings__Owner/__Platform).
#   PLATFORM_PGBOUNCER_MODE=session runs it in session mode instead (an app build that
#   still keeps its settings per session).
#   Exports:
#     PLATFORM_PGBOUNCER_PORT        the port it listens on (127.0.0.1)
#     PLATFORM_PGBOUNCER_DIR         its runtime directory (config, pid, log)
#     ConnectionStrings__PlatformPooled  the app role through the pooler
#
# Every database name is forwarded (`* =`), so throwaway test databases work;
# each (database, user) pair gets its own server pool of POOL_SIZE.

pgb_log() { printf 'platform: %s\n' "$*" >&2; }

# cs_value KEY CONNECTION_STRING: the value of KEY (case-insensitive) in an Npgsql connection string.
cs_value() {
  printf '%s' "$2" | tr ';' '\n' | awk -F= -v k="$1" 'tolower($1) == tolower(k) { sub(/^[^=]*=/, ""); print; exit }'
}

# cs_with_port CONNECTION_STRING PORT: the same string aimed at 127.0.0.1:PORT.
cs_with_port() {
  printf '%s' "$1" | tr ';' '\n' | awk -v p="$2" 'BEGIN { IGNORECASE = 1 }
    tolower($0) ~ /^host=/ { print "Host=127.0.0.1"; next }
    tolower($0) ~ /^port=/ { print "Port=" p; next }
    NF { print }' | paste -sd';'
}

pgbouncer_install() {
  command -v pgbouncer >/dev/null 2>&1 || [ -x /usr/sbin/pgbouncer ] && return 0
  pgb_log "installing pgbouncer (apt-get)"
  pg_quiet pg_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q || return 1
  pg_quiet pg_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q pgbouncer || return 1
  # The package may start its own service on 6432 with /etc/pgbouncer; ours runs apart, so stop that one.
  pg_as_root service pgbouncer stop >/dev/null 2>&1 || true
}

pgbouncer_bin() { command -v pgbouncer 2>/dev/null || echo /usr/sbin/pgbouncer; }

ensure_pgbouncer() {
  local port=${1:-${PLATFORM_PGBOUNCER_PORT:-6432}} pool=${2:-${PLATFORM_PGBOUNCER_POOL:-10}}
  [ -n "${ConnectionStrings__Platform:-}" ] || { pgb_log "ensure_pgbouncer: run ensure_database first"; return 1; }
  pgbouncer_install || return 1
  local dir=/tmp/platform-pgbouncer-$port pg_port app_user app_pw owner_user owner_pw
  pg_port=$(cs_value Port "$ConnectionStrings__Platform")
  app_user=$(cs_value Username "$ConnectionStrings__Platform")
  app_pw=$(cs_value Password "$ConnectionStrings__Platform")
  owner_user=$(cs_value Username "${ConnectionStrings__Owner:-}")
  owner_pw=$(cs_value Password "${ConnectionStrings__Owner:-}")
  mkdir -p "$dir"
  local config
  # server_reset_query empty: in transaction mode nothing session-level may be relied on, and the app sets
  # its settings per transaction. max_client_conn is high because several instances queue here.
  config=$(cat <<EOF
[databases]
* = host=127.0.0.1 port=${pg_port:-5432}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $port
unix_socket_dir = $dir
auth_type = scram-sha-256
auth_file = $dir/userlist.txt
pool_mode = ${PLATFORM_PGBOUNCER_MODE:-transaction}
default_pool_size = $pool
min_pool_size = 0
reserve_pool_size = 0
max_client_conn = 5000
server_reset_query =
server_lifetime = 3600
server_idle_timeout = 60
query_wait_timeout = 30
# After a failed server login (PostgreSQL restarting) retry within a second, not the default 15 s of refusals.
server_login_retry = 1
ignore_startup_parameters = extra_float_digits,options,search_path
pidfile = $dir/pgbouncer.pid
logfile = $dir/pgbouncer.log
log_connections = 0
log_disconnections = 0
admin_users = $owner_user
EOF
)
  local pid=""
  [ -f "$dir/pgbouncer.pid" ] && pid=$(cat "$dir/pgbouncer.pid" 2>/dev/null)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && [ "$(cat "$dir/pgbouncer.ini" 2>/dev/null)" = "$config" ]; then
    : # already running with this configuration
  else
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && sleep 0.5
    printf '%s\n' "$config" >"$dir/pgbouncer.ini"
    printf '"%s" "%s"\n"%s" "%s"\n' "$app_user" "$app_pw" "$owner_user" "$owner_pw" >"$dir/userlist.txt"
    chmod 600 "$dir/userlist.txt"
    rm -f "$dir/pgbouncer.pid"
    # PgBouncer refuses to run as root: -u drops to the cluster's OS user.
    if [ "$(id -u)" -eq 0 ]; then
      chown -R postgres "$dir"
      pg_quiet "$(pgbouncer_bin)" -d -u postgres "$dir/pgbouncer.ini" || return 1
    else
      pg_quiet "$(pgbouncer_bin)" -d "$dir/pgbouncer.ini" || return 1
    fi
    local i
    for ((i = 0; i < 50; i++)); do
      pg_isready -q -h 127.0.0.1 -p "$port" && break
      sleep 0.1
    done
    pg_isready -q -h 127.0.0.1 -p "$port" || { pgb_log "pgbouncer did not start; see $dir/pgbouncer.log"; return 1; }
    pgb_log "pgbouncer (${PLATFORM_PGBOUNCER_MODE:-transaction} mode, pool $pool) on 127.0.0.1:$port"
  fi
  PLATFORM_PGBOUNCER_PORT=$port
  PLATFORM_PGBOUNCER_DIR=$dir
  ConnectionStrings__PlatformPooled=$(cs_with_port "$ConnectionStrings__Platform" "$port")
  export PLATFORM_PGBOUNCER_PORT PLATFORM_PGBOUNCER_DIR ConnectionStrings__PlatformPooled
}

# stop_pgbouncer [PORT]: stop the instance ensure_pgbouncer started on PORT.
stop_pgbouncer() {
  local dir=/tmp/platform-pgbouncer-${1:-${PLATFORM_PGBOUNCER_PORT:-6432}} pid
  pid=$(cat "$dir/pgbouncer.pid" 2>/dev/null) || return 0
  kill "$pid" 2>/dev/null || true
}
