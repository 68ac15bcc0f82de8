#!/usr/bin/env bash
# Harvest benchmark: the registry harvests a generated DCAT source of N datasets (Turtle pages
# linked by hydra:next, served from the client JVM on 127.0.0.1), once in full and once with 1% of
# the datasets changed; and, in the same run, Jena's bulk loader (tdb2.tdbloader) loads the same
# datasets into an empty TDB2, the storage limit.
#
# Usage: bench/harvest.sh [options]      (from any directory; figures go to stdout, progress to stderr)
#   -n N            datasets in the source (BENCH_N, default 100000)
#   -s SIZE         datasets per source page (default 1000)
#   -m HEAP         the registry's maximum heap, -Xmx (default 1g: the target is a heap of at most
#                   1 GB whatever the source's size)
#   -p PORT         loopback port of the registry (BENCH_PORT, default 18580); the source takes a free one
#   --no-baseline   skip the bulk loader
#   --jfr           record the registry with Java Flight Recorder (profile settings) and write its hot
#                   methods to $work/registry-hot-methods.log (kept with the logs); costs a little speed
#   -q, --quick     smoke run: N=2000 (flags after it still apply)
#   --rebuild       run `mvn package` even when target/registro-*.jar exists
#   --keep          keep the temporary directory (logs, GC log, N-Quads file, stores)
#   -h, --help      this text
# Environment: BENCH_JAVA (a java >= 21; otherwise the newest JDK under /usr/lib/jvm),
#   BENCH_REGISTRY_OPTS (more JVM options of the registry), BENCH_REGISTRY_ARGS (more registry
#   arguments, e.g. --registry.writes.compact-every=0), BENCH_CLIENT_OPTS (the client and source
#   server; default -Xmx1g), BENCH_LOADER_OPTS (tdb2.tdbloader's JVM; default none).
#
# Steps: build the jar if missing; write the N datasets (bench/SourceCatalog.java, the generator the
# source serves) as one N-Quads file, one graph per dataset, and load it with tdb2.tdbloader (from
# jena-cmds of the registry's Jena version, fetched into ~/.m2 with `mvn dependency:get` when
# missing) into an empty TDB2 directory, timed; delete both; start the registry on 127.0.0.1:PORT
# with a fresh data directory, no demo data, -Xmx HEAP and -Xlog:gc to a file, loopback allowed for
# outbound requests and no politeness delay, the scheduler off; wait until it is idle; run
# bench/HarvestBench.java: serve the source, add it by API (publisher taken from the source), run 1
# (every dataset new: created must be N), switch 1% of the datasets (index 42 mod 100) to a new
# title, run 2 (updated must be exactly those, unchanged the rest, nothing created or withdrawn).
# Before each run the registry is left to go idle (run 1 leaves compactions running); after each,
# its live heap is written by `jcmd GC.class_histogram` to $work/registry-histogram-*.log. Then
# stop the registry; check its log.
# Time: at N=100000 the bulk loader and its file take a few minutes, the harvests what they take
# (see docs/benchmarks.md); --quick takes about 2 minutes. Disk: about 1 GB per 100,000 datasets.
# Figures and how to read them: docs/benchmarks.md (section "Harvesting other catalogs").
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$(dirname "$here")"

n="${BENCH_N:-100000}"
size=1000
heap=1g
port="${BENCH_PORT:-18580}"
baseline=true
jfr=false
rebuild=false
keep=false
data_dir=""

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    -n) n="$2"; shift 2 ;;
    -s) size="$2"; shift 2 ;;
    -m) heap="$2"; shift 2 ;;
    -p) port="$2"; shift 2 ;;
    --no-baseline) baseline=false; shift ;;
    --jfr) jfr=true; shift ;;
    -q|--quick) n=2000; shift ;;
    --rebuild) rebuild=true; shift ;;
    --keep) keep=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
done
for v in "$n" "$size" "$port"; do
  [[ "$v" =~ ^[0-9]+$ ]] || { echo "not a number: $v" >&2; exit 2; }
