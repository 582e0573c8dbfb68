#!/bin/sh
# Large batches in a 256 MB heap (BENCH_HEAP=64m for another).
#   scripts/bench-workbook.sh [POSTINGS] [FOLDER]          the workbook alone: writes it for 100,000 postings,
#                                                          reads it back, writes it again with every row reviewed
#   scripts/bench-workbook.sh report [POSTINGS] [FOLDER]   the report step's path through H2: saves the postings
#                                                          in a file database, then rebuilds postings.jsonl and
#                                                          the workbook from it on two nights
# Each prints times, the peak heap and the file sizes. Run from anywhere; not under spring-boot:run, which slows
# the JIT down.
set -eu
cd "$(dirname "$0")/.."
main=dev.tailor.report.WorkbookBenchmark
folder=target/bench-workbook
if [ "${1:-}" = report ]; then
    main=dev.tailor.pipeline.ReportStepBenchmark
    folder=target/bench-report
    shift
fi
./mvnw -q -B test-compile
cp_file=target/bench-classpath.txt
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
exec java -Xmx"${BENCH_HEAP:-256m}" -XX:+UseG1GC -cp "target/classes:target/test-classes:$(cat "$cp_file")" \
    "$main" "${1:-100000}" "${2:-$folder}"
