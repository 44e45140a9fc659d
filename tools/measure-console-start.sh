#!/usr/bin/env bash
# Where the end-to-end time of `dotnet run ... extract` goes (issue 18): the same 10 MB JSON Lines batch
# run five ways, each repeated, with hyperfine when it is installed (apt-get install hyperfine), else a
# plain loop with /usr/bin/time. Also an empty console program's `dotnet run`: the floor that `dotnet run`
# itself (its up-to-date build check and host start) costs on this machine whatever the project does.
#   tools/measure-console-start.sh [RUNS]    (default 5; needs a Release build and the 10 MB corpus)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-5}
corpus=artifacts/bench/corpus-10mb.jsonl
[ -f "$corpus" ] || python3 tools/bench-corpus/build.py --size 10 --jsonl
project=samples/FrenchNewsNer.Sample
dll=$project/bin/Release/net10.0/FrenchNewsNer.Sample.dll
dotnet build $project -c Release >/dev/null

empty=$(mktemp -d)
trap 'rm -rf "$empty"' EXIT
dotnet new console -o "$empty" -n EmptyProgram >/dev/null
dotnet build "$empty" -c Release >/dev/null

args="extract $corpus --input-format jsonl --format jsonl"
commands=(
  "dotnet run -c Release --project $empty"
  "dotnet run -c Release --project $project -- $args"
  "dotnet run -c Release --no-build --project $project -- $args"
  "dotnet $dll $args"
)
published=artifacts/console/FrenchNewsNer.Sample
[ -x "$published" ] && commands+=("$published $args")

chars=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text']) for l in open(sys.argv[1], encoding='utf-8')))" "$corpus")
echo "corpus: $chars characters of text; 6 M chars/s = $(python3 -c "print(round($chars/6e6, 2))") s end to end"
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --warmup 1 --runs "$runs" --output null "${commands[@]}"
else
  for command in "${commands[@]}"; do
    echo "== $command"
    for ((i = 0; i < runs; i++)); do /usr/bin/time -f "%e s wall, %U s user, %S s sys" $command >/dev/null; done
  done
fi
