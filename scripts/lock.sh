#!/usr/bin/env bash
# requirements.lock: every package the image installs (guardproxy's dependencies with the `pii`
# and `redis` extras), pinned, with the sha256 of each of its files, for `pip install
# --require-hashes` in deploy/docker/Dockerfile. Made by pip-compile (pip-tools, in the
# `deploy` extra) from pyproject.toml, for Python 3.11 (the image's).
#
#   scripts/lock.sh            rewrite requirements.lock (keeps its pins while pyproject.toml
#                              allows them; add --upgrade to take newer releases)
#   scripts/lock.sh --check    fail when requirements.lock is not what pyproject.toml locks to
#                              (CI runs this; it reads only the configured package index)
set -euo pipefail
cd "$(dirname "$0")/.."

output=requirements.lock
if [[ "${1:-}" == --check ]]; then
  shift
  output=$(mktemp)
  trap 'rm -f "$output"' EXIT
  cp requirements.lock "$output"
fi
CUSTOM_COMPILE_COMMAND="scripts/lock.sh" pip-compile --quiet --generate-hashes \
  --extra=pii --extra=redis --strip-extras --allow-unsafe \
  --no-emit-index-url --no-emit-find-links --output-file="$output" "$@" pyproject.toml
if [[ "$output" != requirements.lock ]]; then
  diff -u requirements.lock "$output" || {
    echo "requirements.lock is out of date with pyproject.toml: run scripts/lock.sh" >&2
    exit 1
  }
  echo "requirements.lock is current"
fi
