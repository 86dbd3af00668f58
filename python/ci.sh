#!/usr/bin/env bash
# CI for the Python package: a fresh venv, `pip install ./python` (the README's route; maturin
# builds in release, reusing the workspace's target/), pytest, dask and dask-jobqueue from PyPI,
# then its pytest suite: parity with the command line, the docs/python.md example, a Dask
# LocalCluster run against a single-process run, the Slurm routes of docs/scale.md, and the VRT
# export read by cwb-vrt.
# Skips (exit 0, with a message) only when python3, venv or pip is unavailable.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

skip() { echo "SKIP python package: $*"; exit 0; }
command -v python3 >/dev/null || skip "python3 not found"
python3 -c 'import venv, ensurepip' 2>/dev/null || skip "python3 has no venv/ensurepip module"

started=$(date +%s)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m venv "$work/venv" || skip "python3 -m venv failed"
py="$work/venv/bin/python"
"$py" -m pip --version >/dev/null 2>&1 || skip "pip unavailable in the venv"
# The test dependencies; dask, distributed and dask-jobqueue for the cluster tests
# (test_dask.py runs a two-process LocalCluster, test_scale.py renders a SLURMCluster job script);
# cwb-vrt for the VRT check (test_vrt.py: the CWB ecosystem's VRT tools read the export).
"$py" -m pip install -q --disable-pip-version-check pytest "dask[dataframe]" distributed dask-jobqueue cwb-vrt

# The command line, for the parity tests: built as `cargo test --release` builds it (so a
# no-op after the README's test command in .ci/run).
cargo test --release --no-run -q
# The package, installed as the README says: `pip install ./python` (pip fetches maturin into an
# isolated build environment and pulls pandas; maturin builds the abi3 wheel into the
# workspace's target/).
"$py" -m pip install -q --disable-pip-version-check ./python

cd "$work"  # import the installed package, not the source tree
"$py" -c 'import c2chat; print("installed c2chat", c2chat.__version__, "from", c2chat.__file__)'
C2CHAT_BIN="$root/target/release/c2chat" "$py" -m pytest -q -p no:cacheprovider --durations=8 "$root/python/tests"
echo "python package: OK in $(( $(date +%s) - started ))s"
