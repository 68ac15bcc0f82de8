#!/usr/bin/env bash
# Benchmark of the registry: loads N generated datasets through the write API, then measures
# GET /dataset/{id} as Turtle, JSON-LD and HTML, and prints requests/s, p50 and p99.
#
# Usage: bench/run.sh [options]          (from any directory; results go to stdout, progress to stderr)
#   -n N            datasets to load (BENCH_N, default 10000)
#   -d SECONDS      measured time of each GET phase (BENCH_DURATION, default 20)
#   -w SECONDS      warm-up before each GET phase, not measured (BENCH_WARMUP, default 20)
#   -c CLIENTS      concurrent PUT clients during the load (BENCH_CONCURRENCY, default 8)
#   -g CLIENTS      concurrent GET clients (BENCH_GET_CONCURRENCY, default 4)
#   -p PORT         loopback port for the registry (BENCH_PORT, default 18080)
#   -q, --quick     smoke run: N=500, 5 s phases, 2 s warm-up (flags after it still apply)
#   --rebuild       run `mvn package` even when target/registro-*.jar exists
#   --keep          keep the temporary directory (data, logs, generated TriG)
#   -h, --help      this text
# Environment: BENCH_JAVA (a java >= 21; otherwise the newest JDK under /usr/lib/jvm),
#   BENCH_SERVER_OPTS (extra JVM options for the registry, e.g. "-Xmx2g").
#
# Steps: build the jar if missing; generate the N datasets (deterministic); baseline: Jena's TDB2
# bulk loader loads the same datasets into a fresh TDB2 (server not running); start the registry on
# 127.0.0.1:PORT with a fresh data directory, no demo data and a random admin token; PUT the
# publishers and the N datasets (published, so SHACL-validated); GET over random ids; a static file
# as the framework floor; print the table, ratios to the baseline and to the issue's targets; stop
# the server; check its log for errors; delete the temporary directory.
# Client and server share the machine's cores: the table shows how much CPU each used.
# Disk: TDB2 is copy-on-write and the registry commits small batches, so between compactions
# (registry.writes.compact-every, default 10,000 writes) the data directory grows by up to about
# 1.5 MB per dataset; it lives under $TMPDIR (default /tmp) and is deleted at the end unless --keep.
# Figures and how to read them: docs/benchmarks.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$(dirname "$here")"

n="${BENCH_N:-10000}"
duration="${BENCH_DURATION:-20}"
warmup="${BENCH_WARMUP:-20}"
concurrency="${BENCH_CONCURRENCY:-8}"
get_concurrency="${BENCH_GET_CONCURRENCY:-4}"
port="${BENCH_PORT:-18080}"
rebuild=false
keep=false

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    -n) n="$2"; shift 2 ;;
    -d) duration="$2"; shift 2 ;;
    -w) warmup="$2"; shift 2 ;;
    -c) concurrency="$2"; shift 2 ;;
    -g) get_concurrency="$2"; shift 2 ;;
    -p) port="$2"; shift 2 ;;
    -q|--quick) n=500; duration=5; warmup=2; shift ;;
    --rebuild) rebuild=true; shift ;;
    --keep) keep=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
done
for v in "$n" "$duration" "$warmup" "$concurrency" "$get_concurrency" "$port"; do
  [[ "$v" =~ ^[0-9]+$ ]] || { echo "not a number: $v" >&2; exit 2; }
done

say() { echo "[run.sh] $*" >&2; }

