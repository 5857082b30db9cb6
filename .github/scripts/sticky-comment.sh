#!/usr/bin/env bash
# Posts BODY_FILE as the pull request's one comment carrying MARKER: the first run creates it, every
# later run edits it in place, and comments with another marker (the other stack's) are never touched.
# Usage: sticky-comment.sh PR_NUMBER MARKER BODY_FILE   (GITHUB_REPOSITORY names the repository)
set -euo pipefail

pr=${1:?pull request number}
marker=${2:?marker}
body_file=${3:?body file}
repo=${GITHUB_REPOSITORY:?GITHUB_REPOSITORY is not set}
tag="<!-- ${marker} -->"

body=$(mktemp)
trap 'rm -f "$body"' EXIT
{ printf '%s\n' "$tag"; cat "$body_file"; } | jq -Rs '{body: .}' >"$body"

# --paginate prints one JSON array per page; slurp and add them into one list.
existing=$(gh api --paginate "repos/${repo}/issues/${pr}/comments" \
  | jq -s --arg tag "$tag" 'add // [] | map(select(.body | contains($tag))) | first | .id // empty')

if [ -n "$existing" ]; then
  gh api --method PATCH "repos/${repo}/issues/comments/${existing}" --input - <"$body" >/dev/null
  echo "updated comment ${existing} (${marker})"
else
  gh api --method POST "repos/${repo}/issues/${pr}/comments" --input - <"$body" >/dev/null
  echo "created the comment (${marker})"
fi
