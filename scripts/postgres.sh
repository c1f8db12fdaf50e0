# shellcheck shell=bash
#
# scripts/postgres.sh — local PostgreSQL provisioning for ./platform.
#
# Sourced (not executed) by ./platform. Provides `ensure_database`, which makes
# sure a local PostgreSQL cluster is installed, running and reachable over TCP,
# that the two Platform roles and the database exist, and then exports:
#
#   ConnectionStrings__Owner     platform_owner: owns the schema, runs
#                                migrations, tests create throwaway DBs with it
#   ConnectionStrings__Platform  platform_app: the runtime role; owns nothing,
#                                cannot bypass row-level security
#
# Everything is idempotent: running it again only re-asserts the same state.
# Targets Debian/Ubuntu's postgresql-common tooling (pg_lsclusters,
# pg_ctlcluster, pg_createcluster), because that is what the dev/CI machines run.
#
# Overrides (all optional):
#   ConnectionStrings__Platform  if set, nothing is done at all (the user has
#                                configured their own database)
#   PLATFORM_DB_NAME             database name            (default: platform)
#   PLATFORM_DB_OWNER_PASSWORD   password of platform_owner (default: platform_owner)
#   PLATFORM_DB_APP_PASSWORD     password of platform_app   (default: platform_app)

# Short, prefixed diagnostics on stderr, so stdout stays clean for callers
# (e.g. the test summary line of `./platform test`).
pg_log() { printf 'platform: %s\n' "$*" >&2; }

# Run a command with its output captured; show the output only if it fails.
# Keeps the happy path to one line while still making failures debuggable.
pg_quiet() {
  local out rc=0
  out=$(mktemp)
  "$@" >"$out" 2>&1 || rc=$?
  if [ "$rc" -ne 0 ]; then
    pg_log "command failed ($rc): $*"
    tail -n 30 "$out" | sed 's/^/platform:   /' >&2
  fi
  rm -f "$out"
  return "$rc"
}

# Privileged commands (apt-get, pg_ctlcluster, pg_createcluster). We normally
# run as root; fall back to sudo for developers running as a normal user.
pg_as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    pg_log "need root (or sudo) to run: $*"
    return 1
  fi
}

# Run a command as the cluster's OS owner (normally `postgres`), which can log
# in as database superuser through the Unix socket via peer auth. `cd /` avoids
# the "could not change directory to /root" warning when switching users.
pg_as_owner() {
  local owner=$1; shift
  if [ "$(id -un)" = "$owner" ]; then
    (cd / && "$@")
  elif [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u "$owner" -- "$@")
  elif command -v sudo >/dev/null 2>&1; then
    (cd / && sudo -u "$owner" -- "$@")
  else
    pg_log "need root (or sudo) to act as '$owner'"
    return 1
  fi
}

