#!/usr/bin/env bash
# A throwaway PostgreSQL for the ad server's tests. Installs Debian's `postgresql` when missing,
# starts a private cluster in a temporary directory (as the `postgres` user when run as root),
# creates a database, and prints the line to export:
#
#   eval "$(.ci/postgres.sh)"     # then TEST_DATABASE_URL is set for `npm test`
#
# Everything else it says goes to stderr. The cluster runs until the machine goes away; a later
# run finds it listening and reuses it.
set -euo pipefail

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
port="${SLOTBOARD_PG_PORT:-55432}"
dir="$(mktemp -d /tmp/slotboard-pg.XXXXXX)"

# PostgreSQL refuses to run as root: hand the directory to `postgres` and run as it.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$dir"
    su postgres -s /bin/sh -c "$*"
  else
    sh -c "$*"
  fi
}

if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
  # A cluster from an earlier run on this machine: reuse it (each test file takes its own schema).
  echo "PostgreSQL already listening on port $port: reusing it" >&2
  rmdir "$dir"
else
  as_owner "'$bin/initdb' -D '$dir/data' -A trust -U postgres -E UTF8" >&2
  # fsync off: a test database need not survive a power cut, and tests run faster without it.
  as_owner "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w \
    -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off\" start" >&2
fi
"$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'slotboard_test'" |
  grep -q 1 || "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres slotboard_test >&2

echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/slotboard_test"
