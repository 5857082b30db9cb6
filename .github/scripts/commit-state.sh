#!/usr/bin/env bash
# Commits the stacks' state after a deploy and pushes it to BRANCH, surviving merges that land meanwhile:
# on a rejected push it rebases onto the new tip and tries again. It never merges two versions of one
# state file: if the tip changed a state file this run also changed, it stops and says how to recover.
# Usage: commit-state.sh MESSAGE [BRANCH]   (run from the repository root, remote "origin")
set -euo pipefail

message=${1:?commit message}
branch=${2:-main}
state_paths=(stacks/.pulumi/stacks stacks/.pulumi/meta.yaml)
attempts=${COMMIT_STATE_ATTEMPTS:-5}

existing=()
for path in "${state_paths[@]}"; do [ -e "$path" ] && existing+=("$path"); done
[ ${#existing[@]} -gt 0 ] && git add -- "${existing[@]}"
if git diff --cached --quiet; then
  echo "state unchanged: nothing to commit"
  exit 0
fi
git commit --quiet -m "$message"

for attempt in $(seq 1 "$attempts"); do
  if git push --quiet origin "HEAD:${branch}"; then
    echo "state pushed to ${branch}"
    exit 0
  fi
  git fetch --quiet origin "$branch"
  base=$(git merge-base HEAD FETCH_HEAD)
  ours=$(git diff --name-only "$base" HEAD -- "${state_paths[@]}")
  theirs=$(git diff --name-only "$base" FETCH_HEAD -- "${state_paths[@]}")
  both=$(comm -12 <(sort <<<"$ours") <(sort <<<"$theirs") | sed '/^$/d')
  if [ -n "$both" ]; then
    {
      echo "error: another run changed the same state file(s) on ${branch} since this run started:"
      sed 's/^/  /' <<<"$both"
      echo "Two versions of a stack's state are never merged. Zendesk holds what this run applied; to recover,"
      echo "check out ${branch} and run 'up --stack <stack> --refresh' (it reads Zendesk and adopts what this run"
      echo "created by its natural key), then commit the state. This run's state is kept as the job's artifact."
    } >&2
    exit 1
  fi
  if ! git rebase --quiet FETCH_HEAD; then
    git rebase --abort
    echo "error: the state commit does not rebase onto ${branch}; nothing was pushed" >&2
    exit 1
  fi
  echo "push rejected (attempt ${attempt}); rebased onto the new ${branch}, trying again"
  sleep $((attempt * ${COMMIT_STATE_BACKOFF_SECONDS:-2}))
done
echo "error: could not push the state after ${attempts} attempts" >&2
exit 1
