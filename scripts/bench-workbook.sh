#!/bin/sh
# Writes the review workbook of 100,000 postings (twice, and reads it back in between, as two nights do) in a
# 256 MB heap, and prints the time, the peak heap and the file size.
#   scripts/bench-workbook.sh [POSTINGS] [FOLDER]
# Run from the repository root. Not under spring-boot:run, which slows the JIT down.
set -eu
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile
cp_file=target/bench-classpath.txt
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
exec java -Xmx256m -XX:+UseG1GC -cp "target/classes:target/test-classes:$(cat "$cp_file")" \
    dev.tailor.report.WorkbookBenchmark "${1:-100000}" "${2:-target/bench-workbook}"
