# Sourced by .ci/run: start a throwaway PostgreSQL server for the store tests
# and export QUOTEBOT_TEST_POSTGRES; stop_postgres removes it again.
# A QUOTEBOT_TEST_POSTGRES already set is used as it is (nothing is started).

pg_fail() { echo "postgres: $*" >&2; exit 1; }

# pg_bindir prints the newest installed PostgreSQL's bin directory, or nothing.
pg_bindir() {
  # "|| true": no match is an empty answer, not a failure under pipefail.
  { ls -d /usr/lib/postgresql/*/bin 2>/dev/null || true; } | sort -V | tail -n 1
}

pg_install() {
  [ "$(id -u)" = 0 ] || pg_fail "PostgreSQL is not installed and this is not root: install Debian's 'postgresql' package, or set QUOTEBOT_TEST_POSTGRES to a postgres:// URL"
  echo "postgres: installing Debian's postgresql package"
  export DEBIAN_FRONTEND=noninteractive
  local try
  for try in 1 2 3 4 5 6; do
    # Another apt-get may hold the lock: wait and retry.
    if timeout 600 apt-get install -y --no-install-recommends postgresql >/tmp/quotebot-apt.log 2>&1; then
      return 0
    fi
    if [ "$try" = 1 ] || grep -q "Unable to locate\|no installation candidate" /tmp/quotebot-apt.log; then
      timeout 600 apt-get update >>/tmp/quotebot-apt.log 2>&1 || true
    fi
    sleep 5
  done
  tail -n 20 /tmp/quotebot-apt.log >&2
  pg_fail "apt-get install postgresql failed (log above)"
}

# pg_as runs a command as the owner of the cluster: postgres refuses to run
# as root, so root runs it as the postgres user. It runs from the cluster's
# directory: initdb and pg_ctl fail in a working directory they cannot read
# (a clone under /root).
pg_as() {
  if [ "$(id -u)" = 0 ]; then
    (cd "$PG_DIR" && runuser -u postgres -- "$@")
  else
    (cd "$PG_DIR" && "$@")
  fi
}

pg_free_port() {
  local p
  for p in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"; return 0
    fi
  done
  pg_fail "no free port in 55432-55532 on 127.0.0.1"
}

start_postgres() {
  if [ -n "${QUOTEBOT_TEST_POSTGRES:-}" ]; then
    echo "postgres: using QUOTEBOT_TEST_POSTGRES as set"
    return 0
  fi
  local bin
  bin=$(pg_bindir)
  if [ -z "$bin" ] || [ ! -x "$bin/pg_ctl" ]; then
    pg_install
    bin=$(pg_bindir)
    [ -n "$bin" ] && [ -x "$bin/pg_ctl" ] || pg_fail "installed postgresql but found no /usr/lib/postgresql/*/bin/pg_ctl"
  fi
  PG_DIR=$(mktemp -d /tmp/quotebot-pg.XXXXXX)
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || pg_fail "no 'postgres' user to run the server as (is the postgresql package installed?)"
    chown postgres: "$PG_DIR"
  fi
  chmod 700 "$PG_DIR"
  pg_as timeout 120 "$bin/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --no-sync >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log" >&2; pg_fail "initdb failed (log above)"; }
  PG_PORT=$(pg_free_port)
  PG_BIN=$bin
  # A loopback port, the socket in our own directory, no fsync: a throwaway.
  if ! pg_as "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c full_page_writes=off -c synchronous_commit=off" \
      start >"$PG_DIR/pg_ctl.log" 2>&1; then
    cat "$PG_DIR/pg_ctl.log" "$PG_DIR/server.log" >&2 2>/dev/null || true
    pg_fail "the server did not start within 60 s (logs above)"
  fi
  trap stop_postgres EXIT
  timeout 30 "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres \
    -c "CREATE DATABASE quotebot_test" || pg_fail "could not create the test database"
  export QUOTEBOT_TEST_POSTGRES="postgres://postgres@127.0.0.1:$PG_PORT/quotebot_test?sslmode=disable"
  echo "postgres: $("$bin/postgres" --version) on 127.0.0.1:$PG_PORT ($PG_DIR)"
}

stop_postgres() {
  [ -n "${PG_DIR:-}" ] || return 0
  pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
  PG_DIR=
  unset QUOTEBOT_TEST_POSTGRES
}
