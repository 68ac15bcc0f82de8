#!/usr/bin/env bash
# SPARQL benchmark: the registry's /sparql against a standalone Fuseki (jena-fuseki-server with
# fuseki-config/config.ttl) over a copy of the same TDB2 database, same run, alternating.
#
# Usage: bench/sparql.sh [options]       (from any directory; figures go to stdout, progress to stderr)
#   -n N            generated datasets in the store (BENCH_N, default 100000)
#   -d SECONDS      one measured segment (BENCH_DURATION, default 4)
#   -r ROUNDS       measured segments per server, per query, per phase, alternating (default 2)
#   -w SECONDS      warm-up per server before each query's segments (BENCH_WARMUP, default 2)
#   -W SECONDS      warm-up of the whole mix on each server before the first phase (default 15)
#   -c LIST         client counts, one phase each (default 1,8)
#   -p PORT         loopback port of the registry; Fuseki gets PORT+1 (BENCH_PORT, default 18380)
#   --queries LIST  only these queries (names as printed; default all 10)
#   --get           send queries as GET ?query= instead of POST application/sparql-query
#   --aa            calibration (A/A): a second standalone Fuseki, on its own copy, takes the
#                   registry's place; its ratios show how far apart two identical servers measure
#   --repeat K      K runs, each with fresh server processes, then the median ratio per query (one
#                   pair of processes can differ by 20-30% on a query through JIT decisions alone)
#   --data DIR      keep the loaded store in DIR and reuse it on later runs (the load is the slow
#                   part: about 8 minutes at N=100000); DIR/seed.properties says what it holds
#   -q, --quick     smoke run: N=2000, 1 s segments, 0.5 s warm-ups (flags after it still apply)
#   --rebuild       run `mvn package` even when target/registro-*.jar exists
#   --keep          keep the temporary directory (logs; the data too unless --data)
#   -h, --help      this text
# Environment: BENCH_JAVA (a java >= 21; otherwise the newest JDK under /usr/lib/jvm), BENCH_SERVER_OPTS
#   (JVM options for both servers), BENCH_REGISTRY_OPTS / BENCH_FUSEKI_OPTS (for one only),
#   BENCH_FUSEKI_ARGS (extra arguments for Fuseki, e.g. --jetty=FILE), BENCH_FUSEKI_JAR (default:
#   jena-fuseki-server of the registry's Jena version from ~/.m2, fetched with `mvn dependency:get`
#   when missing), BENCH_SEED_BATCH (the loader's max batch, default 5000).
#
# Steps: build the jar if missing; unless --data holds a loaded store, load one in process
# (bench/SeedStore.java: the registry's RecordService over TdbRecordStore, 6 publishers then N
# datasets from bench/Bench.java's generator, all published; then the public database is compacted)
# and start the registry on it once so that its start-up writes the catalog and vocabulary graphs;
# copy <data>/public for Fuseki; start Fuseki on 127.0.0.1:PORT+1 with fuseki-config/config.ttl
# pointed at the copy; start the registry on 127.0.0.1:PORT with registry.sparql.max-concurrent at
# the largest client count (so no query queues), max-rows 10000 and query-timeout 30s (the
# defaults, given explicitly); wait until both use under 0.1 cores (the registry counts its VoID
# statistics in the background after start-up); run bench/SparqlBench.java (answer check, warm-up,
# phases); stop both servers; check their logs. Both servers run on the same JDK with the same JVM options, and
# only one is under load at a time.
# Disk: about 120 KB per dataset at the peak (during the public database's compaction; the
# workspace is not compacted), then about 100 KB per dataset including Fuseki's copy of the public
# database (27 KB per dataset; one more with --aa); under $TMPDIR (default /tmp) or --data.
# Time at the defaults here: about 19 minutes at N=100000 including the load, 11 minutes with a
# loaded --data store, 3 to 4 minutes with --quick.
# Figures and how to read them: docs/benchmarks.md (SPARQL section).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$(dirname "$here")"

