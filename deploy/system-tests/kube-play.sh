#!/usr/bin/env bash
# Plays the local overlay with `podman kube play`: rendered by `kubectl kustomize` with the images overridden to the
# locally built ones (whosaid/*:dev, postgres:16-alpine -> whosaid/postgres:dev; the overlay itself is unchanged),
# then split by deploy/system-tests/kube-split.py into what podman 4.3 plays: ConfigMaps (--configmap),
# Secrets (podman secrets), PVCs, Deployments, the StatefulSets as Deployments with a PVC. Each workload joins one
# network under its Service's name, so the ConfigMap's URLs (ingest-db:5432, analysis-service:8082) resolve.
# Checks: PostgreSQL and the three services answer /q/health/ready, web-ui serves a page.
# Not played (podman has no such objects): Namespace, Service (replaced by the network aliases), Ingress, HPA,
# PodDisruptionBudget, NetworkPolicy; those stay checked by DeployManifestsTest. See docs/deploy.md.
# Needs root, podman, kubectl (for kustomize) and python3-yaml; skips with a message where they cannot be had.
# WHOSAID_KP_SKIP_BUILD=1 uses images already built; WHOSAID_KP_KEEP=1 leaves the pods running.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
# shellcheck source=deploy/container-lib.sh
. "$ROOT/deploy/container-lib.sh"
T_ALL=$SECONDS
TAG="${WHOSAID_IMAGE_TAG:-dev}"
TIMEOUT="${WHOSAID_KP_TIMEOUT:-300}"
NET=whosaid-kp-net
PASSED=0; FAILED=0
ok()   { PASSED=$((PASSED + 1)); printf '  %sok%s   [%4d s] %s\n' "$GREEN" "$RESET" "$((SECONDS - T_ALL))" "$*"; }
fail() { FAILED=$((FAILED + 1)); printf '  %sFAIL%s [%4d s] %s\n' "$RED" "$RESET" "$((SECONDS - T_ALL))" "$*"; }

ce_select || { echo "SKIPPED: kube play: no container engine here ($CE_WHY_NOT)"; exit 0; }
[[ "$CE" == podman ]] || { echo "SKIPPED: kube play needs podman (engine here: $CE)"; exit 0; }
have kubectl || { echo "SKIPPED: kube play: no kubectl (kustomize) to render the overlay"; exit 0; }
/usr/bin/python3 -c 'import yaml' 2>/dev/null || install_packages python3-yaml \
  || { echo "SKIPPED: kube play: python3-yaml missing ($CE_WHY_NOT)"; exit 0; }

WORK="$(mktemp -d /tmp/whosaid-kp.XXXXXX)"
SECRETS=()
cleanup() {
  local rc=$? f
  if [[ "${WHOSAID_KP_KEEP:-0}" != 1 ]]; then
    for f in "$WORK"/split/[0-9][0-9]-*.yaml; do [[ -f "$f" ]] && podman kube down "$f" >/dev/null 2>&1; done
    podman pod rm -f $(podman pod ps --filter label=app.kubernetes.io/part-of=whosaid -q 2>/dev/null) >/dev/null 2>&1 || true
    for f in "${SECRETS[@]+"${SECRETS[@]}"}"; do podman secret rm "$f" >/dev/null 2>&1 || true; done
    podman volume rm -f data-ingest-db data-analysis-db >/dev/null 2>&1 || true
    podman network rm -f "$NET" >/dev/null 2>&1 || true
    rm -rf "$WORK"
  else
    say "WHOSAID_KP_KEEP=1: pods left running; files in $WORK"
  fi
  echo "kube play: $((SECONDS - T_ALL)) s"
  echo "kube-play: $PASSED passed, $FAILED failed"
  ((rc == 0 && FAILED > 0)) && rc=1
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ "${WHOSAID_KP_SKIP_BUILD:-0}" != 1 ]]; then "$ROOT/deploy/images.sh" || { fail "deploy/images.sh"; exit 1; }; fi