java_major() { "$1" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p'; }

find_java() {
  if [ -n "${BENCH_JAVA:-}" ]; then echo "$BENCH_JAVA"; return; fi
  local best="" best_major=0 j m
  for j in /usr/lib/jvm/*/bin/java; do
    [ -x "$j" ] || continue
    m="$(java_major "$j")"
    if [ -n "$m" ] && [ "$m" -gt "$best_major" ]; then best="$j"; best_major="$m"; fi
  done
  echo "$best"
}

java="$(find_java)"
if [ -z "$java" ] || [ "$(java_major "$java")" -lt 21 ]; then
  echo "no JDK >= 21 found under /usr/lib/jvm; set BENCH_JAVA=/path/to/bin/java" >&2
  exit 1
fi
jar="$(ls "$project"/target/registro-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)"
if $rebuild || [ -z "$jar" ]; then
  say "building the jar (mvn -q -B -DskipTests package)"
  (cd "$project" && mvn -q -B -DskipTests package)
  jar="$(ls "$project"/target/registro-*.jar | grep -v '\.original$' | head -n 1)"
fi
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "port $port is in use; choose another with -p" >&2
  exit 1
fi

work="$(mktemp -d -t registro-bench.XXXXXX)"
server_pid=""
keep_log=false
cleanup() {
  local rc=$?
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$server_pid" 2>/dev/null || true
  fi
  if $keep; then
    say "kept $work"
  elif $keep_log || [ "$rc" -ne 0 ]; then
    # The data can take many gigabytes; the log is what explains a failure.
    find "$work" -mindepth 1 -maxdepth 1 ! -name server.log -exec rm -rf {} +
    say "kept the server log: $work/server.log"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Up to about 1.5 MB per dataset between compactions (see the header); refuse to start without it.
need_mb=$((n * 3 / 2 + 1000))
free_mb="$(df -Pm "$work" | awk 'NR == 2 { print $4 }')"
if [ "$free_mb" -lt "$need_mb" ]; then
  echo "need about $need_mb MB free in $(dirname "$work") for $n datasets, have $free_mb MB; set TMPDIR elsewhere or lower -n" >&2
  exit 1
fi

# A copy, so that a concurrent `mvn package` cannot replace the jar under the running server.
cp "$jar" "$work/registro.jar"
base="http://127.0.0.1:$port"
token="$(head -c 24 /dev/urandom | base64 | tr '+/' '-_')"

say "java: $java ($("$java" -version 2>&1 | head -n 1))"
say "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
say "generating $n datasets"
"$java" "$here/Bench.java" generate --base="$base" --n="$n" --out="$work/datasets.trig"

say "baseline: Jena TDB2 bulk loader (phased), same datasets, fresh database"
if [ -x "$(dirname "$java")/jar" ]; then
  (cd "$work" && "$(dirname "$java")/jar" xf registro.jar BOOT-INF/lib)
else
  unzip -q "$work/registro.jar" 'BOOT-INF/lib/*' -d "$work"
fi
# Jena and its dependencies only: without logback, slf4j stays silent instead of logging at DEBUG.
classpath="$(ls "$work"/BOOT-INF/lib/*.jar | grep -v -E '/(logback-|spring-|tomcat-|thymeleaf|micrometer)' | paste -sd: -)"
"$java" -cp "$classpath" "$here/JenaBaseline.java" --loc="$work/baseline-tdb2" --out="$work/baseline.properties" \
  --loader=phased "$work/datasets.trig" 2> >(grep -v -i 'slf4j' >&2)
echo "disk=$(du -sh "$work/baseline-tdb2" | cut -f1)" >>"$work/baseline.properties"
rm -rf "$work/baseline-tdb2"

say "starting the registry on $base"
# shellcheck disable=SC2086 # BENCH_SERVER_OPTS is a list of JVM options
SERVER_PORT="$port" SERVER_ADDRESS=127.0.0.1 REGISTRY_BASEURI="$base" REGISTRY_DATADIR="$work/data" \
  REGISTRY_DEMODATA=false REGISTRY_SECURITY_ADMINTOKEN="$token" \
  "$java" ${BENCH_SERVER_OPTS:-} -jar "$work/registro.jar" >"$work/server.log" 2>&1 &
server_pid=$!
for i in $(seq 1 240); do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "the registry exited during start-up; its log:" >&2; tail -n 40 "$work/server.log" >&2; exit 1
  fi
  if curl -fsS -o /dev/null "$base/actuator/health" 2>/dev/null; then break; fi
  [ "$i" -eq 240 ] && { echo "the registry did not become ready in 120 s" >&2; tail -n 40 "$work/server.log" >&2; exit 1; }
  sleep 0.5
done
say "ready after ~$((i / 2)) s (pid $server_pid)"

BENCH_TOKEN="$token" "$java" "$here/Bench.java" run --base="$base" --n="$n" --concurrency="$concurrency" \
  --get-concurrency="$get_concurrency" --duration="$duration" --warmup="$warmup" --server-pid="$server_pid" \
  --clk-tck="$(getconf CLK_TCK)" --baseline-file="$work/baseline.properties"

echo
echo "Data directory after the run (TDB2 workspace and public databases, on disk):" \
  "$(du -sh "$work/data/workspace" "$work/data/public" | awk '{printf "%s %s  ", $2, $1}' | sed "s|$work/data/||g")"

say "stopping the registry"
kill "$server_pid"
for _ in $(seq 1 60); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
# Spring Boot's log lines start with a timestamp and the level.
errors="$(grep -c -E '^\S+\s+ERROR|^[[:space:]]+at |Exception' "$work/server.log" || true)"
warnings="$(grep -E '^\S+\s+WARN' "$work/server.log" || true)"
if [ "$errors" -gt 0 ]; then
  keep_log=true
  echo "server log: $errors ERROR, exception or stack-trace lines; the first ones:"
  grep -E '^\S+\s+ERROR|^[[:space:]]+at |Exception' "$work/server.log" | head -n 10
else
  echo "server log: no ERROR or exception lines"
fi
if [ -n "$warnings" ]; then
  echo "server log WARN lines: $(echo "$warnings" | wc -l); the first ones:"
  echo "$warnings" | head -n 5 | cut -c1-200
fi
