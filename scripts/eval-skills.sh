#!/bin/sh
# Scores skill extraction against the shared evaluation corpus: per-posting technology-set precision,
# recall and F1 (SkillSpan tech train and dev, Stack Overflow JSON-LD skills tags, the team's own page
# labels in scripts/eval-labels/), section-split agreement on sections_gold, and extraction speed.
#
#   scripts/eval-skills.sh [CORPUS] [-v]      # CORPUS defaults to ../shared/corpus; -v lists every FP and FN
#
# Needs only a JDK 17: the Maven wrapper builds the classes, then plain `java` runs the evaluation.
set -eu
cd "$(dirname "$0")/.."
corpus=../shared/corpus
extra=""
for arg in "$@"; do
  case "$arg" in
    -*) extra="$extra $arg" ;;
    *) corpus=$arg ;;
  esac
done
if [ ! -d "$corpus/datasets/skillspan" ]; then
  echo "eval-skills: no evaluation corpus at '$corpus' (expected datasets/skillspan, html/, sections_gold/ there)." >&2
  echo "Usage: scripts/eval-skills.sh [PATH/TO/corpus] [-v]" >&2
  exit 2
fi
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/eval-classpath.txt -Dmdep.includeScope=test >/dev/null
cp="target/classes:target/test-classes:$(cat target/eval-classpath.txt)"
# shellcheck disable=SC2086
exec java -cp "$cp" dev.tailor.analysis.eval.SkillEvaluation "$corpus" $extra
