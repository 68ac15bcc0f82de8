# Shell functions shared by bench/sparql.sh and bench/feed.sh (sourced, not run). Both need the
# same JDK, jar, classpath and seeded store (bench/SeedStore.java), so that a store loaded by one
# (--data DIR) serves the other. The caller sets `here`, `project` and `tag` (for progress lines)
# first, and defines start_registry LOG (it sets registry_pid) before calling prepare_store.

say() { echo "[$tag] $*" >&2; }

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

# Sets java, javac and jar (building the jar when missing or when rebuild=true).
setup_java_and_jar() {
  java="$(find_java)"
  if [ -z "$java" ] || [ "$(java_major "$java")" -lt 21 ]; then
    echo "no JDK >= 21 found under /usr/lib/jvm; set BENCH_JAVA=/path/to/bin/java" >&2
    exit 1
  fi
  javac="$(dirname "$java")/javac"
  [ -x "$javac" ] || { echo "$java has no javac next to it (a JDK is needed, not a JRE)" >&2; exit 1; }
  jar="$(ls "$project"/target/registro-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)"
  if $rebuild || [ -z "$jar" ]; then
    say "building the jar (mvn -q -B -DskipTests package)"
    (cd "$project" && mvn -q -B -DskipTests package)
    jar="$(ls "$project"/target/registro-*.jar | grep -v '\.original$' | head -n 1)"
  fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The registry's classes and libraries, from a copy of the jar (a concurrent `mvn package` cannot
# replace it under us): the loader and the clients run on exactly the code the server runs.
# Sets app_cp and jena_version; the copy is $work/registro.jar.
unpack_jar() {
  cp "$jar" "$work/registro.jar"
  mkdir -p "$work/app"
  if [ -x "$(dirname "$java")/jar" ]; then
    (cd "$work/app" && "$(dirname "$java")/jar" xf ../registro.jar BOOT-INF)
  else
    unzip -q "$work/registro.jar" 'BOOT-INF/*' -d "$work/app"
  fi
  app_cp="$work/app/BOOT-INF/classes:$(ls "$work"/app/BOOT-INF/lib/*.jar | paste -sd: -)"
  jena_version="$(ls "$work"/app/BOOT-INF/lib/ | sed -n 's/^jena-arq-\(.*\)\.jar$/\1/p')"
}

stop() { # pid: TERM, wait up to 30 s, then KILL
  local pid="$1"
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
}

clean_work() { # rc: what to keep of $work after a run (the data can take many gigabytes; the logs explain a failure)
  if $keep; then
    say "kept $work"
  elif $keep_logs || [ "$1" -ne 0 ]; then
    find "$work" -mindepth 1 -maxdepth 1 ! -name '*.log' -exec rm -rf {} +
    say "kept the logs: $work/*.log"
  else
    rm -rf "$work"
  fi
  if [ -n "$data_dir" ]; then say "the store stays in $data (reuse it with --data $data_dir)"; fi
}
prop() { sed -n "s/^$1=//p" "$data/seed.properties" 2>/dev/null | tail -n 1; }

wait_ready() { # pid url log name: waits for a 200 from url
  local pid="$1" url="$2" log="$3" name="$4" i
  for i in $(seq 1 600); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name exited during start-up; its log:" >&2; tail -n 40 "$log" >&2; return 1
    fi
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then say "$name ready after ~$((i / 2)) s (pid $pid)"; return 0; fi
    sleep 0.5
  done
  echo "$name did not become ready in 300 s" >&2; tail -n 40 "$log" >&2; return 1
}

wait_idle() { # pid name: waits until the process uses under 0.1 cores over 5 s (background start-up work done)
  local pid="$1" name="$2" start now before after i
  start="$(date +%s)"
  after="$(awk '{ print $14 + $15 }' "/proc/$pid/stat")"
  for i in $(seq 1 120); do
    sleep 5
    before="$after"
    after="$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo "")"
    [ -n "$after" ] || { echo "$name exited while settling" >&2; return 1; }
    if [ $((after - before)) -lt $((5 * $(getconf CLK_TCK) / 10)) ]; then
      now="$(date +%s)"
      say "$name idle after $((now - start)) s of settling"
      echo "$((now - start))"
      return 0
    fi
  done
  say "WARNING: $name still busy after 600 s; measuring anyway"
  echo "600+"
}

# The store in $data (n, seed 1): reused when a finished one is there, otherwise loaded in process
# by SeedStore (compiled into $work/classes) with base URI $base, and the registry started on it once
# so that its start-up writes the catalog and vocabulary graphs. Sets base (the stored one on reuse).
# With --no-first-start the caller's own start is the first one: it calls mark_prepared after it,
# and store_loaded tells whether this run loaded the store.
store_loaded=false
mark_prepared() { echo "prepared=true" >>"$data/seed.properties"; }
prepare_store() {
  if [ -f "$data/seed.properties" ] && [ "$(prop prepared)" = "true" ]; then
    if [ "$(prop n)" != "$n" ] || [ "$(prop seed)" != "1" ]; then
      echo "$data holds a store of n=$(prop n), seed $(prop seed); this run wants n=$n: use another --data directory" >&2
      exit 1
    fi
    base="$(prop base)"
    say "reusing the store in $data: $n datasets, base URI $base, loaded $(prop loaded_at)"
    return
  fi
  if [ -e "$data/registry" ] || [ -e "$data/seed.properties" ]; then
    echo "$data holds an unfinished store; delete it (rm -rf $data) or use another --data directory" >&2
    exit 1
  fi
  # About 0.12 MB per dataset at the peak, during the public database's compaction.
  local need_mb free_mb
  need_mb=$((n * 3 / 25 + 1000))
  free_mb="$(df -Pm "$data" | awk 'NR == 2 { print $4 }')"
  if [ "$free_mb" -lt "$need_mb" ]; then
    echo "need about $need_mb MB free in $data for $n datasets, have $free_mb MB; use --data elsewhere or lower -n" >&2
    exit 1
  fi
  cat >"$work/seed-logback.xml" <<'EOF'
<configuration>
  <appender name="err" class="ch.qos.logback.core.ConsoleAppender">
    <target>System.err</target>
    <encoder><pattern>[seed] %level %logger{20}: %msg%n</pattern></encoder>
  </appender>
  <root level="WARN"><appender-ref ref="err"/></root>
  <logger name="org.registro" level="INFO"/>
</configuration>
EOF
  say "loading $n datasets in process (bench/SeedStore.java, max batch $seed_batch) into $data/registry, base URI $base"
  # shellcheck disable=SC2086
  "$java" ${BENCH_SERVER_OPTS:-} -Dlogback.configurationFile="$work/seed-logback.xml" -cp "$app_cp:$work/classes" SeedStore \
    --data="$data/registry" --base="$base" --n="$n" --max-batch="$seed_batch" >"$data/seed.properties.tmp"
  { cat "$data/seed.properties.tmp"; echo "loaded_at=$(date -u +%Y-%m-%dT%H:%M:%SZ)"; echo "jar=$(basename "$jar")"; } >"$data/seed.properties"
  rm -f "$data/seed.properties.tmp"
  store_loaded=true
  [ "${1:-}" = "--no-first-start" ] && return
  say "first start of the registry on the new store (its start-up writes the catalog and vocabulary graphs)"
  start_registry "$work/registry-first-start.log"
  stop "$registry_pid"
  registry_pid=""
  mark_prepared
}

check_log() { # name log: prints ERROR, exception and WARN lines (Spring Boot's and Fuseki's layouts)
  local name="$1" log="$2" bad warnings
  # Spring Boot's lines start with a timestamp and the level; Fuseki's with [date time] Logger LEVEL.
  bad="$(grep -E '^\S+\s+ERROR|^\[[^]]*\] \S+\s+ERROR|^[[:space:]]+at |Exception' "$log" || true)"
  if [ -n "$bad" ]; then
    keep_logs=true
    echo "$name log: $(echo "$bad" | wc -l) ERROR, exception or stack-trace lines; the first ones:"
    echo "$bad" | head -n 8 | cut -c1-240
  else
    echo "$name log: no ERROR or exception lines"
  fi
  warnings="$(grep -E '^\S+\s+WARN|^\[[^]]*\] \S+\s+WARN' "$log" || true)"
  if [ -n "$warnings" ]; then
    echo "$name log WARN lines: $(echo "$warnings" | wc -l); the first ones:"
    echo "$warnings" | head -n 3 | cut -c1-240
  fi
}
