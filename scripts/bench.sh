#!/usr/bin/env bash
# The benchmark: generates N realistic postings (7 layouts, 20-80 KB pages, ~600-word descriptions), then times
#   1. the parse-only baseline: the same files parsed by jsoup alone in one JVM;
#   2. a full run with Markdown letters only;
#   3. a full run with all letter formats (md, html, docx), the workbook and the JSONL;
#   4. an unchanged re-run of 3;
#   5. a run over a single posting, whose log says how long after the process started the first posting was done;
#   6. 3, 4 and 5 again through scripts/tailor (unpacked jar, class-data-sharing archive, serial collector; the
#      archive is made first by an untimed one-posting run when the build has none);
#   7. BENCH_REPEAT (default 5) more of the launcher's unchanged re-runs and one-posting runs, alternated, whose
#      median and range are printed: the two targets closest to their limits, measured more than once on a
#      noisy machine;
# and prints wall times, ratios to the baseline, postings per second and peak RSS (GNU time), then where a
# posting's time goes stage by stage (StageProfile: one thread, warm JIT, CPU time, over at most 2,000 postings).
# Usage: scripts/bench.sh [N ...]   (default: 1000). Runs with the default heap settings: `java -jar` with the
# JVM's default collector (G1 on 2 cores and 2 GB or more), scripts/tailor with the serial one.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000)
command -v /usr/bin/time >/dev/null || { echo "bench: needs GNU time (/usr/bin/time; Debian package 'time')" >&2; exit 2; }

./mvnw -q -B -DskipTests package
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"

# Runs a command; prints "<seconds> <peak RSS in MB>".
measure() {
  local log=$1; shift
  /usr/bin/time -f "%e %M" -o "$log.time" "$@" > "$log" 2>&1 || { echo "bench: failed: $* (see $log)" >&2; exit 1; }
  awk '{printf "%s %.0f\n", $1, $2/1024}' "$log.time"
}

# Follows the java process whose command line holds $1 and writes, when it has exited, the CPU seconds its threads
# spent by kind (the posting workers, the step's main thread, the JIT compilers, the collector): where a run's CPU
# goes beside the work StageProfile times. /proc is read twice a second; a thread that ended keeps its last reading.
thread_cpu() {
  local mark=$1 out=$2 pid="" samples="$2.samples"
  : > "$samples"
  for _ in $(seq 200); do
    # the JVM itself, not a wrapper (time, the launcher's shell) whose command line names the same folder
    pid=$(for p in $(pgrep -f -- "$mark" || true); do
            if [ "$(cat /proc/"$p"/comm 2>/dev/null || true)" = java ]; then echo "$p"; fi; done | head -1)
    [ -n "$pid" ] && break
    sleep 0.05
  done
  [ -n "$pid" ] || { echo "no process" > "$out"; return; }
  while kill -0 "$pid" 2>/dev/null; do
    # tid (comm) state ...: utime and stime are the 12th and 13th fields after the comm's closing parenthesis
    awk '{ lp = index($0, "("); rp = 0
           for (i = length($0); i > 0; i--) if (substr($0, i, 1) == ")") { rp = i; break }
           comm = substr($0, lp + 1, rp - lp - 1); split(substr($0, rp + 2), f, " ")
           print $1 "\t" comm "\t" f[12] + f[13] }' /proc/"$pid"/task/*/stat >> "$samples" 2>/dev/null || true
    sleep 0.5
  done
  awk -F'\t' -v hz="$(getconf CLK_TCK)" '
    { if ($3 > last[$1]) last[$1] = $3; name[$1] = $2 }
    END {
      for (t in last) {
        n = name[t]
        kind = n ~ /^tailor-posting/ ? "posting workers" : (n == "java" || n == "main") ? "main (step thread)" \
             : n ~ /^C2 / ? "C2 compiler" : n ~ /^C1 / ? "C1 compiler" \
             : n ~ /GC|G1|VM Thread/ ? "garbage collector and VM" : "other"
        cpu[kind] += last[t] / hz; total += last[t] / hz
      }
      for (k in cpu) printf "%.1f\t%s\t%.0f\n", cpu[k], k, 100 * cpu[k] / total
      printf "%.1f\tall threads\t100\n", total
    }' "$samples" | sort -t$'\t' -k1,1 -rn | awk -F'\t' '{ printf "  %-26s %6.1f s  %3d%%\n", $2, $1, $3 }' > "$out"
}

