# Helpers shared by deploy/images.sh and deploy/system-tests/*.sh (sourced; expects ROOT = repository root).
# shellcheck shell=bash

if [[ -t 1 ]]; then BOLD=$'\e[1m'; RED=$'\e[31m'; GREEN=$'\e[32m'; YELLOW=$'\e[33m'; RESET=$'\e[0m'
else BOLD=""; RED=""; GREEN=""; YELLOW=""; RESET=""; fi
say()  { printf '%s==>%s %s\n' "$BOLD" "$RESET" "$*"; }
warn() { printf '%swarning:%s %s\n' "$YELLOW" "$RESET" "$*" >&2; }
die()  { printf '%serror:%s %s\n' "$RED" "$RESET" "$*" >&2; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }
is_root() { [[ "$(id -u)" == 0 ]]; }

CE=""
CE_WHY_NOT=""   # why no engine can run here (for a clear skip message)

# install_packages PKG...: apt-get install what is missing, as root only ('apt-get update' once if needed)
install_packages() {
  local missing=() p
  for p in "$@"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p"); done
  ((${#missing[@]})) || return 0
  if ! is_root || ! have apt-get; then
    CE_WHY_NOT="missing ${missing[*]} and cannot install them (not root, or no apt-get)"
    return 1
  fi
  say "installing ${missing[*]} (apt-get)"
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/tmp/whosaid-apt.log 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get update -q >>/tmp/whosaid-apt.log 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >>/tmp/whosaid-apt.log 2>&1 || {
      tail -n 20 /tmp/whosaid-apt.log >&2
      CE_WHY_NOT="apt-get install ${missing[*]} failed"
      return 1
    }
  fi
}

# ce_select: CE=docker when a Docker engine answers, else podman (installing podman, runc, debootstrap as root).
# Returns 1 with CE_WHY_NOT set when neither can run here.
ce_select() {
  if [[ -n "${WHOSAID_CONTAINER_ENGINE:-}" ]]; then
    CE="$WHOSAID_CONTAINER_ENGINE"
  elif have docker && timeout 20 docker info >/dev/null 2>&1; then
    CE=docker
  else
    if ! have podman || ! have runc || ! have debootstrap; then
      install_packages podman runc debootstrap || { warn "$CE_WHY_NOT"; return 1; }
    fi
    CE=podman
  fi
  if [[ "$CE" == podman && -z "${CONTAINERS_CONF:-}" && ! -e /etc/containers/containers.conf ]]; then
    export CONTAINERS_CONF="$ROOT/deploy/podman/containers.conf"
  fi
  return 0
}

ce() { "$CE" "$@"; }

# ce_build ARGS...: build an image (podman: layers cached, the host's network for apt-get in RUN steps)
ce_build() {
  if [[ "$CE" == podman ]]; then
    podman build --layers --network host "$@"
  else
    docker build --network host "$@"
  fi
}

# apt_mirror: the first Debian mirror of the host's apt configuration (deb822 or one-line format)
apt_mirror() {
  local m=""
  if [[ -r /etc/apt/sources.list.d/debian.sources ]]; then
    m="$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources)"
  fi
  if [[ -z "$m" ]]; then
    m="$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | awk '$1=="deb"{for(i=2;i<=NF;i++) if ($i ~ /^[a-z]+:\/\//) {print $i; exit}}')"
  fi
  echo "$m"
}

DEBIAN_SUITE=""
LOCAL_DEBIAN_IMAGE=""
LOCAL_JRE_IMAGE=""
# ce_debian_bases: localhost/whosaid/debian-base:<suite> (debootstrap minbase, imported) and
# localhost/whosaid/jre-base:17-<suite> (deploy/docker/jre-base.Dockerfile on it), unless already present
ce_debian_bases() {
  DEBIAN_SUITE="$(. /etc/os-release 2>/dev/null; echo "${VERSION_CODENAME:-}")"
  DEBIAN_SUITE="${WHOSAID_DEBIAN_SUITE:-${DEBIAN_SUITE:-bookworm}}"
  LOCAL_DEBIAN_IMAGE="localhost/whosaid/debian-base:$DEBIAN_SUITE"
  LOCAL_JRE_IMAGE="localhost/whosaid/jre-base:17-$DEBIAN_SUITE"
  local t0=$SECONDS rebuild="${WHOSAID_IMAGES_REBUILD_BASE:-0}"
  if [[ "$rebuild" == 1 ]] || ! ce image inspect "$LOCAL_DEBIAN_IMAGE" >/dev/null 2>&1; then
    have debootstrap || install_packages debootstrap || die "$CE_WHY_NOT"
    is_root || die "debootstrap needs root"
    local mirror rootfs
    mirror="$(apt_mirror)"
    [[ -n "$mirror" ]] || die "no Debian mirror found in /etc/apt/sources.list(.d)"
    rootfs="$(mktemp -d /tmp/whosaid-rootfs.XXXXXX)"
    say "debootstrap --variant=minbase $DEBIAN_SUITE (mirror from apt's configuration) into $rootfs"
    if ! debootstrap --variant=minbase "$DEBIAN_SUITE" "$rootfs" "$mirror" >/tmp/whosaid-debootstrap.log 2>&1; then
      tail -n 20 /tmp/whosaid-debootstrap.log >&2
      rm -rf "$rootfs"
      die "debootstrap failed (log: /tmp/whosaid-debootstrap.log)"
    fi
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
    tar -C "$rootfs" -c . | ce import --change 'CMD ["/bin/bash"]' - "$LOCAL_DEBIAN_IMAGE" >/dev/null \
      || { rm -rf "$rootfs"; die "importing the debootstrap root failed"; }
    rm -rf "$rootfs"
    say "made $LOCAL_DEBIAN_IMAGE in $((SECONDS - t0)) s"
    rebuild=1
  else
    say "using $LOCAL_DEBIAN_IMAGE (already built; WHOSAID_IMAGES_REBUILD_BASE=1 rebuilds it)"
  fi
  if [[ "$rebuild" == 1 ]] || ! ce image inspect "$LOCAL_JRE_IMAGE" >/dev/null 2>&1; then
    t0=$SECONDS
    ce_build -f "$ROOT/deploy/docker/jre-base.Dockerfile" --build-arg "DEBIAN_IMAGE=$LOCAL_DEBIAN_IMAGE" \
      -t "$LOCAL_JRE_IMAGE" "$ROOT/deploy/docker" || die "building $LOCAL_JRE_IMAGE failed"
    say "made $LOCAL_JRE_IMAGE in $((SECONDS - t0)) s"
  fi
}
