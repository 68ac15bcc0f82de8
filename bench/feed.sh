#!/usr/bin/env bash
# Harvest feed benchmark: GET /catalog.ttl pages by keyset cursor (following hydra:next), against
# offset paging with SPARQL on the registry's own /sparql, same server, same data, same run.
#
# Usage: bench/feed.sh [options]         (from any directory; figures go to stdout, progress to stderr)
#   -n N            generated datasets in the store (BENCH_N, default 100000)
#   -r REPS         timed repetitions per feed page, median reported (default 20; 5 warm-up rounds)
#   -o REPS         timed repetitions per SPARQL offset page (default 5; 2 warm-up rounds)
#   -s LIST         page sizes, each with its own single-page timings and full walk (default 100,1000);
#                   the offset baseline runs for the first
#   -p PORT         loopback port of the registry (BENCH_PORT, default 18480). A reused --data store
#                   fixes it: its IRIs hold the base URI it was seeded with, http://127.0.0.1:PORT
#   --data DIR      keep the loaded store in DIR and reuse it on later runs (the load is the slow
#                   part: about 8 minutes at N=100000); the same store layout as bench/sparql.sh
#                   (a store of either script serves the other)
#   -q, --quick     smoke run: N=1000, 5 repetitions, 2 offset repetitions (flags after it still apply)
#   --rebuild       run `mvn package` even when target/registro-*.jar exists
#   --keep          keep the temporary directory (logs; the data too unless --data)
#   -h, --help      this text
# Environment: BENCH_JAVA (a java >= 21; otherwise the newest JDK under /usr/lib/jvm),
#   BENCH_REGISTRY_OPTS (JVM options of the registry; default -Xmx4g), BENCH_CLIENT_OPTS (of the
#   client; default -Xmx1g), BENCH_SEED_BATCH (the loader's max batch, default 5000).
#
# Steps: build the jar if missing; unless --data holds a loaded store, load one in process
# (bench/SeedStore.java, as bench/sparql.sh does: 6 publishers and N generated datasets, all
# published) and start the registry on it once; start the registry on 127.0.0.1:PORT with
# --registry.base-uri=http://127.0.0.1:PORT (feed links are directly fetchable) and no demo data;
# wait until /catalog.ttl answers 200 (the catalog index is built at start: its time is printed);
# wait until the registry uses under 0.1 cores (its VoID count runs after start-up); run
# bench/FeedBench.java: per page size, the walk to page 100 as warm-up, a full walk following
# hydra:next (checks every dataset is seen exactly once and the count is hydra:totalItems), then the
# median latency of page 1, page 100, the two last walked pages and the hydra:last page; then the
# SPARQL offset baseline (page 1, 100, last; full offset walk estimated from sampled offsets); stop
# the registry; check its log.
# Time: about 5 minutes at N=100000 with a loaded --data store (plus about 10 for the load); under
# 2 minutes with --quick. Disk: as bench/sparql.sh without Fuseki's copy (about 75 KB per dataset).
# Figures and how to read them: docs/benchmarks.md (harvest feed section).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$(dirname "$here")"

n="${BENCH_N:-100000}"
reps=20
offset_reps=5
sizes="100,1000"
port="${BENCH_PORT:-18480}"
port_given=false
data_dir=""
rebuild=false
keep=false
seed_batch="${BENCH_SEED_BATCH:-5000}"

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    -n) n="$2"; shift 2 ;;
    -r) reps="$2"; shift 2 ;;
    -o) offset_reps="$2"; shift 2 ;;
    -s) sizes="$2"; shift 2 ;;
    -p) port="$2"; port_given=true; shift 2 ;;
    --data) data_dir="$2"; shift 2 ;;
    -q|--quick) n=1000; reps=5; offset_reps=2; shift ;;
    --rebuild) rebuild=true; shift ;;
    --keep) keep=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
done
for v in "$n" "$reps" "$offset_reps" "$port" "$seed_batch"; do
  [[ "$v" =~ ^[0-9]+$ ]] || { echo "not a number: $v" >&2; exit 2; }
done
[[ "$sizes" =~ ^[0-9]+(,[0-9]+)*$ ]] || { echo "-s wants a list like 100,1000" >&2; exit 2; }
[ "$reps" -ge 1 ] && [ "$offset_reps" -ge 1 ] || { echo "-r and -o want 1 or more" >&2; exit 2; }

tag=feed.sh
# shellcheck source=bench/lib.sh
. "$here/lib.sh"

setup_java_and_jar

work="$(mktemp -d -t registro-feed.XXXXXX)"
if [ -n "$data_dir" ]; then
  mkdir -p "$data_dir"
  data="$(cd "$data_dir" && pwd)"
else
  data="$work/data"
  mkdir -p "$data"
fi

# A reused store fixes the port: the registry's base URI must be the one its IRIs were written with.
if [ -f "$data/seed.properties" ] && [ "$(prop prepared)" = "true" ]; then
  stored_port="$(prop base | sed -n 's|^http://127\.0\.0\.1:\([0-9]*\)$|\1|p')"
  [ -n "$stored_port" ] || { echo "$data was seeded with base URI $(prop base), not http://127.0.0.1:PORT" >&2; exit 1; }
  if $port_given && [ "$stored_port" != "$port" ]; then
    echo "$data was seeded for port $stored_port (base URI $(prop base)); leave out -p or use another --data directory" >&2
    exit 1
  fi
  port="$stored_port"
