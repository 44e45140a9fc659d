#!/usr/bin/env bash
# Byte-identical output check, the guard of speed work: a change that only makes the extractor
# faster must not change one byte of what it prints.
#
#   tools/check-outputs.sh [REV]        compare the working tree's outputs with REV's (default HEAD)
#
# Outputs compared (artifacts/check-outputs/<name>/):
#   - extract --format json and --format jsonl on seeds/*.txt and on the snapshot paragraphs;
#   - when ../shared exists: extract --format jsonl on a 1 MB bench corpus built from the seeds and
#     ../shared/gold (one document per article), and evaluate --json on every gold corpus in
#     ../shared/gold.
# REV's outputs are stored in artifacts/check-outputs/ref-<commit>/ the first time (REV is built in a
# temporary git worktree) and reused afterwards. When REV is HEAD and the working tree has no
# change under src/, samples/ or tools/, the current build serves as the reference too: the check
# then proves the outputs are reproducible run to run (batch extraction is parallel).
# Exit 0 when identical, 1 with the differing files and their first differences otherwise.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$PWD
rev=${1:-HEAD}
commit=$(git rev-parse --verify "$rev^{commit}")
out=artifacts/check-outputs
mkdir -p "$out"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# run_outputs SAMPLE_DLL TARGET_DIR: every output above, written by the sample at SAMPLE_DLL.
run_outputs() {
  local dll=$1 target=$2 corpus_jsonl
  rm -rf "$target"
  mkdir -p "$target"
  local run=(dotnet "$dll")
  for seed in "$repo"/seeds/*.txt; do
    local name
    name=$(basename "$seed" .txt)
    "${run[@]}" extract "$seed" --format json > "$target/seed-$name.json"
    "${run[@]}" extract "$seed" --format jsonl > "$target/seed-$name.jsonl"
  done
  local paragraphs="$repo/tests/FrenchNewsNer.Tests/Snapshots/Data/corpus-paragraphs.jsonl"
  "${run[@]}" extract "$paragraphs" --input-format jsonl --format json > "$target/paragraphs.json"
  "${run[@]}" extract "$paragraphs" --input-format jsonl --format jsonl > "$target/paragraphs.jsonl"
  if [ -d "$repo/../shared/gold" ]; then
    corpus_jsonl=$repo/$out/corpus-1mb.jsonl
    if [ ! -f "$corpus_jsonl" ]; then
      python3 "$repo/tools/bench-corpus/build.py" --size 1 --out "$repo/$out/corpus" >/dev/null
      python3 - "$repo/$out/corpus/corpus-1mb.txt" "$corpus_jsonl" <<'PY'
import json, re, sys
with open(sys.argv[1], encoding="utf-8") as f:
    articles = [a for a in re.split(r"\n\s*\n", f.read()) if a.strip()]
with open(sys.argv[2], "w", encoding="utf-8", newline="\n") as f:
    for i, text in enumerate(articles):
        f.write(json.dumps({"id": f"a{i:04d}", "text": text, "referenceDate": "2023-09-17"}, ensure_ascii=False) + "\n")
PY
    fi
    "${run[@]}" extract "$corpus_jsonl" --input-format jsonl --format jsonl > "$target/corpus-1mb.jsonl"
    for gold in "$repo"/../shared/gold/*/; do
      local corpus
      corpus=$(basename "$gold")
      "${run[@]}" evaluate --gold "$gold" --json > "$target/evaluate-$corpus.json" || echo "exit $?" >> "$target/evaluate-$corpus.json"
    done
  fi
}

echo "== current working tree"
dotnet build samples/FrenchNewsNer.Sample -c Release -warnaserror --nologo -v q >/dev/null
current_dll=$repo/samples/FrenchNewsNer.Sample/bin/Release/net10.0/FrenchNewsNer.Sample.dll
run_outputs "$current_dll" "$out/current"

reference=$out/ref-$commit
if [ ! -f "$reference/.complete" ] || { [ -d ../shared/gold ] && [ ! -f "$reference/corpus-1mb.jsonl" ]; }; then
  if [ "$commit" = "$(git rev-parse HEAD)" ] && git diff --quiet HEAD -- src samples tools/bench-corpus \
     && [ -z "$(git ls-files --others --exclude-standard -- src samples tools/bench-corpus)" ]; then
    echo "== reference $rev ($commit): the working tree is that commit; running the same build again"
    run_outputs "$current_dll" "$reference"
  else
    echo "== reference $rev ($commit): building it in a temporary worktree"
    tree=$(mktemp -d)
    git worktree add --detach "$tree/src" "$commit" >/dev/null
    trap 'git worktree remove --force "$tree/src" >/dev/null 2>&1 || true; rm -rf "$tree"' EXIT
    dotnet build "$tree/src/samples/FrenchNewsNer.Sample" -c Release --nologo -v q >/dev/null
    run_outputs "$tree/src/samples/FrenchNewsNer.Sample/bin/Release/net10.0/FrenchNewsNer.Sample.dll" "$reference"
  fi
  touch "$reference/.complete"
else
  echo "== reference $rev ($commit): stored in $reference"
fi

echo "== compare"
for name in $( (ls "$reference"; ls "$out/current") | sort -u); do
  if ! cmp -s "$reference/$name" "$out/current/$name"; then
    echo "DIFFERS: $name (reference < > current, split at commas)"
    diff <(tr ',' '\n' < "$reference/$name" 2>/dev/null) <(tr ',' '\n' < "$out/current/$name" 2>/dev/null) | head -12 || true
  fi
done
count=$(ls "$out/current" | wc -l)
if diff -rq --exclude=.complete "$reference" "$out/current" >/dev/null; then
  echo "identical: $count output files match $rev ($commit)"
else
  echo "outputs differ from $rev ($commit)" >&2
  exit 1
fi
