#!/usr/bin/env bash
# Checks scripts/tailor against `java -jar`: the sample job run both ways must write the same letters (the
# launcher starts Spring from its build-time processing, `java -jar` does not), the
# launcher's first run must leave its class-data-sharing archive and the second must use it, and exit codes
# must pass through. Run by .ci/run after the tests (it needs target/tailor.jar).
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rm -rf target/tailor-app
sample=(--postings data/postings --profile data/profile.yaml --templates templates)

java -jar target/tailor.jar run "${sample[@]}" --out "$work/jar" --db "$work/jar-db/tailor" > "$work/jar.log" 2>&1
scripts/tailor run "${sample[@]}" --out "$work/first" --db "$work/first-db/tailor" > "$work/first.log" 2>&1
[ -f target/tailor-app/tailor.jsa ] || { echo "check-launcher: the first run left no archive" >&2; exit 1; }
scripts/tailor run "${sample[@]}" --out "$work/second" --db "$work/second-db/tailor" > "$work/second.log" 2>&1
for run in first second; do
  diff -r "$work/jar/letters" "$work/$run/letters" > /dev/null \
    || { echo "check-launcher: the $run launcher run wrote other letters than java -jar" >&2; exit 1; }
done
# the launcher's collector is the serial one (see scripts/tailor); the run log's first-posting line names it
grep -q "garbage collectors Copy + MarkSweepCompact" "$work"/second/logs/*.log \
  || { echo "check-launcher: the launcher's run did not use the serial collector" >&2; exit 1; }
# the launcher's JVM options are the ones `./mvnw spring-boot:run` passes (pom.xml, tailor.jvm.flags)
launcher_flags=$(bash -c 'source <(sed -n "/^jvm_flags=(/,/)/p" scripts/tailor); echo "${jvm_flags[*]}"')
pom_flags=$(sed -n 's:.*<tailor.jvm.flags>\(.*\)</tailor.jvm.flags>.*:\1:p' pom.xml)
[ -n "$launcher_flags" ] && [ "$launcher_flags" = "$pom_flags" ] \
  || { echo "check-launcher: scripts/tailor runs with '$launcher_flags', pom.xml with '$pom_flags'" >&2; exit 1; }
# -XX:+IgnoreUnrecognizedVMOptions (for JDKs without the native-heap trim) would also hide a misspelt flag: this
# JDK must know every flag with the value given
final_flags=$(java $launcher_flags -XX:+PrintFlagsFinal -version 2>/dev/null)
for flag in $launcher_flags; do
  case "$flag" in
    -XX:+IgnoreUnrecognizedVMOptions) continue ;;
    -XX:+*) name=${flag#-XX:+}; value=true ;;
    -XX:-*) name=${flag#-XX:-}; value=false ;;
    -XX:*=*) name=${flag#-XX:}; value=${name#*=}; name=${name%%=*} ;;
    *) continue ;;
  esac
  echo "$final_flags" | grep -Eq "^ *[a-z_A-Z0-9]+ +$name += $value " \
    || { echo "check-launcher: the JVM does not run with $flag (misspelt, or unknown to $(java -version 2>&1 | head -1))" >&2; exit 1; }
done
if scripts/tailor check "$work/missing.yaml" > /dev/null 2>&1; then
  echo "check-launcher: a missing job file did not fail" >&2; exit 1
else
  code=$?
  [ "$code" -eq 2 ] || { echo "check-launcher: exit code $code for a missing job file, expected 2" >&2; exit 1; }
fi
echo "check-launcher: scripts/tailor writes the same letters as java -jar, keeps its archive, uses the serial collector and the flags pom.xml names, passes exit codes"
