# shellcheck shell=bash
#
# scripts/instances.sh — the scale-out launcher of `./platform up --instances N` and `./platform chaos`:
# PgBouncer, N API replicas, one worker and the YARP proxy (tools/Platform.Proxy) in front, each process
# supervised (restarted a second after it dies, as an orchestrator would). Sourced by ./platform after
# scripts/postgres.sh and scripts/pgbouncer.sh.
#
# instances_start N PUBLIC_URL LISTEN_URLS
#   needs ensure_database and a Release build of the API and the proxy. Writes each process's current pid to
#   $PLATFORM_UP_STATE (a new temporary directory unless set)/<name>.pid (api1..apiN, worker, proxy), so a fault injector can kill -9 one.
# instances_stop
#   stops the supervisors, every process and PgBouncer (the EXIT trap calls it).
#
# Settings (environment):
#   PLATFORM_PGBOUNCER_PORT  6433        PgBouncer's port (6432 is the test suite's)
#   PLATFORM_PGBOUNCER_POOL  20          server connections PgBouncer opens per (database, user)
#   PLATFORM_PGBOUNCER_MODE  transaction session for an app build that still relies on session settings
#   PLATFORM_INSTANCE_POOL   POOL        each process's request pool (Database__MaxPoolSize); in session mode
#                                        POOL / (2 (N + 1)): Hangfire's connections go through PgBouncer too
#   PLATFORM_INSTANCE_PORT   proxy + 100 the worker listens there, API instance i on that + i

PLATFORM_UP_STATE=${PLATFORM_UP_STATE:-}
UP_SUPERVISORS=()

# supervise NAME ROLE PORT [VAR=VALUE...]: runs the API build in ROLE until instances_stop, restarting it when it dies.
supervise() {
  local name=$1 role=$2 port=$3 rc child
  shift 3
  cd src/Platform.Api || exit 1
  while [ ! -f "$PLATFORM_UP_STATE/stopping" ]; do
    env "$@" ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet bin/Release/net10.0/Platform.Api.dll "$role" \
      > >(sed -u "s/^/[$name] /" >>"$PLATFORM_UP_STATE/out.log") 2>&1 &
    child=$!
    echo "$child" >"$PLATFORM_UP_STATE/$name.pid"
    rc=0
    wait "$child" || rc=$?
    [ -f "$PLATFORM_UP_STATE/stopping" ] && break
    printf 'platform: %s exited (%s); restarting\n' "$name" "$rc" >>"$PLATFORM_UP_STATE/out.log"
    sleep 1
  done
}

instances_start() {
  local n=$1 public=$2 listen=$3 i port base pool mode direct pooled
  [ -n "$PLATFORM_UP_STATE" ] || PLATFORM_UP_STATE=$(mktemp -d "${TMPDIR:-/tmp}/platform-up.XXXXXX")
  export PLATFORM_UP_STATE
  : >"$PLATFORM_UP_STATE/out.log"
  pool=${PLATFORM_PGBOUNCER_POOL:-20}
  mode=${PLATFORM_PGBOUNCER_MODE:-transaction}
  PLATFORM_PGBOUNCER_MODE=$mode ensure_pgbouncer "${PLATFORM_PGBOUNCER_PORT:-6433}" "$pool" || return 1
  direct=$ConnectionStrings__Platform
  pooled=$ConnectionStrings__PlatformPooled
  # The connection budget. Through PgBouncer in transaction mode a client connection holds a server connection
  # only for a transaction, so every process may open as many as PgBouncer has (POOL); in session mode a client
  # holds one for its whole life, so the POOL is shared out. Direct connections (LISTEN, Hangfire) come on top:
  # per process 2 LISTEN + Hangfire's 2 (API, enqueue only) or 6 (the worker): 4N + 8 + POOL against max_connections.
  local per=$pool
  [ "$mode" = session ] && per=$((pool / (2 * (n + 1)) > 2 ? pool / (2 * (n + 1)) : 2))
  per=${PLATFORM_INSTANCE_POOL:-$per}
  base=${PLATFORM_INSTANCE_PORT:-$(($(printf '%s' "$listen" | sed -E 's#.*:([0-9]+).*#\1#') + 100))}
  local -a common=(
    "ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}"
    "Platform__PublicUrl=$public"
    "ConnectionStrings__Platform=$pooled"
    "ConnectionStrings__PlatformDirect=$direct"
    "Database__MaxPoolSize=$per"
    "Database__MigrateOnStartup=false"
    "Seed__Demo=false"
  )
  # Transaction pooling: no auto-prepare, no reset on close (the app sets its settings per transaction).
  [ "$mode" = transaction ] && common+=("Database__Pooler=Transaction")
  supervise worker worker "$base" "${common[@]}" &
  UP_SUPERVISORS+=($!)
  local backends=""
  for ((i = 1; i <= n; i++)); do
    port=$((base + i))
    supervise "api$i" api "$port" "${common[@]}" Jobs__RunServer=false Notifications__DispatcherEnabled=false \
      Calendars__SyncEnabled=false &
    UP_SUPERVISORS+=($!)
    backends+="${backends:+;}http://127.0.0.1:$port"
  done
  (
    cd tools/Platform.Proxy || exit 1
    while [ ! -f "$PLATFORM_UP_STATE/stopping" ]; do
      ASPNETCORE_URLS=$listen Proxy__Backends=$backends Logging__LogLevel__Default=Warning \
        dotnet bin/Release/net10.0/Platform.Proxy.dll > >(sed -u "s/^/[proxy] /" >>"$PLATFORM_UP_STATE/out.log") 2>&1 &
      echo $! >"$PLATFORM_UP_STATE/proxy.pid"
      wait $! || true
      sleep 1
    done
  ) &
  UP_SUPERVISORS+=($!)
  printf '%s\n' "$backends" >"$PLATFORM_UP_STATE/backends"
  printf 'http://127.0.0.1:%s\n' "$base" >"$PLATFORM_UP_STATE/worker"
  log "worker on http://127.0.0.1:$base, API instances on $backends, proxy on $listen (logs: $PLATFORM_UP_STATE/out.log)"
}

# instances_wait_ready URL...: until every address answers /health/ready (at most 300 s).
instances_wait_ready() {
  local url deadline=$((SECONDS + 300))
  for url in "$@"; do
    until curl -fsS -o /dev/null "$url/health/ready" 2>/dev/null; do
      [ "$SECONDS" -lt "$deadline" ] || { log "$url did not become ready"; return 1; }
      sleep 0.5
    done
  done
}

instances_stop() {
  [ -n "$PLATFORM_UP_STATE" ] && [ -d "$PLATFORM_UP_STATE" ] || return 0
  touch "$PLATFORM_UP_STATE/stopping"
  local f pid
  for f in "$PLATFORM_UP_STATE"/*.pid; do
    [ -f "$f" ] || continue
    pid=$(cat "$f") && kill "$pid" 2>/dev/null || true
  done
  for pid in "${UP_SUPERVISORS[@]}"; do wait "$pid" 2>/dev/null || true; done
  stop_pgbouncer "${PLATFORM_PGBOUNCER_PORT:-6433}"
  log "stopped (logs kept in $PLATFORM_UP_STATE/out.log)"
}
