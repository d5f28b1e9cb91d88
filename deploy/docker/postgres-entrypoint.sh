#!/bin/sh
# Entry point of deploy/docker/postgres.Dockerfile: on an empty PGDATA create the cluster, the POSTGRES_USER
# role (password POSTGRES_PASSWORD, scram-sha-256) and POSTGRES_DB, then run the server in the foreground.
set -eu
: "${PGDATA:=/var/lib/postgresql/data/pgdata}"
: "${POSTGRES_USER:=postgres}"
: "${POSTGRES_DB:=$POSTGRES_USER}"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  if [ -z "${POSTGRES_PASSWORD:-}" ]; then
    echo "whosaid-postgres: POSTGRES_PASSWORD is required to initialise $PGDATA" >&2
    exit 1
  fi
  mkdir -p "$PGDATA"
  chmod 700 "$PGDATA"
  pwfile="$(mktemp)"
  printf '%s\n' "$POSTGRES_PASSWORD" > "$pwfile"
  initdb -D "$PGDATA" -U "$POSTGRES_USER" --pwfile="$pwfile" -A scram-sha-256 -E UTF8 --no-locale >/dev/null
  rm -f "$pwfile"
  echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  pg_ctl -D "$PGDATA" -o "-c listen_addresses= -k /tmp" -w -s start
  if [ "$POSTGRES_DB" != postgres ]; then
    PGPASSWORD="$POSTGRES_PASSWORD" createdb -h /tmp -U "$POSTGRES_USER" -O "$POSTGRES_USER" "$POSTGRES_DB"
  fi
  pg_ctl -D "$PGDATA" -m fast -w -s stop
  echo "whosaid-postgres: initialised $PGDATA (database $POSTGRES_DB, owner $POSTGRES_USER)"
fi
# the socket in /var/run/postgresql (an emptyDir in the pods) when it is writable, else in /tmp
sockdir=/var/run/postgresql
if ! ( : > "$sockdir/.w" ) 2>/dev/null; then sockdir=/tmp; else rm -f "$sockdir/.w"; fi
exec postgres -D "$PGDATA" -c listen_addresses='*' -c unix_socket_directories="$sockdir"
