# PostgreSQL from the distribution's packages, with the interface of the public postgres image that the local
# overlay's StatefulSets use (POSTGRES_USER, POSTGRES_PASSWORD, POSTGRES_DB, PGDATA; uid 70; runs with a
# read-only root filesystem when /var/run/postgresql and /tmp are writable). For clusters that cannot pull
# postgres:16-alpine: `./whosaid images` builds it as localhost/whosaid/postgres:dev on a Debian base it makes
# with debootstrap. Build context: deploy/docker.
ARG DEBIAN_IMAGE=debian:bookworm-slim
FROM ${DEBIAN_IMAGE}
# the postgres user first, with the uid/gid of the manifests (70), so the package takes it over
RUN groupadd --system --gid 70 postgres \
 && useradd --system --uid 70 --gid 70 --home-dir /var/lib/postgresql --shell /bin/sh postgres \
 && apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql \
 && rm -rf /var/lib/apt/lists/* /var/lib/postgresql/*/main /etc/postgresql/*/main \
 && ln -s "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)" /usr/local/pgbin \
 && mkdir -p /var/lib/postgresql/data /var/run/postgresql \
 && chown -R 70:70 /var/lib/postgresql /var/run/postgresql
COPY postgres-entrypoint.sh /usr/local/bin/whosaid-postgres
ENV PATH=/usr/local/pgbin:$PATH \
    LANG=C.UTF-8 \
    PGDATA=/var/lib/postgresql/data/pgdata
USER 70:70
EXPOSE 5432
ENTRYPOINT ["/bin/sh", "/usr/local/bin/whosaid-postgres"]