# ---- render: a throwaway overlay next to local (kustomize refuses absolute resource paths)
cp -r "$ROOT/deploy" "$WORK/deploy"
mkdir -p "$WORK/deploy/overlays/podman"
cat > "$WORK/deploy/overlays/podman/kustomization.yaml" <<EOF
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../local
images:
  - {name: whosaid/web-ui, newName: localhost/whosaid/web-ui, newTag: $TAG}
  - {name: whosaid/ingest-service, newName: localhost/whosaid/ingest-service, newTag: $TAG}
  - {name: whosaid/analysis-service, newName: localhost/whosaid/analysis-service, newTag: $TAG}
  - {name: postgres, newName: localhost/whosaid/postgres, newTag: $TAG}
EOF
kubectl kustomize "$WORK/deploy/overlays/podman" > "$WORK/rendered.yaml" || { fail "kubectl kustomize"; exit 1; }
ok "rendered the local overlay with local images ($(grep -c '^kind:' "$WORK/rendered.yaml") objects)"
/usr/bin/python3 "$ROOT/deploy/system-tests/kube-split.py" "$WORK/rendered.yaml" "$WORK/split" || { fail "kube-split.py"; exit 1; }

# ---- play
podman pod rm -f $(podman pod ps --filter label=app.kubernetes.io/part-of=whosaid -q 2>/dev/null) >/dev/null 2>&1 || true
podman network rm -f "$NET" >/dev/null 2>&1 || true
podman network create "$NET" >/dev/null
for f in "$WORK"/split/secret-*.json; do
  n="$(basename "$f" .json)"; n="${n#secret-}"
  podman secret rm "$n" >/dev/null 2>&1 || true
  podman secret create "$n" "$f" >/dev/null
  SECRETS+=("$n")
done
podman kube play "$WORK/split/00-config.yaml" >/dev/null || { fail "kube play of the PVCs"; exit 1; }
for f in "$WORK"/split/[0-9][0-9]-*.yaml; do
  [[ "$(basename "$f")" == 00-config.yaml ]] && continue
  name="$(basename "$f" .yaml)"; name="${name#[0-9][0-9]-}"
  t0=$SECONDS
  if podman kube play --configmap "$WORK/split/configmaps.yaml" --network "$NET:alias=$name" "$f" >"$WORK/play-$name.log" 2>&1; then
    ok "played Deployment $name ($((SECONDS - t0)) s)"
  else
    fail "kube play $name: $(tail -n 3 "$WORK/play-$name.log")"
  fi
done

# ---- checks from a container on the same network
probe() { # probe HOST PORT PATH: the HTTP status line's code
  podman run --rm --network "$NET" --entrypoint bash "localhost/whosaid/web-ui:$TAG" -c \
    "exec 3<>/dev/tcp/$1/$2 && printf 'GET $3 HTTP/1.0\r\nHost: $1\r\n\r\n' >&3 && head -n 1 <&3" 2>/dev/null | awk '{print $2}'
}
for db in ingest-db analysis-db; do
  deadline=$((SECONDS + TIMEOUT))
  until podman exec "$db-pod-0-postgres" pg_isready -q -h 127.0.0.1 2>/dev/null; do
    ((SECONDS < deadline)) || { fail "$db not ready after ${TIMEOUT}s"; break; }
    sleep 2
  done
  ((SECONDS < deadline)) && ok "$db ready (pg_isready)"
done
for s in analysis-service:8082 ingest-service:8081 web-ui:8080; do
  host="${s%%:*}" port="${s##*:}"
  deadline=$((SECONDS + TIMEOUT)); code=""
  until [[ "$code" == 200 ]]; do
    code="$(probe "$host" "$port" /q/health/ready || true)"
    [[ "$code" == 200 ]] && break
    ((SECONDS < deadline)) || break
    sleep 3
  done
  if [[ "$code" == 200 ]]; then ok "$host ready through its Service name ($host:$port/q/health/ready)"
  else fail "$host not ready after ${TIMEOUT}s (last status ${code:-none}); podman logs $host-pod-0-$host"; podman logs --tail 15 "$host-pod-0-$host" 2>&1 | cut -c1-300; fi
done
code="$(probe web-ui 8080 / || true)"
if [[ "$code" == 200 ]]; then ok "web-ui serves / (anonymous read, local overlay)"; else fail "web-ui / answered ${code:-nothing}"; fi
user="$(podman exec ingest-service-pod-0-ingest-service id -u 2>/dev/null || echo ?)"
[[ "$user" == 10001 ]] && ok "pods run as uid 10001 (runAsUser of the manifests)" || fail "ingest-service runs as uid $user"
