#!/usr/bin/env bash
# Runs the whole chain (read, analyze, match, render, lint) on saved postings that nobody on the project
# wrote, with the sample profile, and prints how the letters for engineering roles do on every rubric rule.
#
#   scripts/eval-letters.sh CORPUS_DIR [PROFILE]
#
# CORPUS_DIR is a folder of saved postings, or a corpus with an html/ folder (../shared/corpus). Nothing is
# written into the repository: outputs go to a temporary folder, kept when TAILOR_EVAL_KEEP=1.
# An engineering role is one whose title names software work (developer, software/backend/data engineer,
# DevOps, site reliability, engineering manager); sales, legal, marketing, network and power roles are not.
set -euo pipefail

corpus=${1:?usage: scripts/eval-letters.sh CORPUS_DIR [PROFILE]}
profile=${2:-data/profile.yaml}
[ -d "$corpus/html" ] && corpus="$corpus/html"
cd "$(dirname "$0")/.."
command -v python3 >/dev/null || { echo "eval-letters: python3 is needed to read postings.jsonl" >&2; exit 2; }
[ -f target/tailor.jar ] || ./mvnw -q -B package -DskipTests

out=$(mktemp -d)
[ "${TAILOR_EVAL_KEEP:-0}" = 1 ] || trap 'rm -rf "$out"' EXIT
java -jar target/tailor.jar run --postings "$corpus" --profile "$profile" --out "$out" --db "$out/db" --force \
    >"$out/run.log" 2>&1 || { cat "$out/run.log" >&2; exit 1; }

python3 - "$out/postings.jsonl" <<'PY'
import json, re, sys
ENGINEERING = re.compile(r"developer|entwickler|programmer|software engineer|backend|back end|back-end|full-?stack"
                         r"|devops|site reliability|data engineer|analytics engineer|engineering manager", re.I)
NOT_ENGINEERING = re.compile(r"sales|solutions? engineer|legal|marketing|network|power", re.I)
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
done = [r for r in rows if r["status"] == "DONE"]
eng = [r for r in done if ENGINEERING.search(r["title"] or "") and not NOT_ENGINEERING.search(r["title"] or "")]
def weak(r):
    return any(l["detail"].startswith("weak match") for l in r["lint"])
full = [r for r in eng if not weak(r)]
print(f"postings: {len(rows)} files, {len(done)} letters, {len(eng)} for engineering roles "
      f"({len(full)} full letters, {len(eng) - len(full)} marked weak match)")
rules = [l["rule"] for l in (eng[0]["lint"] if eng else [])]
print(f"{'rule':24} {'engineering':>14} {'full letters':>14}")
for i, rule in enumerate(rules):
    def rate(group):
        ok = sum(1 for r in group if r["lint"][i]["ok"])
        return f"{ok}/{len(group)}" + (f" {100 * ok / len(group):3.0f}%" if group else "")
    print(f"{rule:24} {rate(eng):>14} {rate(full):>14}")
all_ok = sum(1 for r in eng if all(l["ok"] for l in r["lint"]))
print(f"{'every rule':24} {all_ok}/{len(eng)}")
fabricated = [(r, l["detail"]) for r in eng for l in r["lint"] if l["rule"] == "no-fabrication" and not l["ok"]]
print(f"fabricated claims: {len(fabricated)} letter(s)")
for r, detail in fabricated:
    print(f"  {r['company']} | {r['title']}: {detail}")
for r in eng:
    failed = [l["rule"] for l in r["lint"] if not l["ok"]]
    if failed:
        print(f"  {'weak ' if weak(r) else 'full '} {r['score']:3} {r['company']} | {r['title']}: {', '.join(failed)}")
PY
