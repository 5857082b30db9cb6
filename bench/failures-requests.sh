#!/usr/bin/env bash
# Requests and wall time of `failures` on a busy webhook, counted with the emulator's request log.
# A standalone emulator writes cursor links under another host (--public-host acme.zendesk.com), as Zendesk
# can; the webhook gets FAILED failed invocations (two attempts each, newest listed first) among as many
# successful ones. Usage: bench/failures-requests.sh [failed] (default 300). Needs curl and node.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
failed=${1:-300}
dotnet build "$root/infra" -c Release -v q --nologo > /dev/null
dotnet build "$root/src/StellaIac.Zendesk.Emulator" -c Release -v q --nologo > /dev/null
work=$(mktemp -d)
emulator_pid=""
cleanup() { [ -n "$emulator_pid" ] && kill "$emulator_pid" 2> /dev/null; rm -rf "$work"; }
trap cleanup EXIT

dotnet "$root/src/StellaIac.Zendesk.Emulator/bin/Release/net10.0/StellaIac.Zendesk.Emulator.dll" \
  --urls http://127.0.0.1:0 --public-host acme.zendesk.com > "$work/emulator.out" &
emulator_pid=$!
for _ in $(seq 100); do grep -q "listening on" "$work/emulator.out" 2> /dev/null && break; sleep 0.2; done
base=$(sed -n 's/^Zendesk emulator listening on //p' "$work/emulator.out")
auth="admin@example.com/token:emulator-token"

cp "$root/Pulumi.yaml" "$work/"
cli="$root/infra/bin/Release/net10.0/infra.dll"
export PULUMI_CONFIG_PASSPHRASE=bench
cd "$work"
dotnet "$cli" stack init bench > /dev/null
dotnet "$cli" config set zendesk:url "$base" --stack bench > /dev/null
dotnet "$cli" config set zendesk:email admin@example.com --stack bench > /dev/null
dotnet "$cli" config set --secret zendesk:apiToken emulator-token --stack bench > /dev/null
dotnet "$cli" config set --secret stellaApiKey bench-stella-key --stack bench > /dev/null
dotnet "$cli" up --stack bench --yes > /dev/null

webhook=$(curl -sf -u "$auth" "${base}api/v2/webhooks" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).webhooks[0].id))')
node -e '
const [webhook, failed] = [process.argv[1], Number(process.argv[2])];
const at = i => new Date(Date.UTC(2026, 10, 30) + i * 60000).toISOString().replace(".000", "");
const invocations = [];
for (let i = 0; i < 2 * failed; i++) {
  const ok = i % 2 === 0;
  invocations.push({ webhook_id: webhook, status: ok ? "success" : "server error", created_at: at(i), attempts: ok ? [] : [
    { id: `a${i}`, status: "server error", status_code: 503, completed_at: at(i), response: { payload: "busy" } },
    { id: `b${i}`, status: "timeout", status_code: 504, completed_at: at(i - 1), response: { payload: "" } }] });
}
console.log(JSON.stringify({ invocations }));' "$webhook" "$failed" > seed.json
curl -sf -X POST -H 'Content-Type: application/json' --data @seed.json "${base}_emulator/seed" > /dev/null

echo "failures on a webhook with $failed failed and $failed successful invocations; cursor links name acme.zendesk.com"
for limit in 25 100 "$failed"; do
  [ "$limit" -gt 500 ] && continue
  curl -sf -X DELETE "${base}_emulator/requests" > /dev/null
  start=$(date +%s.%N)
  dotnet "$cli" failures --stack bench --limit "$limit" > failures.out || true
  end=$(date +%s.%N)
  curl -sf "${base}_emulator/requests" | node -e '
let s=""; process.stdin.on("data", d => s += d).on("end", () => {
  const log = JSON.parse(s);
  const pages = log.filter(r => r.path.split("?")[0].endsWith("/invocations")).length;
  const attempts = log.filter(r => r.path.split("?")[0].endsWith("/attempts")).length;
  const [limit, seconds, shown] = process.argv.slice(1);
  console.log(`--limit ${limit.padEnd(4)} ${String(log.length).padStart(4)} requests (${pages} invocation pages, ${attempts} attempt look-ups), ${shown} failures shown, ${Number(seconds).toFixed(1)} s`);
});' "$limit" "$(echo "$end - $start" | bc -l)" "$(grep -c '^  20' failures.out)"
  grep -E "^(Stopped|Look-ups)" failures.out | sed 's/^/    /'
done