n="${BENCH_N:-100000}"
duration="${BENCH_DURATION:-4}"
rounds=2
warmup="${BENCH_WARMUP:-2}"
mix_warmup=15
clients="1,8"
port="${BENCH_PORT:-18380}"
queries=""
method=post
aa=false
repeat=1
data_dir=""
rebuild=false
keep=false
seed_batch="${BENCH_SEED_BATCH:-5000}"

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    -n) n="$2"; shift 2 ;;
    -d) duration="$2"; shift 2 ;;
    -r) rounds="$2"; shift 2 ;;
    -w) warmup="$2"; shift 2 ;;
    -W) mix_warmup="$2"; shift 2 ;;
    -c) clients="$2"; shift 2 ;;
    -p) port="$2"; shift 2 ;;
    --queries) queries="$2"; shift 2 ;;
    --get) method=get; shift ;;
    --aa) aa=true; shift ;;
    --repeat) repeat="$2"; shift 2 ;;
    --data) data_dir="$2"; shift 2 ;;
    -q|--quick) n=2000; duration=1; warmup=0.5; mix_warmup=5; shift ;;
    --rebuild) rebuild=true; shift ;;
    --keep) keep=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
done
for v in "$n" "$rounds" "$port" "$seed_batch" "$repeat"; do
  [[ "$v" =~ ^[0-9]+$ ]] || { echo "not a number: $v" >&2; exit 2; }
done
for v in "$duration" "$warmup" "$mix_warmup"; do
  [[ "$v" =~ ^[0-9]+(\.[0-9]+)?$ ]] || { echo "not a number of seconds: $v" >&2; exit 2; }
done
[[ "$clients" =~ ^[0-9]+(,[0-9]+)*$ ]] || { echo "-c wants a list like 1,8" >&2; exit 2; }
[ "$repeat" -ge 1 ] && [ "$rounds" -ge 1 ] || { echo "--repeat and -r want 1 or more" >&2; exit 2; }
fport=$((port + 1))
max_clients="$(echo "$clients" | tr ',' '\n' | sort -n | tail -n 1)"

tag=sparql.sh
# shellcheck source=bench/lib.sh
. "$here/lib.sh"

setup_java_and_jar
for p in "$port" "$fport"; do
  if port_in_use "$p"; then
    echo "port $p is in use; choose another with -p (the registry takes PORT, Fuseki PORT+1)" >&2
    exit 1
  fi
done

work="$(mktemp -d -t registro-sparql.XXXXXX)"
if [ -n "$data_dir" ]; then
  mkdir -p "$data_dir"
  data="$(cd "$data_dir" && pwd)"
else
  data="$work/data"
  mkdir -p "$data"
fi
registry_pid=""
fuseki_pid=""
keep_logs=false

