#!/usr/bin/env bash
# Ingestion evaluation: reads every saved posting under the folders given (.html, .htm, .json, .txt, .md, .gz)
# and prints, per file and in total, whether it yielded a title, a company, a location and a clean
# description, then the failures. With --bench it also times the reader against jsoup's own parse.
#
#   scripts/eval-ingest.sh [--bench] DIR...      e.g. scripts/eval-ingest.sh --bench ../shared/corpus/html
#
# Works from a clean clone with only a JDK 17: the jar is built with the Maven wrapper when missing or older
# than the sources. The evaluation's entry point is dev.tailor.posting.IngestEvaluation, run from the jar.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ "$#" -eq 0 ]; then
  echo "usage: scripts/eval-ingest.sh [--bench] DIR..." >&2
  exit 2
fi
jar="$root/target/tailor.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root/src/main" -newer "$jar" -type f -print -quit)" ]; then
  (cd "$root" && ./mvnw -q -B -DskipTests package)
fi
# PropertiesLauncher runs another main class from the Spring Boot jar, with its nested libraries on the class path.
exec java -Dloader.main=dev.tailor.posting.IngestEvaluation -cp "$jar" \
  org.springframework.boot.loader.launch.PropertiesLauncher "$@"
