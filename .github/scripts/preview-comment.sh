#!/usr/bin/env bash
# The pull request's preview comment for one stack, kept as one sticky comment per stack.
# Usage: preview-comment.sh STACK PR_NUMBER SUMMARY_FILE SECRETS_AVAILABLE(true|false) PREVIEW_OUTCOME [RUN_URL]
set -euo pipefail

stack=${1:?stack}
pr=${2:?pull request number}
summary=${3:?summary file}
secrets=${4:?true or false}
outcome=${5:?preview outcome}
run_url=${6:-}
here=$(cd "$(dirname "$0")" && pwd)

body=$(mktemp)
trap 'rm -f "$body"' EXIT
if [ "$secrets" != "true" ]; then
  cat >"$body" <<TEXT
### Preview of stack \`${stack}\`: not run

This pull request's workflow cannot read the \`${stack}\` stack's passphrase (a pull request from a fork gets no
repository secrets), so neither drift nor the planned changes could be computed. A maintainer can push the
branch to this repository, or run \`preview --stack ${stack} --refresh --diff\` locally.
TEXT
elif [ -s "$summary" ]; then
  cat "$summary" >"$body"
  if [ "$outcome" != "success" ]; then
    printf '\n**The preview did not finish (%s).** %s\n' "$outcome" "${run_url:+See the run: ${run_url}}" >>"$body"
  fi
else
  printf '### Preview of stack `%s`: failed\n\nThe preview wrote no summary (%s). %s\n' \
    "$stack" "$outcome" "${run_url:+See the run: ${run_url}}" >"$body"
fi

"$here/sticky-comment.sh" "$pr" "stellaiac-preview:${stack}" "$body"