fi
if port_in_use "$port"; then
  echo "port $port is in use; choose another with -p (or another --data directory)" >&2
  exit 1
fi

registry_pid=""
keep_logs=false
registry_opts="${BENCH_REGISTRY_OPTS:--Xmx4g}"
client_opts="${BENCH_CLIENT_OPTS:--Xmx1g}"

cleanup() {
  local rc=$?
  stop "$registry_pid"
  clean_work "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

unpack_jar

say "java: $java ($("$java" -version 2>&1 | head -n 1)); Jena $jena_version"
say "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
say "compiling bench/Bench.java, bench/SeedStore.java, bench/FeedBench.java"
mkdir -p "$work/classes"
"$javac" -nowarn -proc:none -encoding UTF-8 -cp "$app_cp" -d "$work/classes" \
  "$here/Bench.java" "$here/SeedStore.java" "$here/FeedBench.java"

token="$(head -c 24 /dev/urandom | base64 | tr '+/' '-_')"

start_registry() { # log: starts the registry and waits until the feed answers (the index is built)
  local i
  # shellcheck disable=SC2086 # registry_opts is a list of JVM options
  "$java" $registry_opts -jar "$work/registro.jar" --server.port="$port" --server.address=127.0.0.1 \
    --registry.data-dir="$data/registry" --registry.base-uri="$base" --registry.demo-data=false \
    --registry.security.admin-token="$token" >"$1" 2>&1 &
  registry_pid=$!
  wait_ready "$registry_pid" "http://127.0.0.1:$port/actuator/health" "$1" "the registry" || return 1
  # The feed answers 503 (logged as a warning) until the index is built: wait for its log line instead.
  for i in $(seq 1 1200); do
    grep -q 'Catalog index built' "$1" && break
    kill -0 "$registry_pid" 2>/dev/null || { echo "the registry exited while building its index" >&2; tail -n 40 "$1" >&2; return 1; }
    sleep 0.5
  done
  curl -fsS -o /dev/null "http://127.0.0.1:$port/catalog.ttl?page_size=1" || { echo "/catalog.ttl did not answer 200" >&2; return 1; }
}

base="http://127.0.0.1:$port"
# The run's own start is the store's first (it writes the catalog and vocabulary graphs).
prepare_store --no-first-start

registry_log="$work/registry.log"
say "starting the registry on 127.0.0.1:$port ($registry_opts), base URI $base"
started_ms="$(($(date +%s%N) / 1000000))"
start_registry "$registry_log"
$store_loaded && mark_prepared
ready_ms="$(($(date +%s%N) / 1000000 - started_ms))"
index_line="$(grep -o 'Catalog index built: .*' "$registry_log" | tail -n 1 || true)"
started_line="$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$registry_log" | tail -n 1 || true)"
say "waiting for the registry to settle (under 0.1 cores over 5 s)"
settle="$(wait_idle "$registry_pid" "the registry")"

echo
echo "Machine: $(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM;" \
  "load average before the run $(cut -d' ' -f1-3 /proc/loadavg)"
echo "JDK (server and client): $("$java" -version 2>&1 | head -n 1); registry JVM options: $registry_opts; client: $client_opts"
echo "Registry: $(basename "$jar"), data-dir $data/registry, base URI $base, demo data off, feed defaults (page size 100, max 1000)"
echo "Store: $(prop n) datasets + 6 publishers (bench/SeedStore.java, loaded $(prop loaded_at) in $(prop load_seconds) s);" \
  "public database $(du -sh "$data/registry/public" | cut -f1) on disk"
echo "Start-up$($store_loaded && echo " (the store's first: it also wrote the catalog and vocabulary graphs)"): ${started_line:-no 'Started' line}; /catalog.ttl answered 200 after $((ready_ms / 1000)).$((ready_ms % 1000 / 100)) s (polled every 0.5 s);" \
  "settled after ${settle} s more"
echo "Index: ${index_line:-no 'Catalog index built' line in the log}"

cat >"$work/client-logback.xml" <<'EOF'
<configuration>
  <appender name="err" class="ch.qos.logback.core.ConsoleAppender">
    <target>System.err</target>
    <encoder><pattern>[client] %level %logger{20}: %msg%n</pattern></encoder>
  </appender>
  <root level="WARN"><appender-ref ref="err"/></root>
</configuration>
EOF
client_rc=0
# shellcheck disable=SC2086
"$java" $client_opts -Dlogback.configurationFile="$work/client-logback.xml" -cp "$app_cp:$work/classes" FeedBench --server="http://127.0.0.1:$port" --base="$base" --n="$n" \
  --sizes="$sizes" --reps="$reps" --offset-reps="$offset_reps" || client_rc=$?

say "stopping the registry"
stop "$registry_pid"; registry_pid=""
echo
check_log "registry" "$registry_log"
if [ "$client_rc" -ne 0 ]; then
  keep_logs=true
  exit "$client_rc"
fi