done
[[ "$heap" =~ ^[0-9]+[mMgG]$ ]] || { echo "-m wants a heap size like 1g or 1536m" >&2; exit 2; }
[ "$n" -ge 100 ] && [ "$size" -ge 1 ] || { echo "-n wants 100 or more, -s 1 or more" >&2; exit 2; }

tag=harvest.sh
# shellcheck source=bench/lib.sh
. "$here/lib.sh"

setup_java_and_jar

if port_in_use "$port"; then
  echo "port $port is in use; choose another with -p" >&2
  exit 1
fi
work="$(mktemp -d -t registro-harvest.XXXXXX)"
need_mb=$((n / 100 + 500))
free_mb="$(df -Pm "$work" | awk 'NR == 2 { print $4 }')"
if [ "$free_mb" -lt "$need_mb" ]; then
  echo "need about $need_mb MB free in $work for $n datasets, have $free_mb MB; lower -n or set TMPDIR" >&2
  rm -rf "$work"
  exit 1
fi

registry_pid=""
keep_logs=false
registry_opts="-Xmx$heap -Xlog:gc:file=$work/registry-gc.log ${BENCH_REGISTRY_OPTS:-}"
$jfr && registry_opts="$registry_opts -XX:StartFlightRecording=filename=$work/registry.jfr,settings=profile,dumponexit=true"
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
say "compiling bench/Bench.java, bench/SourceCatalog.java, bench/HarvestBench.java"
mkdir -p "$work/classes"
"$javac" -nowarn -proc:none -encoding UTF-8 -cp "$app_cp" -d "$work/classes" \
  "$here/Bench.java" "$here/SourceCatalog.java" "$here/HarvestBench.java"

echo "machine: $(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM;" \
  "load average at the start $(cut -d' ' -f1-3 /proc/loadavg)"
echo "jdk: $("$java" -version 2>&1 | head -n 1); registry: $(basename "$jar"), JVM options: $registry_opts; client: $client_opts"

# The baseline first, while the registry is not running: both get the machine to themselves.
if $baseline; then
  cmds_jar="$HOME/.m2/repository/org/apache/jena/jena-cmds/$jena_version/jena-cmds-$jena_version.jar"
  if [ ! -f "$cmds_jar" ]; then
    say "fetching org.apache.jena:jena-cmds:$jena_version (mvn dependency:get)"
    (cd "$work" && mvn -q -B dependency:get -Dartifact="org.apache.jena:jena-cmds:$jena_version" -Dtransitive=false)
  fi
  say "writing the $n datasets as N-Quads (bench/SourceCatalog.java)"
  # shellcheck disable=SC2086
  "$java" $client_opts -cp "$app_cp:$work/classes" SourceCatalog --nquads="$work/source.nq" --n="$n" >"$work/nquads.properties"
  say "loading them with tdb2.tdbloader into an empty TDB2 ($work/baseline-tdb2)"
  loader_started="$(date +%s%N)"
  # shellcheck disable=SC2086
  "$java" ${BENCH_LOADER_OPTS:-} -cp "$app_cp:$cmds_jar" tdb2.tdbloader --loc "$work/baseline-tdb2" "$work/source.nq" >"$work/tdbloader.log" 2>&1
  loader_wall="$(( ($(date +%s%N) - loader_started) / 1000000 ))"
  # "Time = 6.687 seconds : Quads = 87,333 : Rate = 13,060 /s" (the loader's own time, without the JVM's start)
  loader_line="$(grep -o 'Time = .*' "$work/tdbloader.log" | tail -n 1)"
  [ -n "$loader_line" ] || { echo "tdb2.tdbloader printed no 'Time =' line; its log:" >&2; tail -n 20 "$work/tdbloader.log" >&2; exit 1; }
  {
    echo "loader=$(sed -n 's/.*Loader = Loader\([A-Za-z]*\).*/\1/p' "$work/tdbloader.log" | head -n 1 | tr 'A-Z' 'a-z')"
    echo "seconds=$(echo "$loader_line" | sed -n 's/Time = \([0-9.]*\) seconds.*/\1/p')"
    echo "quads=$(echo "$loader_line" | sed -n 's/.*Quads = \([0-9,]*\).*/\1/p' | tr -d ,)"
    echo "datasets=$n"
  } >"$work/baseline.properties"
  echo "baseline run: $loader_line; wall time with the JVM's start $((loader_wall / 1000)).$((loader_wall % 1000 / 100)) s;" \
    "N-Quads file $(du -h "$work/source.nq" | cut -f1), $(sed -n 's/^quads=//p' "$work/nquads.properties") quads" \
    "(written in $(sed -n 's/^write_seconds=//p' "$work/nquads.properties") s); database $(du -sh "$work/baseline-tdb2" | cut -f1);" \
    "load average after it $(cut -d' ' -f1-3 /proc/loadavg)"
  $keep || rm -rf "$work/source.nq" "$work/baseline-tdb2"
