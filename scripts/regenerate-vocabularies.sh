#!/usr/bin/env bash
# Regenerates the compact SKOS Turtle files in src/main/resources/vocabularies/ (all files
# except those under local/, which are hand-written) from the official EU controlled
# vocabulary files.
#
# Usage: scripts/regenerate-vocabularies.sh [SOURCE_DIR]
#   SOURCE_DIR  folder with the official files (default: ../shared/testdata/vocabularies,
#               relative to the repository root). Those files are read, never copied.
#
# Environment:
#   REGISTRO_CP  Java classpath with Apache Jena (a colon-separated list of jars, or the path
#                of a file holding one). Without it the script asks Maven:
#                  mvn -q dependency:build-classpath -Dmdep.outputFile=...
#   JAVA         java executable to use (must be version 21 or later). Without it the script
#                tries $JAVA_HOME/bin/java, `java` on the PATH, then /usr/lib/jvm/*/bin/java.
#
# The output is deterministic: running it twice gives byte-identical files. The Java program
# (scripts/CompactVocabularies.java) also checks that every source concept is kept, that
# each written file parses back to what was built, and that every .ttl in the folder parses,
# and it prints the number of concepts per file. It exits non-zero if any check fails.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SOURCE_DIR="${1:-$REPO_ROOT/../shared/testdata/vocabularies}"
OUT_DIR="$REPO_ROOT/src/main/resources/vocabularies"
QUERY_DIR="$REPO_ROOT/scripts/vocabularies"
PROGRAM="$REPO_ROOT/scripts/CompactVocabularies.java"

if [[ ! -d "$SOURCE_DIR" ]]; then
  echo "error: source folder not found: $SOURCE_DIR" >&2
  exit 1
fi
SOURCE_DIR="$(cd "$SOURCE_DIR" && pwd)"

# --- a JDK >= 21, the project's Java level (the default `java` may be older) --------------
java_major() {
  # Prints the feature version of the given java executable (e.g. 17, 21, 25), or 0.
  local v
  v="$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1)" || true
  v="${v#1.}"
  [[ "$v" =~ ^[0-9]+$ ]] && echo "$v" || echo 0
}

find_java() {
  local candidate best="" best_version=0 v
  for candidate in "${JAVA:-}" "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)"; do
    [[ -n "$candidate" && -x "$candidate" ]] || continue
    v="$(java_major "$candidate")"
    if (( v >= 21 )); then echo "$candidate"; return 0; fi
  done
  for candidate in /usr/lib/jvm/*/bin/java; do
    [[ -x "$candidate" ]] || continue
    v="$(java_major "$candidate")"
    if (( v >= 21 && v > best_version )); then best="$candidate"; best_version="$v"; fi
  done
  [[ -n "$best" ]] && { echo "$best"; return 0; }
  return 1
}

if [[ -n "${JAVA:-}" ]] && (( $(java_major "$JAVA") < 21 )); then
  echo "error: JAVA=$JAVA is not Java 21 or later" >&2
  exit 1
fi
if ! JAVA_BIN="$(find_java)"; then
  echo "error: no Java 21 or later found (set JAVA=/path/to/java)" >&2
  exit 1
fi

# --- the classpath (Apache Jena and its dependencies) -------------------------------------
if [[ -n "${REGISTRO_CP:-}" ]]; then
  if [[ -f "$REGISTRO_CP" && "$REGISTRO_CP" != *.jar ]]; then
    CLASSPATH_VALUE="$(tr -d '\n' < "$REGISTRO_CP")"
  else
    CLASSPATH_VALUE="$REGISTRO_CP"
  fi
else
  CP_FILE="$(mktemp)"
  trap 'rm -f "$CP_FILE"' EXIT
  echo "resolving the classpath with Maven (set REGISTRO_CP to skip this)..." >&2
  (cd "$REPO_ROOT" && mvn -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE")
  CLASSPATH_VALUE="$(tr -d '\n' < "$CP_FILE")"
fi

echo "java:    $JAVA_BIN" >&2
echo "sources: $SOURCE_DIR" >&2
echo "output:  $OUT_DIR" >&2

# A fixed locale and time zone, so that nothing in the output depends on the machine.
export LC_ALL=C TZ=UTC
"$JAVA_BIN" -Dfile.encoding=UTF-8 -Duser.language=en -Duser.country=US \
  -cp "$CLASSPATH_VALUE" "$PROGRAM" "$SOURCE_DIR" "$OUT_DIR" "$QUERY_DIR"
