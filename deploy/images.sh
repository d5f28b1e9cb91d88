#!/usr/bin/env bash
# Builds the whosaid images on this machine: web-ui, ingest-service, analysis-service (PostgreSQL build) and a
# PostgreSQL image for the local overlay. Called by `./whosaid images`.
#
#   engine   docker when a Docker engine answers (`docker info`), else podman (installed with apt-get when root)
#   bases    the public defaults of the Dockerfiles (eclipse-temurin JRE, debian:bookworm-slim) when they are in the
#            local store or can be pulled; when no registry answers, a Debian base made with debootstrap from
#            the mirror in apt's own configuration, then a JRE base on top of it (said so on the terminal)
#   jars     built on the host: ./mvnw package -Dquarkus.profile=pg into <module>/target/pg-image (the H2 jars in
#            target/quarkus-app that `./whosaid up` runs stay as they are); deploy/docker/runtime.Dockerfile copies them
#
# Environment:
#   WHOSAID_IMAGE_TAG=dev              tag of the four images (names: whosaid/<service>, whosaid/postgres)
#   WHOSAID_IMAGES_SKIP_JARS=1         use the pg jars already in <module>/target/pg-image
#   WHOSAID_IMAGES_REBUILD_BASE=1      rebuild the Debian bases even if present
#   WHOSAID_IMAGES_ONLY="web-ui ..."   build only these (web-ui ingest-service analysis-service postgres)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=deploy/container-lib.sh
. "$ROOT/deploy/container-lib.sh"

TAG="${WHOSAID_IMAGE_TAG:-dev}"
SERVICES=(web-ui ingest-service analysis-service)
ONLY="${WHOSAID_IMAGES_ONLY:-web-ui ingest-service analysis-service postgres}"
PUBLIC_JRE="eclipse-temurin:17-jre-jammy"
PUBLIC_DEBIAN="debian:bookworm-slim"
port_of() { case "$1" in web-ui) echo 8080 ;; ingest-service) echo 8081 ;; analysis-service) echo 8082 ;; esac; }
extra_of() { [[ "$1" == analysis-service ]] && echo "trans-de-en openthesaurus-de-text" || true; }
wanted() { [[ " $ONLY " == *" $1 "* ]]; }

t_all=$SECONDS
ce_select || exit 1
say "container engine: $CE"

# ---------------------------------------------------------------- base images
# have_or_pull IMAGE: in the local store, or pulled within a short timeout
have_or_pull() {
  ce image inspect "$1" >/dev/null 2>&1 && return 0
  timeout 120 "$CE" pull -q "$1" >/dev/null 2>&1
}

JRE_IMAGE="${WHOSAID_JRE_IMAGE:-}"
DEBIAN_IMAGE="${WHOSAID_DEBIAN_IMAGE:-}"
BASES_NOTE=""
if [[ -z "$JRE_IMAGE" || -z "$DEBIAN_IMAGE" ]]; then
  if [[ "${WHOSAID_IMAGES_REBUILD_BASE:-0}" != 1 ]] && have_or_pull "$PUBLIC_JRE" && have_or_pull "$PUBLIC_DEBIAN"; then
    JRE_IMAGE="${JRE_IMAGE:-$PUBLIC_JRE}"; DEBIAN_IMAGE="${DEBIAN_IMAGE:-$PUBLIC_DEBIAN}"
    BASES_NOTE="public bases"
  else
    say "no registry answers for $PUBLIC_JRE / $PUBLIC_DEBIAN: building the bases from Debian packages (debootstrap)"
    ce_debian_bases || exit 1
    JRE_IMAGE="${JRE_IMAGE:-$LOCAL_JRE_IMAGE}"; DEBIAN_IMAGE="${DEBIAN_IMAGE:-$LOCAL_DEBIAN_IMAGE}"
    BASES_NOTE="bases made from Debian packages ($DEBIAN_SUITE, debootstrap)"
  fi
fi
say "bases: JRE $JRE_IMAGE, Debian $DEBIAN_IMAGE ($BASES_NOTE)"

# ---------------------------------------------------------------- jars (PostgreSQL build)
if [[ "${WHOSAID_IMAGES_SKIP_JARS:-0}" != 1 ]]; then
  say "building the PostgreSQL jars: ./mvnw -B -q package -DskipTests -Dquarkus.profile=pg (into <module>/target/pg-image)"
  t0=$SECONDS
  ./mvnw -B -q package -DskipTests -Dquarkus.profile=pg -Dquarkus.package.output-directory=pg-image \
    || die "the PostgreSQL build failed"
  say "jars built in $((SECONDS - t0)) s"
fi

# ---------------------------------------------------------------- images
RESULTS=()
build_one() { # build_one NAME SECONDS_START
  local name="$1" t0="$2" size
  size="$(ce image inspect --format '{{.Size}}' "whosaid/$name:$TAG" 2>/dev/null || echo 0)"
  RESULTS+=("$(printf '%-36s %8s MB %5d s' "whosaid/$name:$TAG" "$((size / 1000000))" "$((SECONDS - t0))")")
}

for s in "${SERVICES[@]}"; do
  wanted "$s" || continue
  [[ -f "$s/target/pg-image/quarkus-run.jar" ]] || die "$s/target/pg-image/quarkus-run.jar missing (unset WHOSAID_IMAGES_SKIP_JARS)"
  say "building whosaid/$s:$TAG (deploy/docker/runtime.Dockerfile, context $s/target/pg-image)"
  t0=$SECONDS
  ce_build -f deploy/docker/runtime.Dockerfile \
    --build-arg "JRE_IMAGE=$JRE_IMAGE" --build-arg "PORT=$(port_of "$s")" --build-arg "EXTRA_PACKAGES=$(extra_of "$s")" \
    -t "whosaid/$s:$TAG" "$s/target/pg-image" || die "building whosaid/$s:$TAG failed (log above)"
  build_one "$s" "$t0"
done

if wanted postgres; then
  say "building whosaid/postgres:$TAG (deploy/docker/postgres.Dockerfile)"
  t0=$SECONDS
  ce_build -f deploy/docker/postgres.Dockerfile --build-arg "DEBIAN_IMAGE=$DEBIAN_IMAGE" -t "whosaid/postgres:$TAG" deploy/docker \
    || die "building whosaid/postgres:$TAG failed (log above)"
  build_one postgres "$t0"
fi

echo
echo "${BOLD}whosaid images${RESET} ($CE; $BASES_NOTE)"
printf '  %-36s %11s %7s\n' IMAGE SIZE BUILD
for r in "${RESULTS[@]+"${RESULTS[@]}"}"; do echo "  $r"; done
printf '  total %d s\n' "$((SECONDS - t_all))"