# Highest PostgreSQL major version whose server binaries are installed,
# e.g. "15". Empty if none. Debian installs each major under /usr/lib/postgresql/N.
pg_installed_version() {
  local d
  for d in /usr/lib/postgresql/*/bin/postgres; do
    [ -x "$d" ] || continue
    d=${d#/usr/lib/postgresql/}
    printf '%s\n' "${d%%/*}"
  done | sort -V | tail -n 1
}

# True if the server, the cluster tooling and the client are all present.
pg_is_installed() {
  command -v pg_lsclusters >/dev/null 2>&1 &&
    command -v pg_ctlcluster >/dev/null 2>&1 &&
    command -v psql >/dev/null 2>&1 &&
    command -v pg_isready >/dev/null 2>&1 &&
    [ -n "$(pg_installed_version)" ]
}

pg_install() {
  if ! command -v apt-get >/dev/null 2>&1; then
    pg_log "PostgreSQL is not installed and apt-get is unavailable."
    pg_log "Install PostgreSQL yourself, or set ConnectionStrings__Platform (and ConnectionStrings__Owner)."
    return 1
  fi
  pg_log "PostgreSQL not found; installing it with apt-get (one-off, takes a minute)..."
  # noninteractive: no debconf prompts (tzdata etc.) in CI or containers.
  pg_quiet pg_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q || return 1
  pg_quiet pg_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql || return 1
  # The package's postinst normally creates a `main` cluster; whether it also
  # started it depends on the init system (in containers it usually did not).
  # pg_select_cluster / the start step below cope with either outcome.
  pg_is_installed || { pg_log "apt-get install postgresql did not provide a server"; return 1; }
}

# Print "version name port status owner" of the cluster to use, or nothing.
# Only clusters whose server binaries are still installed are considered
# (a purged major version can leave its cluster behind). Preference: a cluster
# that is already online, then the highest version, then one named `main`.
pg_select_cluster() {
  local ver name port status owner _rest up main
  pg_lsclusters -h 2>/dev/null | while read -r ver name port status owner _rest; do
    [ -x "/usr/lib/postgresql/$ver/bin/postgres" ] || continue
    case $status in online*) up=1 ;; *) up=0 ;; esac
    [ "$name" = main ] && main=1 || main=0
    printf '%s %s %s %s %s %s %s\n' "$up" "$ver" "$main" "$name" "$port" "$status" "$owner"
  done | sort -s -k1,1nr -k2,2Vr -k3,3nr | head -n 1 | cut -d' ' -f2,4-
}

# Connection-string value quoting for Npgsql: values containing ; ' " = or
# surrounding spaces must be double-quoted, with embedded " doubled.
pg_cs_quote() {
  local v=$1
  case $v in
    *[\;\'\"=]* | " "* | *" ")
      printf '"%s"' "${v//\"/\"\"}" ;;
    *) printf '%s' "$v" ;;
  esac
}

# pg_tcp_login_ok PORT DB USER PASSWORD: can USER log in over TCP on 127.0.0.1?
# Parameters go in PG* variables, which libpq takes literally (no conninfo
# quoting issues with odd names/passwords); setting them all, plus
# PGPASSFILE=/dev/null, also keeps the caller's environment (~/.pgpass,
# PGSERVICE, ...) from making this pass or fail by accident.
pg_tcp_login_ok() {
  env -u PGSERVICE -u PGOPTIONS -u PGHOSTADDR \
    PGHOST=127.0.0.1 PGPORT="$1" PGDATABASE="$2" PGUSER="$3" PGPASSWORD="$4" \
    PGPASSFILE=/dev/null PGCONNECT_TIMEOUT=5 PGSSLMODE=prefer \
    psql -X -q -At -w -c 'select 1' >/dev/null 2>&1
}

ensure_database() {
  # The user pointed us at a database: don't touch anything local.
  if [ -n "${ConnectionStrings__Platform:-}" ]; then
    pg_log "using ConnectionStrings__Platform from the environment (no local database setup)"
    return 0
  fi

  local db=${PLATFORM_DB_NAME:-platform}
  local owner_pw=${PLATFORM_DB_OWNER_PASSWORD:-platform_owner}
  local app_pw=${PLATFORM_DB_APP_PASSWORD:-platform_app}
  local ver name port status os_owner cluster i

  # 1. Server installed?
  if ! pg_is_installed; then
    pg_install || return 1
  fi

  # 2. A cluster to use; create one for the newest installed version if none.
  cluster=$(pg_select_cluster)
  if [ -z "$cluster" ]; then
    ver=$(pg_installed_version)
    pg_log "no PostgreSQL cluster found; creating $ver/main"
    # UTF8 + C.UTF-8: deterministic encoding/collation regardless of the
    # machine's locale (containers often have none, which would give SQL_ASCII).
    # pg_createcluster picks a free port itself (5432 if available).
    pg_quiet pg_as_root pg_createcluster --encoding UTF8 --locale C.UTF-8 "$ver" main || return 1
    cluster=$(pg_select_cluster)
    [ -n "$cluster" ] || { pg_log "cluster creation did not produce a usable cluster"; return 1; }
  fi
  read -r ver name port status os_owner <<<"$cluster"

  # 3. Start it if it is down. Only when down: pg_ctlcluster start on a
  # running cluster is an error, and this keeps reruns silent.
  case $status in
    online*) ;;
    *)
      pg_log "starting PostgreSQL cluster $ver/$name (port $port)"
      pg_quiet pg_as_root pg_ctlcluster "$ver" "$name" start || {
        pg_log "see /var/log/postgresql/postgresql-$ver-$name.log"
        return 1
      }
      ;;
  esac

  # 4. Wait until it accepts TCP connections on 127.0.0.1 (what the app uses).
  # pg_isready needs no credentials; exit 1 means "starting up, try again".
  for ((i = 0; i < 60; i++)); do
    pg_isready -q -h 127.0.0.1 -p "$port" && break
    sleep 0.5
  done
  if ! pg_isready -q -h 127.0.0.1 -p "$port"; then
    pg_log "PostgreSQL $ver/$name is not accepting TCP connections on 127.0.0.1:$port after 30s"
    pg_log "check listen_addresses in /etc/postgresql/$ver/$name/postgresql.conf and /var/log/postgresql/postgresql-$ver-$name.log"
    return 1
  fi

  # Superuser psql through the Unix socket (peer auth as the cluster owner).
  # --cluster is understood by Debian's psql wrapper and finds the right
  # socket/port/client version; client_min_messages keeps NOTICEs quiet.
  local -a su_psql=(env PGOPTIONS='-c client_min_messages=warning'
    psql --cluster "$ver/$name" -X -q -At -v ON_ERROR_STOP=1)

  # 5. Roles and database. Values are passed as psql variables (:'x' = quoted
  # literal, :"x" = quoted identifier) so odd passwords/names can't break the SQL.
  # CREATE ROLE / CREATE DATABASE have no IF NOT EXISTS, hence the
  # SELECT ... WHERE NOT EXISTS ... \gexec idiom. The ALTERs run every time so
  # attributes and passwords are always what this script says (e.g. after
  # changing PLATFORM_DB_APP_PASSWORD, or if someone granted SUPERUSER by hand).
  pg_as_owner "$os_owner" "${su_psql[@]}" -d postgres \
    -v db="$db" -v owner_pw="$owner_pw" -v app_pw="$app_pw" <<'SQL' || { pg_log "failed to create roles/database"; return 1; }
-- Store passwords as SCRAM whatever the server default is, to match the
-- scram-sha-256 pg_hba rules.
SET password_encryption = 'scram-sha-256';

SELECT 'CREATE ROLE platform_owner'
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'platform_owner') \gexec
SELECT 'CREATE ROLE platform_app'
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'platform_app') \gexec

-- Owner: runs migrations, owns the schema, creates throwaway test databases.
ALTER ROLE platform_owner LOGIN CREATEDB NOSUPERUSER PASSWORD :'owner_pw';
-- Runtime role: as few rights as possible; NOBYPASSRLS so tenant isolation
-- via row-level security actually applies to it.
ALTER ROLE platform_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD :'app_pw';

SELECT format('CREATE DATABASE %I OWNER platform_owner', :'db')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
ALTER DATABASE :"db" OWNER TO platform_owner;
SQL

  # 6. Schema privileges inside the database. The owner owns `public` (on
  # PG >= 15 it already does via pg_database_owner; on older versions it is
  # owned by postgres and PUBLIC could CREATE in it). Nobody else may create
  # objects there; platform_app may only resolve names in it — table-level
  # grants for platform_app are the migrations' job.
  pg_as_owner "$os_owner" "${su_psql[@]}" -d "$db" <<'SQL' || { pg_log "failed to set schema privileges"; return 1; }
ALTER SCHEMA public OWNER TO platform_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO platform_app;
SQL

  # 7. Password auth over TCP. Debian's default pg_hba.conf has
  # `host all all 127.0.0.1/32 scram-sha-256`, but a machine may have been
  # customised (e.g. ident/reject rules). Verify by actually logging in; if
  # that fails, prepend an explicit rule for our two roles and reload.
  # Database `all`, because tests create throwaway databases.
  if ! pg_tcp_login_ok "$port" "$db" platform_app "$app_pw" || ! pg_tcp_login_ok "$port" "$db" platform_owner "$owner_pw"; then
    local hba rule='host    all    platform_owner,platform_app    127.0.0.1/32    scram-sha-256    # added by ./platform'
    hba=$(pg_as_owner "$os_owner" "${su_psql[@]}" -d postgres -c 'SHOW hba_file') || return 1
    if ! pg_as_owner "$os_owner" grep -qF 'added by ./platform' "$hba"; then
      pg_log "enabling password login for platform roles on 127.0.0.1 in $hba"
      # Insert before the first rule (first match wins in pg_hba.conf). The
      # file belongs to the cluster owner: read and rewrite it as that user;
      # tee rewrites in place, keeping the file's owner and mode.
      local orig new ok=0
      orig=$(mktemp) new=$(mktemp)
      # [ -s ]: never write back a rule-only file if reading the original failed.
      if pg_as_owner "$os_owner" cat "$hba" >"$orig" && [ -s "$orig" ] &&
        awk -v rule="$rule" '
          !done && /^[[:space:]]*[^#[:space:]]/ { print rule; done = 1 }
          { print }
          END { if (!done) print rule }' "$orig" >"$new" &&
        pg_as_owner "$os_owner" tee "$hba" <"$new" >/dev/null; then
        ok=1
      fi
      rm -f "$orig" "$new"
      [ "$ok" -eq 1 ] || { pg_log "could not update $hba"; return 1; }
    fi
    pg_as_owner "$os_owner" "${su_psql[@]}" -d postgres -c 'SELECT pg_reload_conf()' >/dev/null || return 1
    sleep 0.5 # reload is asynchronous
    if ! pg_tcp_login_ok "$port" "$db" platform_app "$app_pw" || ! pg_tcp_login_ok "$port" "$db" platform_owner "$owner_pw"; then
      pg_log "password login over TCP to 127.0.0.1:$port still fails; check $hba"
      return 1
    fi
  fi

  # SSL Mode=Disable: this is the local cluster on loopback, where TLS protects nothing and cost
  # about a fifth of a booking request's CPU (Debian turns ssl on with its snakeoil certificate).
  # A database you configure yourself keeps whatever your connection string says.
  ConnectionStrings__Owner="Host=127.0.0.1;Port=$port;Database=$(pg_cs_quote "$db");Username=platform_owner;Password=$(pg_cs_quote "$owner_pw");SSL Mode=Disable"
  ConnectionStrings__Platform="Host=127.0.0.1;Port=$port;Database=$(pg_cs_quote "$db");Username=platform_app;Password=$(pg_cs_quote "$app_pw");SSL Mode=Disable"
  export ConnectionStrings__Owner ConnectionStrings__Platform
  pg_log "database '$db' ready on 127.0.0.1:$port (PostgreSQL $ver/$name)"
}
