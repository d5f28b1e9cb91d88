#!/usr/bin/env bash
# Container system test: the images of `./whosaid images` run as in the cluster, against PostgreSQL in a container.
#
#   - whosaid/postgres (Debian's postgresql) twice, ingest-db and analysis-db, data on named volumes
#   - the three services with the production settings of the manifests: uid 10001, read-only root filesystem
#     with a tmpfs at /tmp, all capabilities dropped, no new privileges, the memory limits and the env of the
#     local overlay (deploy/system-tests/manifest-env.sh), on one network where the Service names resolve
#   - the sample articles ingested through the ingest container, analysed, a cluster page served by web-ui
#   - `kill -s KILL` of the ingest container right after it accepted new articles, a restart: nothing lost
#   - a restart of the analysis container: its data (clusters, statements) the same afterwards
# Skips (exit 0, "SKIPPED: ...") only where no container engine can run: not root and no engine, or no apt-get
# to install podman. Containers, volumes and the network are removed on exit.
#
# Environment: WHOSAID_ST_SKIP_BUILD=1 uses the images already built; WHOSAID_ST_KEEP=1 leaves everything running;
# WHOSAID_ST_TIMEOUT (s, default 300) for each wait.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
# shellcheck source=deploy/container-lib.sh
. "$ROOT/deploy/container-lib.sh"

T_ALL=$SECONDS
TAG="${WHOSAID_IMAGE_TAG:-dev}"
TIMEOUT="${WHOSAID_ST_TIMEOUT:-300}"
P="whosaid-st"                    # name prefix of everything this test creates
NET="$P-net"
SERVICES=(analysis-service ingest-service web-ui)
PASSED=0
FAILED=0
ok()   { PASSED=$((PASSED + 1)); printf '  %sok%s   [%4d s] %s\n' "$GREEN" "$RESET" "$((SECONDS - T_ALL))" "$*"; }
fail() { FAILED=$((FAILED + 1)); printf '  %sFAIL%s [%4d s] %s\n' "$RED" "$RESET" "$((SECONDS - T_ALL))" "$*"; }
# a failure that makes the rest meaningless: logs of the containers, then exit through the trap
abort() {
  fail "$*"
  local c
  for c in $(ce ps -a --filter "name=^$P-" --format '{{.Names}}' 2>/dev/null); do
    echo "---- last log lines of $c"; ce logs --tail 25 "$c" 2>&1 | cut -c1-400 || true
  done
  exit 1
}

if ! ce_select; then
  echo "SKIPPED: container system test: no container engine can run here ($CE_WHY_NOT)"
  exit 0
fi
[[ "$CE" == podman ]] || warn "engine is $CE; the test was written and verified with podman"

