#!/usr/bin/env bash
# manifest-env.sh SERVICE: prints the environment (NAME=value lines) that the local overlay gives SERVICE's
# container: the Deployment's env in deploy/base/SERVICE.yaml with ConfigMap keys resolved from
# deploy/base/configmap.yaml (+ the ConfigMap patch of the local overlay) and Secret keys from the local overlay's
# secrets.example.yaml. Plain awk over the repository's own YAML layout (no YAML library needed).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
svc="${1:?usage: manifest-env.sh SERVICE}"
dep="$ROOT/deploy/base/$svc.yaml"
[[ -f "$dep" ]] || { echo "no $dep" >&2; exit 1; }

unquote='{ v=$0; sub(/^[^:]*:[ ]*/, "", v); sub(/[ ]+#.*$/, "", v); gsub(/^"|"$/, "", v); gsub(/^'"'"'|'"'"'$/, "", v); }'

# ConfigMap whosaid-config data: base first, the local overlay's patch overrides
configmap() {
  awk '
    /^---/ { cm=0; data=0; next }
    /^kind: ConfigMap/ { cm=1 }
    cm && /^data:/ { data=1; next }
    cm && data && /^[^ #]/ { data=0 }
    cm && data && /^  [A-Za-z0-9_.-]+:/ {
      k=$1; sub(/:$/, "", k); v=$0; sub(/^[^:]*:[ ]*/, "", v); sub(/[ ]+#.*$/, "", v)
      gsub(/^"|"$/, "", v); print k "\t" v }
  ' "$ROOT/deploy/base/configmap.yaml" "$ROOT/deploy/overlays/local/patch-replicas.yaml"
}

# Secrets: name/key<TAB>value from stringData
secrets() {
  awk '
    /^---/ { name=""; sd=0; next }
    /^  name:/ && name=="" { name=$2 }
    /^stringData:/ { sd=1; next }
    sd && /^  [A-Za-z0-9_.-]+:/ {
      k=$1; sub(/:$/, "", k); v=$0; sub(/^[^:]*:[ ]*/, "", v); gsub(/^"|"$/, "", v); print name "/" k "\t" v }
  ' "$ROOT/deploy/overlays/local/secrets.example.yaml"
}

# Deployment env: NAME<TAB>kind<TAB>ref (kind: value | cm | secret)
envrefs() {
  awk '
    /^kind: Deployment/ { dep=1 }
    /^---/ { dep=0 }
    dep && /^          env:/ { env=1; next }
    dep && env && /^          [a-z]/ { env=0 }
    dep && env && /^            - name:/ { if (n != "") flush(); n=$3; kind=""; ref=""; refname=""; next }
    dep && env && /^              value:/ { v=$0; sub(/^[^:]*:[ ]*/, "", v); gsub(/^"|"$/, "", v); kind="value"; ref=v }
    dep && env && /configMapKeyRef:/ { kind="cm" }
    dep && env && /secretKeyRef:/ { kind="secret" }
    dep && env && /^                  name:/ { refname=$2 }
    dep && env && /^                  key:/ { ref=(kind=="secret" ? refname "/" $2 : $2) }
    function flush() { print n "\t" kind "\t" ref }
    END { if (n != "") flush() }
  ' "$dep"
}

declare -A CM SEC
while IFS=$'\t' read -r k v; do CM["$k"]="$v"; done < <(configmap)
while IFS=$'\t' read -r k v; do SEC["$k"]="$v"; done < <(secrets)
while IFS=$'\t' read -r name kind ref; do
  case "$kind" in
    value) echo "$name=$ref" ;;
    cm) [[ -n "${CM[$ref]+x}" ]] || { echo "$svc: $name refers to ConfigMap key $ref, not found" >&2; exit 1; }
        echo "$name=${CM[$ref]}" ;;
    secret) [[ -n "${SEC[$ref]+x}" ]] || { echo "$svc: $name refers to Secret $ref, not found" >&2; exit 1; }
        echo "$name=${SEC[$ref]}" ;;
    *) echo "$svc: cannot read env $name" >&2; exit 1 ;;
  esac
done < <(envrefs)