cleanup() {
  local rc=$?
  stop "$registry_pid"
  stop "$fuseki_pid"
  clean_work "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

unpack_jar

fuseki_jar="${BENCH_FUSEKI_JAR:-$HOME/.m2/repository/org/apache/jena/jena-fuseki-server/$jena_version/jena-fuseki-server-$jena_version.jar}"
if [ ! -f "$fuseki_jar" ]; then
  say "fetching org.apache.jena:jena-fuseki-server:$jena_version (mvn dependency:get)"
  (cd "$work" && mvn -q -B dependency:get -Dartifact="org.apache.jena:jena-fuseki-server:$jena_version" -Dtransitive=false)
fi
[ -f "$fuseki_jar" ] || { echo "no Fuseki server jar at $fuseki_jar; set BENCH_FUSEKI_JAR" >&2; exit 1; }
config="$project/fuseki-config/config.ttl"
[ -f "$config" ] || { echo "no $config" >&2; exit 1; }

say "java: $java ($("$java" -version 2>&1 | head -n 1)); Jena $jena_version"
say "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
say "compiling bench/Bench.java, bench/SeedStore.java, bench/SparqlBench.java"
mkdir -p "$work/classes"
"$javac" -nowarn -proc:none -encoding UTF-8 -cp "$app_cp" -d "$work/classes" \
  "$here/Bench.java" "$here/SeedStore.java" "$here/SparqlBench.java"

token="$(head -c 24 /dev/urandom | base64 | tr '+/' '-_')"
registry_log="$work/registry.log"
fuseki_log="$work/fuseki.log"
started_pid=""

# The registry's own limits for /sparql, given explicitly (see the header). Left out, with a note,
# when this build does not know them (unknown registry.* keys stop the start-up).
sparql_args=(--registry.sparql.max-concurrent="$max_clients" --registry.sparql.max-rows=10000 --registry.sparql.query-timeout=30s)

start_registry() { # log
  # shellcheck disable=SC2086 # the *_OPTS variables are lists of JVM options
  "$java" ${BENCH_SERVER_OPTS:-} ${BENCH_REGISTRY_OPTS:-} -jar "$work/registro.jar" --server.port="$port" --server.address=127.0.0.1 \
    --registry.data-dir="$data/registry" --registry.base-uri="$base" --registry.demo-data=false \
    --registry.security.admin-token="$token" "${sparql_args[@]}" >"$1" 2>&1 &
  registry_pid=$!
  if ! wait_ready "$registry_pid" "http://127.0.0.1:$port/actuator/health" "$1" "the registry"; then
    stop "$registry_pid"
    registry_pid=""
    if [ "${#sparql_args[@]}" -gt 0 ] && grep -q 'registry\.sparql' "$1"; then
      say "NOTE: this build refuses the registry.sparql.* settings; starting without them (its defaults apply)"
      sparql_args=()
      start_registry "$1"
      return
    fi
    return 1
  fi
}

# 1. The store: reuse, or load (SeedStore) and start the registry on it once.
base="http://127.0.0.1:$port"
prepare_store

# 2. Fuseki's copy of the public database, taken while the registry is stopped (TDB2 directories
# are opened by one process at a time), and a copy of the configuration pointing at it.
say "copying $data/registry/public for Fuseki ($(du -sh "$data/registry/public" | cut -f1))"
rm -rf "$data/fuseki"
mkdir -p "$data/fuseki"
cp -a --sparse=always "$data/registry/public" "$data/fuseki/public"
rm -f "$data/fuseki/public/tdb.lock"
locations="$(grep -c -E 'tdb2:location[[:space:]]+"' "$config" || true)"
[ "$locations" = "1" ] || { echo "$config: expected one tdb2:location, found $locations" >&2; exit 1; }
sed -E "s|(tdb2:location[[:space:]]+)\"[^\"]*\"|\1\"$data/fuseki/public\"|" "$config" >"$work/fuseki-config.ttl"
mkdir -p "$work/fuseki-run" # Fuseki's FUSEKI_BASE ("run/") is created in its working directory

if $aa; then
  # Calibration: a second Fuseki on its own copy, where the registry would be.
  rm -rf "$data/fuseki-aa"
  mkdir -p "$data/fuseki-aa" "$work/fuseki-aa-run"
  cp -a --sparse=always "$data/registry/public" "$data/fuseki-aa/public"
  rm -f "$data/fuseki-aa/public/tdb.lock"
  sed -E "s|(tdb2:location[[:space:]]+)\"[^\"]*\"|\1\"$data/fuseki-aa/public\"|" "$config" >"$work/fuseki-aa-config.ttl"
  names=(--names=Fuseki-2,Fuseki --labels=F2,Fus)
  first_name="Fuseki-2"
else
  names=(--names=registry,Fuseki --labels=reg,Fus)
  first_name="registry"
fi

start_fuseki() { # dir-of-run config port log: starts a standalone Fuseki, sets started_pid
  # shellcheck disable=SC2086
  (cd "$1" && exec "$java" ${BENCH_SERVER_OPTS:-} ${BENCH_FUSEKI_OPTS:-} -jar "$fuseki_jar" \
    --config="$2" --port="$3" --localhost ${BENCH_FUSEKI_ARGS:-} >"$4" 2>&1) &
  started_pid=$!
}

bench_rc=0
ratio_files=()
for run in $(seq 1 "$repeat"); do
  suffix=""
  [ "$repeat" -gt 1 ] && suffix="-$run"
  registry_log="$work/registry$suffix.log"
  fuseki_log="$work/fuseki$suffix.log"
  [ "$repeat" -gt 1 ] && say "run $run of $repeat (fresh server processes)"

  say "starting Fuseki ($(basename "$fuseki_jar")) on 127.0.0.1:$fport"
  start_fuseki "$work/fuseki-run" "$work/fuseki-config.ttl" "$fport" "$fuseki_log"
  fuseki_pid="$started_pid"
  wait_ready "$fuseki_pid" "http://127.0.0.1:$fport/sparql?query=ASK%7B%7D" "$fuseki_log" "Fuseki" || exit 1
  if $aa; then
    say "A/A calibration: a second Fuseki on 127.0.0.1:$port in the registry's place"
    start_fuseki "$work/fuseki-aa-run" "$work/fuseki-aa-config.ttl" "$port" "$registry_log"
    registry_pid="$started_pid"
    wait_ready "$registry_pid" "http://127.0.0.1:$port/sparql?query=ASK%7B%7D" "$registry_log" "Fuseki (A/A)" || exit 1
  else
    say "starting the registry on 127.0.0.1:$port (${sparql_args[*]:-no registry.sparql settings})"
    start_registry "$registry_log"
  fi

  # Measure the steady state: the registry counts its VoID statistics on a background thread after
  # start-up (about a minute of CPU at N=100000), which would otherwise fall on the first queries.
  say "waiting for both servers to settle (under 0.1 cores over 5 s)"
  settle_registry="$(wait_idle "$registry_pid" "$first_name")"
  settle_fuseki="$(wait_idle "$fuseki_pid" "Fuseki")"

  echo
  [ "$repeat" -gt 1 ] && echo "=== Run $run of $repeat (fresh server processes) ==="
  echo "Machine: $(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM;" \
    "load average before the run $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "JDK (both servers and the client): $("$java" -version 2>&1 | head -n 1); JVM options: ${BENCH_SERVER_OPTS:-(defaults)}"
  if $aa; then
    echo "A/A CALIBRATION: no registry; a second standalone Fuseki (Fuseki-2) on its own copy of the public database takes its place"
  else
    echo "Registry: $(basename "$jar"), data-dir $data/registry, base URI $base, ${sparql_args[*]:-registry.sparql.* not set (this build refused them)}"
  fi
  echo "Fuseki:   $(basename "$fuseki_jar") --config (fuseki-config/config.ttl, tdb2:location = a copy of the registry's public database) --localhost ${BENCH_FUSEKI_ARGS:-}"
  echo "Settling after start-up (background work, e.g. the registry's VoID count, before the first query): $first_name ${settle_registry} s, Fuseki ${settle_fuseki} s"
  echo "Store: $(prop n) datasets + 6 publishers, loaded in process by bench/SeedStore.java in $(prop load_seconds) s ($(prop load_rate) datasets/s;" \
    "max batch $(prop max_batch)), public database compacted in $(prop compact_seconds) s; public database $(du -sh "$data/registry/public" | cut -f1) on disk" \
    "($(prop public_mb) MB apparent)"

  args=(--registry="http://127.0.0.1:$port/sparql" --fuseki="http://127.0.0.1:$fport/sparql" --registry-pid="$registry_pid"
    --fuseki-pid="$fuseki_pid" --clk-tck="$(getconf CLK_TCK)" --base="$base" --n="$n" --clients="$clients" --duration="$duration"
    --rounds="$rounds" --warmup="$warmup" --mix-warmup="$mix_warmup" --method="$method" --ratios-out="$work/ratios-$run.tsv" "${names[@]}")
  [ -n "$queries" ] && args+=(--queries="$queries")
  "$java" -cp "$work/classes" SparqlBench "${args[@]}" || bench_rc=$?

  say "stopping the servers"
  stop "$registry_pid"; registry_pid=""
  stop "$fuseki_pid"; fuseki_pid=""
  echo
  check_log "$first_name" "$registry_log"
  check_log "Fuseki" "$fuseki_log"
  [ "$bench_rc" -eq 0 ] || break
  ratio_files+=("$work/ratios-$run.tsv")
done
if [ "$bench_rc" -ne 0 ]; then
  keep_logs=true
  exit "$bench_rc"
fi
if [ "$repeat" -gt 1 ]; then
  "$java" -cp "$work/classes" SparqlBench summarize "${ratio_files[@]}"
fi
