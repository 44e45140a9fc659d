#!/usr/bin/env bash
# Explore the Recognizers-Text oracle properties with fresh random cases (CI and a plain `dotnet test` run
# them on one fixed seed; see tests/FrenchNewsNer.Tests/Oracle/OraclePropertiesAttribute.cs).
#   tools/explore-oracle.sh [RUNS]            RUNS rounds (default 3), each with new random seeds
#   tools/explore-oracle.sh --seed "(s,g)"    replay the seed a failure printed
# A failure prints FsCheck's seed and the shrunk case: either a FrenchNewsNer bug to fix, or a new
# Recognizers-Text error to list, with its reason, in Oracle/KnownRecognizersTextErrors.cs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs=3 seed=random
if [ "${1:-}" = "--seed" ]; then seed=${2:?"--seed needs a value such as (123,457)"}; runs=1
elif [ -n "${1:-}" ]; then runs=$1; fi

dotnet build tests/FrenchNewsNer.Tests -c Release -f net10.0 >/dev/null
status=0
for ((i = 1; i <= runs; i++)); do
  echo "== oracle round $i/$runs (FRENCHNEWSNER_ORACLE_SEED=$seed)"
  FRENCHNEWSNER_ORACLE_SEED=$seed dotnet test tests/FrenchNewsNer.Tests -c Release -f net10.0 --no-build \
    --filter "FullyQualifiedName~Oracle" || status=1
done
exit $status
