#!/usr/bin/env bash
# Peak memory of the CLI's `up` alone, on an account with 5,000 other triggers: the emulator runs in a process of
# its own, and GNU time (apt-get install time) reports the CLI process's maximum resident set size.
# Usage: bench/up-memory.sh [Release|Debug]   (default Release; builds what it runs). Not part of .ci/run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
configuration=${1:-Release}
if [ ! -x /usr/bin/time ]; then
  echo "error: GNU time is not installed at /usr/bin/time: apt-get install time" >&2
  exit 1
fi

dotnet build "$root/infra" -c "$configuration" -v q --nologo > /dev/null
dotnet build "$root/src/StellaIac.Zendesk.Emulator" -c "$configuration" -v q --nologo > /dev/null
work=$(mktemp -d)
dotnet "$root/src/StellaIac.Zendesk.Emulator/bin/$configuration/net10.0/StellaIac.Zendesk.Emulator.dll" --urls http://127.0.0.1:0 --stella-key bench-stella-key > "$work/emulator.log" 2>&1 &
emulator=$!
trap 'kill "$emulator" 2> /dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do
  url=$(grep -o 'http://127.0.0.1:[0-9]*/' "$work/emulator.log" || true)
  [ -n "$url" ] && break
  sleep 0.2
done
if [ -z "$url" ]; then
  echo "error: the emulator did not start; its output:" >&2
  cat "$work/emulator.log" >&2
  exit 1
fi

curl -fsS -X POST -H 'Content-Type: application/json' -d '{"generate":{"triggers":5000}}' "${url}_emulator/seed" > /dev/null
cp "$root/Pulumi.yaml" "$work/"
export PULUMI_CONFIG_PASSPHRASE=bench-passphrase
cli=(dotnet "$root/infra/bin/$configuration/net10.0/infra.dll" --cwd "$work" --non-interactive --stack bench)
"${cli[@]}" stack init bench > /dev/null
"${cli[@]}" config set zendesk:url "$url" > /dev/null
"${cli[@]}" config set zendesk:email admin@example.com > /dev/null
"${cli[@]}" config set --secret zendesk:apiToken emulator-token > /dev/null
"${cli[@]}" config set --secret stellaApiKey bench-stella-key > /dev/null

/usr/bin/time -v -o "$work/time.txt" "${cli[@]}" up --yes > "$work/up.log" 2>&1 || { cat "$work/up.log" >&2; exit 1; }
requests=$(curl -fsS "${url}_emulator/requests" | grep -o '"method"' | wc -l)
peak=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
elapsed=$(awk -F'): ' '/Elapsed \(wall clock\)/ { print $2 }' "$work/time.txt")
echo "up on an account with 5,000 other triggers ($configuration build): ${requests} requests, wall time ${elapsed}, peak resident set $((peak / 1024)) MB"