cleanup() {
  local rc=$?
  if [[ "${WHOSAID_ST_KEEP:-0}" == 1 ]]; then
    say "WHOSAID_ST_KEEP=1: leaving the containers ($P-*) and network $NET"
  else
    ce rm -f -t 5 $(ce ps -a --filter "name=^$P-" --format '{{.Names}}' 2>/dev/null) >/dev/null 2>&1 || true
    ce volume rm -f "$P-ingest-db" "$P-analysis-db" >/dev/null 2>&1 || true
    ce network rm -f "$NET" >/dev/null 2>&1 || true
  fi
  echo
  echo "container system test: $((SECONDS - T_ALL)) s"
  echo "containers: $PASSED passed, $FAILED failed"
  if ((rc == 0 && FAILED > 0)); then rc=1; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# leftovers of an earlier run that was killed
ce rm -f -t 0 $(ce ps -a --filter "name=^$P-" --format '{{.Names}}' 2>/dev/null) >/dev/null 2>&1 || true
ce volume rm -f "$P-ingest-db" "$P-analysis-db" >/dev/null 2>&1 || true
ce network rm -f "$NET" >/dev/null 2>&1 || true

# ---------------------------------------------------------------- images
if [[ "${WHOSAID_ST_SKIP_BUILD:-0}" == 1 ]]; then
  say "using the images built before (WHOSAID_ST_SKIP_BUILD=1)"
else
  say "building the images: deploy/images.sh"
  "$ROOT/deploy/images.sh" || abort "deploy/images.sh failed"
fi
for i in web-ui ingest-service analysis-service postgres; do
  ce image inspect "whosaid/$i:$TAG" >/dev/null 2>&1 || abort "image whosaid/$i:$TAG missing"
done
T_BUILD=$((SECONDS - T_ALL))

# ---------------------------------------------------------------- helpers
free_port() { # free_port START: the first port from START on that nothing answers on
  local p="$1"
  while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
  echo "$p"
}
http_code() { curl -s -o /dev/null -m 10 -w '%{http_code}' "$@" 2>/dev/null || true; }
KEY=""
api() { curl -s -m 30 -H "Authorization: Bearer $KEY" "$@"; }
running() { [[ "$(ce inspect -f '{{.State.Running}}' "$1" 2>/dev/null)" == true ]]; }

# wait_ready NAME URL: until URL answers 200; fails when the container stops or after TIMEOUT
wait_ready() {
  local c="$1" url="$2" deadline=$((SECONDS + TIMEOUT))
  until [[ "$(http_code "$url")" == 200 ]]; do
    running "$c" || abort "$c stopped during start-up"
    ((SECONDS < deadline)) || abort "$c not ready after ${TIMEOUT}s ($url)"
    sleep 1
  done
}

rss_mb() { # resident memory of the container's main process
  local pid; pid="$(ce inspect -f '{{.State.Pid}}' "$1" 2>/dev/null || echo 0)"
  awk '/^VmRSS:/{printf "%d", $2/1024}' "/proc/$pid/status" 2>/dev/null || echo "?"
}

# ---------------------------------------------------------------- network, PostgreSQL
ce network create "$NET" >/dev/null || abort "cannot create network $NET"
KEY="$("$ROOT/deploy/system-tests/manifest-env.sh" ingest-service | sed -n 's/^WHOSAID_ADMIN_API_KEY=//p')"
[[ -n "$KEY" ]] || abort "no admin key in the local overlay's Secrets"

start_db() { # start_db NAME SERVICE
  local name="$1" svc="$2" envs url db user pass
  envs="$("$ROOT/deploy/system-tests/manifest-env.sh" "$svc")"
  url="$(sed -n 's/^WHOSAID_[A-Z]*_DB_URL=//p' <<<"$envs")"
  db="${url##*/}"
  user="$(sed -n 's/^WHOSAID_DB_USER=//p' <<<"$envs")"
  pass="$(sed -n 's/^WHOSAID_DB_PASSWORD=//p' <<<"$envs")"
  ce volume create "$P-$name" >/dev/null
  local ro=(); [[ "$CE" == podman ]] && ro=(--read-only-tmpfs=false)
  ce run -d --name "$P-$name" --network "$NET" --network-alias "$name" \
    --user 70:70 --read-only "${ro[@]}" --tmpfs /tmp:rw,mode=1777 --tmpfs /var/run/postgresql:rw,mode=1777 \
    --cap-drop ALL --security-opt no-new-privileges \
    -v "$P-$name:/var/lib/postgresql/data:U" \
    -e POSTGRES_DB="$db" -e POSTGRES_USER="$user" -e POSTGRES_PASSWORD="$pass" \
    -e PGDATA=/var/lib/postgresql/data/pgdata \
    "whosaid/postgres:$TAG" >/dev/null || abort "cannot start $name"
  DB_CHECK+=("$name:$db:$user")
}
DB_CHECK=()
say "starting PostgreSQL (whosaid/postgres:$TAG): ingest-db, analysis-db"
start_db ingest-db ingest-service
start_db analysis-db analysis-service
for entry in "${DB_CHECK[@]}"; do
  IFS=: read -r name db user <<<"$entry"
  deadline=$((SECONDS + TIMEOUT))
  until ce exec "$P-$name" pg_isready -q -h 127.0.0.1 -U "$user" -d "$db" 2>/dev/null; do
    running "$P-$name" || abort "$name stopped during start-up"
    ((SECONDS < deadline)) || abort "$name not ready after ${TIMEOUT}s"
    sleep 1
  done
done
ok "PostgreSQL ingest-db and analysis-db ready (uid 70, read-only root)"

# ---------------------------------------------------------------- the three services
declare -A PORT CPORT MEM HOSTPORT START_S
CPORT=([web-ui]=8080 [ingest-service]=8081 [analysis-service]=8082)
MEM=([web-ui]=512m [ingest-service]=768m [analysis-service]=1536m)   # limits of deploy/base/*.yaml
next=28080
for s in "${SERVICES[@]}"; do HOSTPORT[$s]="$(free_port "$next")"; next=$((HOSTPORT[$s] + 1)); done
URL_INGEST="http://127.0.0.1:${HOSTPORT[ingest-service]}"
URL_ANALYSIS="http://127.0.0.1:${HOSTPORT[analysis-service]}"
URL_WEB="http://127.0.0.1:${HOSTPORT[web-ui]}"

MEM_OPT=1
start_service() { # start_service SERVICE
  local s="$1" envfile="/tmp/$P-$1.env" mem=()
  "$ROOT/deploy/system-tests/manifest-env.sh" "$s" > "$envfile" || abort "env of $s from the manifests"
  ((MEM_OPT)) && mem=(--memory "${MEM[$s]}")
  [[ "$CE" == podman ]] && mem+=(--read-only-tmpfs=false)   # only the /tmp below is writable, as in the pods
  ce run -d --name "$P-$s" --network "$NET" --network-alias "$s" \
    --user 10001:10001 --read-only --tmpfs /tmp:rw,mode=1777,size=512m \
    --cap-drop ALL --security-opt no-new-privileges "${mem[@]}" \
    --env-file "$envfile" -p "127.0.0.1:${HOSTPORT[$s]}:${CPORT[$s]}" \
    "whosaid/$s:$TAG" >/dev/null || abort "cannot start $s"
}
# memory limits need a cgroup memory controller; without one the test runs without them and says so. The probe runs
# `java -version` (the image's entrypoint would start the whole service in 64 MB and never return)
if ! timeout 60 "$CE" run --rm --memory 64m --entrypoint java "whosaid/web-ui:$TAG" -version >/dev/null 2>&1; then
  MEM_OPT=0; warn "this engine refuses --memory here: the services run without the manifests' memory limits"
fi

say "starting the three services (production settings, env of the local overlay)"
for s in "${SERVICES[@]}"; do
  t0=$SECONDS
  start_service "$s"
  wait_ready "$P-$s" "http://127.0.0.1:${HOSTPORT[$s]}/q/health/ready"
  START_S[$s]=$((SECONDS - t0))
  ok "$s ready in ${START_S[$s]} s (127.0.0.1:${HOSTPORT[$s]})"
done

for s in "${SERVICES[@]}"; do
  uid="$(ce exec "$P-$s" id -u 2>/dev/null || echo ?)"
  cap="$(ce exec "$P-$s" sh -c 'grep ^CapEff /proc/1/status' 2>/dev/null | awk '{print $2}')"
  if ce exec "$P-$s" sh -c 'touch /deployments/x' 2>/dev/null; then ro=no; else ro=yes; fi
  tmpw="$(ce exec "$P-$s" sh -c 'test -w /tmp && echo yes' 2>/dev/null || echo no)"
  if [[ "$uid" == 10001 && "$cap" == 0000000000000000 && "$ro" == yes && "$tmpw" == yes ]]; then
    ok "$s runs as uid 10001, no capabilities, root filesystem read-only, /tmp writable"
  else
    fail "$s: uid=$uid CapEff=$cap read-only=$ro tmp-writable=$tmpw"
  fi
done
if ce exec "$P-analysis-service" sh -c 'ls /usr/share/trans/de-en >/dev/null && ls -d /usr/share/openthesaurus-de >/dev/null' 2>/dev/null; then
  ok "analysis image carries the lexicons (trans-de-en, openthesaurus-de-text)"
else
  fail "analysis image: lexicon files missing"
fi

# ---------------------------------------------------------------- samples through the ingest container
say "importing deploy/samples through the ingest container"
if WHOSAID_INGEST_URL="$URL_INGEST" WHOSAID_ADMIN_API_KEY="$KEY" "$ROOT/whosaid" import deploy/samples; then
  ok "8 sample articles accepted by the ingest container"
else
  fail "import of deploy/samples"
fi

outbox_pending() { json_num pending "$(api "$URL_INGEST/api/outbox")"; }
json_num() { grep -o "\"$1\"[[:space:]]*:[[:space:]]*[0-9]*" <<<"$2" | head -n 1 | grep -o '[0-9]*$' || echo "?"; }
wait_outbox_empty() {
  local deadline=$((SECONDS + TIMEOUT)) p
  while true; do
    p="$(outbox_pending)"
    [[ "$p" == 0 ]] && return 0
    ((SECONDS < deadline)) || return 1
    sleep 2
  done
}
if wait_outbox_empty; then ok "analysis backlog empty: every article handed to the analysis container"
else abort "outbox still pending after ${TIMEOUT}s: $(api "$URL_INGEST/api/outbox")"; fi

# a cluster page from the web-ui container
clusters_html="$(curl -s -m 30 "$URL_WEB/clusters" || true)"
cid="$(grep -o 'href="/clusters/[0-9a-zA-Z-]*"' <<<"$clusters_html" | head -n 1 | sed 's/.*\/clusters\///; s/"$//')"
if [[ -n "$cid" ]]; then
  page="$(curl -s -m 30 -w $'\n%{http_code}' "$URL_WEB/clusters/$cid" || true)"
  if [[ "${page##*$'\n'}" == 200 && "$page" =~ (Brandtner|Wettberg|Lindqvist) ]]; then
    ok "web-ui serves cluster page /clusters/$cid with a sample speaker"
  else
    fail "web-ui /clusters/$cid: HTTP ${page##*$'\n'}"
  fi
else
  fail "web-ui /clusters lists no cluster (HTTP $(http_code "$URL_WEB/clusters"))"
fi

# ---------------------------------------------------------------- kill -9 of ingest after accepting
say "posting 6 new articles, then SIGKILL of the ingest container at once"
IDS=()
for i in 1 2 3 4 5 6; do
  body="$(printf '{"url":"https://kill-test.example/%s-%s","outlet":"Kill-Test Zeitung","title":"Hafen %s","publishedAt":"2026-12-06T10:0%s:00Z","language":"de","text":"Bürgermeisterin Ilse Brandtner sagte am Morgen: \\"Der Hafen bleibt geöffnet, Meldung %s.\\" Gewerkschaftsführer Jonas Wettberg erklärte, der Streik gehe weiter."}' "$$" "$i" "$i" "$i" "$i")"
  out="$(curl -s -m 30 -w $'\n%{http_code}' -X POST -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' --data-binary "$body" "$URL_INGEST/api/articles" || true)"
  code="${out##*$'\n'}"
  [[ "$code" == 201 ]] || abort "new article $i: HTTP $code ${out:0:200}"
  id="$(grep -o '"id"[[:space:]]*:[[:space:]]*[0-9]*' <<<"$out" | head -n 1 | grep -o '[0-9]*$')"
  IDS+=("$id")
done
ce kill -s KILL "$P-ingest-service" >/dev/null
ok "6 articles accepted (201, ids ${IDS[*]}), ingest container killed"
t0=$SECONDS
ce start "$P-ingest-service" >/dev/null || abort "restart of ingest-service"
wait_ready "$P-ingest-service" "$URL_INGEST/q/health/ready"
ok "ingest-service restarted, ready in $((SECONDS - t0)) s"
lost=0
for id in "${IDS[@]}"; do
  [[ "$(http_code -H "Authorization: Bearer $KEY" "$URL_INGEST/api/articles/$id")" == 200 ]] || lost=$((lost + 1))
done
if ((lost == 0)); then ok "all 6 accepted articles there after the kill"; else fail "$lost of 6 accepted articles lost"; fi
if wait_outbox_empty; then ok "their analysis hand-offs delivered after the restart (outbox empty)"
else fail "outbox not empty ${TIMEOUT}s after the restart: $(api "$URL_INGEST/api/outbox")"; fi
sleep 2
analysed=0
for id in "${IDS[@]}"; do
  st="$(api "$URL_ANALYSIS/api/articles/$id/statements" 2>/dev/null || true)"
  [[ "$st" == *Brandtner* || "$st" == *Wettberg* ]] && analysed=$((analysed + 1))
done
if ((analysed == 6)); then ok "all 6 analysed by the analysis container (statements found)"
else fail "$analysed of 6 killed-batch articles have statements in the analysis-service"; fi

# ---------------------------------------------------------------- restart of analysis with data intact
snapshot() { api "$URL_ANALYSIS/api/clusters"; echo; api "$URL_ANALYSIS/api/statements"; }
before="$(snapshot)"
[[ ${#before} -gt 50 ]] || fail "analysis-service: no clusters/statements to compare (${before:0:200})"
rss_before_restart="$(rss_mb "$P-analysis-service")"
say "restarting the analysis container"
t0=$SECONDS
ce restart -t 30 "$P-analysis-service" >/dev/null || abort "restart of analysis-service"
wait_ready "$P-analysis-service" "$URL_ANALYSIS/q/health/ready"
ok "analysis-service restarted, ready in $((SECONDS - t0)) s"
after="$(snapshot)"
if [[ "$before" == "$after" ]]; then ok "analysis data the same after the restart (${#before} bytes of clusters and statements)"
else fail "analysis data changed across the restart"; diff <(echo "$before") <(echo "$after") | head -n 20; fi

# ---------------------------------------------------------------- figures
echo
echo "${BOLD}figures${RESET} (this machine, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
printf '  %-36s %10s %10s %12s\n' IMAGE SIZE "START" "RSS"
for s in "${SERVICES[@]}"; do
  size="$(ce image inspect -f '{{.Size}}' "whosaid/$s:$TAG")"
  rss="$(rss_mb "$P-$s")"
  [[ "$s" == analysis-service ]] && rss="$rss (${rss_before_restart} before restart)"
  printf '  %-36s %7d MB %8d s %9s MB\n' "whosaid/$s:$TAG" "$((size / 1000000))" "${START_S[$s]}" "$rss"
done
printf '  %-36s %7d MB\n' "whosaid/postgres:$TAG" "$(( $(ce image inspect -f '{{.Size}}' "whosaid/postgres:$TAG") / 1000000 ))"
echo "  image build (or check) ${T_BUILD} s, whole test $((SECONDS - T_ALL)) s"
