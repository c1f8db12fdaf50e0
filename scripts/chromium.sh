# shellcheck shell=bash
# Headless Chromium for the GraphiQL screenshot test (tests/conformance/graphiql.mjs). Debian's
# package, installed with apt-get when missing: Playwright's own browser download is not used.
# Sourced by ./platform after scripts/postgres.sh (it uses pg_quiet and pg_as_root).

chromium_path() {
  command -v chromium || command -v chromium-browser || true
}

ensure_chromium() {
  [ -n "$(chromium_path)" ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    printf 'platform: chromium is missing and apt-get is unavailable; the GraphiQL screenshot test will fail\n' >&2
    return 0
  fi
  printf 'platform: chromium not found; installing it with apt-get (one-off)...\n' >&2
  pg_quiet pg_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q || return 1
  pg_quiet pg_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium || return 1
}