for n in "${sizes[@]}"; do
  work="target/bench/n$n"
  rm -rf "$work" && mkdir -p "$work"
  java -cp "$cp" dev.tailor.bench.PostingGenerator "$n" "$work/postings"
  mkdir -p "$work/one" && cp "$(find "$work/postings" -maxdepth 1 -type f | sort | head -1)" "$work/one/"
  printf 'formats: [md]\n' > "$work/md-only.yaml"
  bytes=$(du -sb "$work/postings" | cut -f1)
  common=(--profile data/profile.yaml --templates templates)

  read -r base base_rss < <(measure "$work/baseline.log" java -cp "$cp" dev.tailor.bench.ParseBaseline "$work/postings")
  read -r md md_rss < <(measure "$work/md.log" java -jar target/tailor.jar run "$work/md-only.yaml" \
      --postings "$work/postings" "${common[@]}" --out "$work/out-md" --db "$work/db-md/tailor")
  read -r full full_rss < <(measure "$work/full.log" java -jar target/tailor.jar run \
      --postings "$work/postings" "${common[@]}" --out "$work/out" --db "$work/db/tailor")
  read -r again again_rss < <(measure "$work/again.log" java -jar target/tailor.jar run \
      --postings "$work/postings" "${common[@]}" --out "$work/out" --db "$work/db/tailor")
  read -r one one_rss < <(measure "$work/one.log" java -jar target/tailor.jar run \
      --postings "$work/one" "${common[@]}" --out "$work/out-one" --db "$work/db-one/tailor")
  # the launcher: an untimed run makes its archive when the build has none yet, then the timed ones
  scripts/tailor run --postings "$work/one" "${common[@]}" --out "$work/out-train" --db "$work/db-train/tailor" \
      > "$work/train.log" 2>&1 || { echo "bench: scripts/tailor failed (see $work/train.log)" >&2; exit 1; }
  thread_cpu "$work/out-launcher" "$work/full-launcher.cpu" &
  read -r full2 full2_rss < <(measure "$work/full-launcher.log" scripts/tailor run \
      --postings "$work/postings" "${common[@]}" --out "$work/out-launcher" --db "$work/db-launcher/tailor")
  wait
  read -r again2 again2_rss < <(measure "$work/again-launcher.log" scripts/tailor run \
      --postings "$work/postings" "${common[@]}" --out "$work/out" --db "$work/db/tailor")
  read -r one2 one2_rss < <(measure "$work/one-launcher.log" scripts/tailor run \
      --postings "$work/one" "${common[@]}" --out "$work/out-one2" --db "$work/db-one2/tailor")
  : > "$work/repeat-again.txt"
  : > "$work/repeat-first.txt"
  for i in $(seq "${BENCH_REPEAT:-5}"); do
    read -r t _ < <(measure "$work/again-repeat.log" scripts/tailor run \
        --postings "$work/postings" "${common[@]}" --out "$work/out" --db "$work/db/tailor")
    echo "$t" >> "$work/repeat-again.txt"
    rm -rf "$work/out-one3" "$work/db-one3"
    measure "$work/one-repeat.log" scripts/tailor run \
        --postings "$work/one" "${common[@]}" --out "$work/out-one3" --db "$work/db-one3/tailor" > /dev/null
    grep -ho "first posting done [0-9.]* s" "$work"/out-one3/logs/*.log | awk '{print $4}' >> "$work/repeat-first.txt"
  done

  echo "== N=$n postings, $((bytes / 1024 / 1024)) MB, $(nproc) cores"
  awk -v n="$n" -v b="$base" -v m="$md" -v f="$full" -v a="$again" -v o="$one" -v a2="$again2" -v o2="$one2" \
      -v f2="$full2" -v f2r="$full2_rss" -v br="$base_rss" -v mr="$md_rss" -v fr="$full_rss" -v ar="$again_rss" -v or="$one_rss" \
      -v a2r="$again2_rss" -v o2r="$one2_rss" 'BEGIN {
    printf "%-34s %8s %8s %10s %9s\n", "", "seconds", "x base", "posting/s", "peak MB"
    printf "%-34s %8.2f %8.2f %10.0f %9d\n", "parse-only baseline (jsoup)", b, 1, n / b, br
    printf "%-34s %8.2f %8.2f %10.0f %9d\n", "full run, Markdown letters", m, m / b, n / m, mr
    printf "%-34s %8.2f %8.2f %10.0f %9d\n", "full run, md+html+docx", f, f / b, n / f, fr
    printf "%-34s %8.2f %8.2f %10.0f %9d\n", "unchanged re-run", a, a / b, n / a, ar
    printf "%-34s %8.2f %8s %10s %9d\n", "one posting (JVM start to done)", o, "-", "-", or
    printf "%-34s %8.2f %8.2f %10.0f %9d\n", "full run (all), scripts/tailor", f2, f2 / b, n / f2, f2r
    printf "%-34s %8.2f %8.2f %10.0f %9d\n", "unchanged re-run, scripts/tailor", a2, a2 / b, n / a2, a2r
    printf "%-34s %8.2f %8s %10s %9d\n", "one posting, scripts/tailor", o2, "-", "-", o2r
    printf "unchanged re-run / full run: %.0f%% (java -jar), %.0f%% (scripts/tailor, against its own full run)\n", \
        100 * a / f, 100 * a2 / f2
  }'
  for one_out in out-one out-one2; do
    first=$(grep -ho "first posting done .*" "$work/$one_out"/logs/*.log | head -1)
    echo "$one_out: ${first:-first posting done ? s}"
  done
  # median (the middle one, or the lower of the two middle ones) and range of a file of numbers, one a line
  spread() { sort -n "$1" | awk '{ v[NR] = $1 } END { if (NR) printf "median %.2f s (%.2f-%.2f, %d runs)", v[int((NR + 1) / 2)], v[1], v[NR], NR }'; }
  if [ -s "$work/repeat-again.txt" ]; then
    echo "unchanged re-run, scripts/tailor, again: $(spread "$work/repeat-again.txt"); median / full run:" \
        "$(sort -n "$work/repeat-again.txt" | awk -v f="$full2" '{ v[NR] = $1 } END { printf "%.0f%%", 100 * v[int((NR + 1) / 2)] / f }')"
    echo "first posting, scripts/tailor, again: $(spread "$work/repeat-first.txt")"
  fi
  echo "CPU by thread, full run with scripts/tailor:"
  cat "$work/full-launcher.cpu"
  tail -1 "$work/full.log"
  # The two steps of the full run (all formats): postings (read to letters and rows), report (workbook, JSONL).
  grep -ho "Step: \[[a-z]*\] executed in [0-9a-z]*" "$work"/out/logs/*.log | head -2 | sed 's/^/full run: /'
  java -cp "$cp" dev.tailor.bench.StageProfile "$work/postings" 2000
done