fi

token="$(head -c 24 /dev/urandom | base64 | tr '+/' '-_')"
base="http://127.0.0.1:$port"
registry_log="$work/registry.log"
say "starting the registry on $base ($registry_opts)"
# shellcheck disable=SC2086 # the options are lists
"$java" $registry_opts -jar "$work/registro.jar" --server.port="$port" --server.address=127.0.0.1 \
  --registry.data-dir="$work/data" --registry.base-uri="$base" --registry.demo-data=false \
  --registry.security.admin-token="$token" --registry.outbound.allowed-networks=127.0.0.0/8 \
  --registry.outbound.politeness-delay=0s --registry.harvest.scheduler=false ${BENCH_REGISTRY_ARGS:-} >"$registry_log" 2>&1 &
registry_pid=$!
wait_ready "$registry_pid" "$base/actuator/health" "$registry_log" "the registry"
say "waiting for the registry to settle (under 0.1 cores over 5 s)"
wait_idle "$registry_pid" "the registry" >/dev/null

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
"$java" $client_opts -Dlogback.configurationFile="$work/client-logback.xml" -cp "$app_cp:$work/classes" HarvestBench \
  --registry="$base" --token="$token" --n="$n" --page-size="$size" --registry-pid="$registry_pid" \
  --gc-log="$work/registry-gc.log" --registry-log="$registry_log" --baseline="$work/baseline.properties" \
  --histograms="$work/registry-histogram" || client_rc=$?

echo "registry data directory after both runs: $(du -sh "$work/data" | cut -f1) (workspace $(du -sh "$work/data/workspace" 2>/dev/null | cut -f1), public $(du -sh "$work/data/public" 2>/dev/null | cut -f1))"
echo "registry heap over its whole life (GC log): $(grep -oE '[0-9]+[KMG]->[0-9]+[KMG]\([0-9]+[KMG]\)' "$work/registry-gc.log" |
  awk -F'[->()]+' 'function mb(v) { u = substr(v, length(v)); x = substr(v, 1, length(v) - 1); return u == "G" ? x * 1024 : u == "K" ? x / 1024 : x + 0 }
    { if (mb($1) > used) used = mb($1); if (mb($2) > after) after = mb($2) } END { printf "max used %.0f MB, max after GC %.0f MB", used, after }')"
say "stopping the registry"
stop "$registry_pid"; registry_pid=""
if grep -q 'OutOfMemoryError' "$registry_log"; then
  echo "registry: OutOfMemoryError at -Xmx$heap (rerun with -m 2g to get figures)"
  keep_logs=true
fi
if $jfr && [ -f "$work/registry.jfr" ]; then
  "$(dirname "$java")/jfr" view --width 200 hot-methods "$work/registry.jfr" >"$work/registry-hot-methods.log" 2>&1 || true
  keep_logs=true
  say "hot methods: $work/registry-hot-methods.log"
fi
check_log "registry" "$registry_log"
if [ "$client_rc" -ne 0 ]; then
  keep_logs=true
  exit "$client_rc"
fi
