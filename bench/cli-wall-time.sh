#!/usr/bin/env bash
# Whole-process wall time of the built CLI on the local stack (emulator in-process), as users run it.
# Usage: bench/cli-wall-time.sh [runs]   (default 5). Prints seconds per run for each command.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
dotnet build "$root/infra" -c Release -v q --nologo > /dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/Pulumi.yaml" "$root/Pulumi.local.yaml" "$work/"
cli="$root/infra/bin/Release/net10.0/infra.dll"
cd "$work"
dotnet "$cli" up --stack local --yes > /dev/null 2>&1
for command in "--help" "stack ls" "preview --stack local" "drift --stack local" "up --stack local --yes"; do
  start=$(date +%s.%N)
  for _ in $(seq "$runs"); do dotnet "$cli" $command > /dev/null 2>&1; done
  end=$(date +%s.%N)
  printf '%-26s %6.3f s per run (%d runs)\n' "$command" "$(echo "($end - $start) / $runs" | bc -l)" "$runs"
done
