#!/usr/bin/env bash
# Rewrites the pinned outputs (tests/FrenchNewsNer.Tests/Snapshots/Expected) from the current code,
# after an intended change of output. Review `git diff tests/FrenchNewsNer.Tests/Snapshots` before
# committing: every changed line there is a changed entity.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
UPDATE_SNAPSHOTS=1 dotnet test tests/FrenchNewsNer.Tests -c Release -f net10.0 --filter "FullyQualifiedName~Snapshots.SnapshotTests" "$@"
git status --short tests/FrenchNewsNer.Tests/Snapshots
