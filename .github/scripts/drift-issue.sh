#!/usr/bin/env bash
# Keeps one open issue per stack while its nightly drift check finds drift: opened on the first night
# with drift, its body updated while the drift lasts, closed with a comment on the first clean night.
# A check that failed for another reason leaves the issue as it is. Exits with the check's exit code.
# Usage: drift-issue.sh STACK DRIFT_EXIT_CODE SUMMARY_FILE [RUN_URL]   (GITHUB_REPOSITORY names the repository)
set -euo pipefail

stack=${1:?stack}
code=${2:?exit code of drift}
summary=${3:?summary file}
run_url=${4:-}
repo=${GITHUB_REPOSITORY:?GITHUB_REPOSITORY is not set}
tag="<!-- stellaiac-drift:${stack} -->"

open_issue=$(gh api --paginate "repos/${repo}/issues?state=open&per_page=100" \
  | jq -s --arg tag "$tag" 'add // [] | map(select((.pull_request | not) and ((.body // "") | contains($tag)))) | first | .number // empty')

payload=$(mktemp)
trap 'rm -f "$payload"' EXIT

case "$code" in
  7)
    {
      printf '%s\n' "$tag"
      printf 'The nightly drift check found changes made in Zendesk behind the tool'"'"'s back on stack `%s`.\n' "$stack"
      printf 'Run `refresh --stack %s` to take them into the state, or `up --stack %s --refresh` to undo them.\n\n' "$stack" "$stack"
      if [ -n "$run_url" ]; then printf 'Last seen: %s\n\n' "$run_url"; fi
      if [ -s "$summary" ]; then cat "$summary"; else printf 'The check wrote no summary; see the run.\n'; fi
    } | jq -Rs --arg title "Zendesk drift on stack ${stack}" '{title: $title, body: .}' >"$payload"
    if [ -n "$open_issue" ]; then
      gh api --method PATCH "repos/${repo}/issues/${open_issue}" --input - <"$payload" >/dev/null
      echo "updated drift issue #${open_issue} (${stack})"
    else
      gh api --method POST "repos/${repo}/issues" --input - <"$payload" >/dev/null
      echo "opened a drift issue (${stack})"
    fi
    ;;
  0)
    if [ -n "$open_issue" ]; then
      jq -n --arg body "No drift on stack \`${stack}\` any more${run_url:+ (${run_url})}: closing." '{body: $body}' \
        | gh api --method POST "repos/${repo}/issues/${open_issue}/comments" --input - >/dev/null
      jq -n '{state: "closed", state_reason: "completed"}' \
        | gh api --method PATCH "repos/${repo}/issues/${open_issue}" --input - >/dev/null
      echo "closed drift issue #${open_issue} (${stack})"
    fi
    ;;
  *)
    echo "drift check of ${stack} failed with exit code ${code}; the drift issue is left as it is" >&2
    ;;
esac
exit "$code"
