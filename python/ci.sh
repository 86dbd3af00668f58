#!/usr/bin/env bash
# CI for the Python package: a fresh venv, maturin + pandas + pytest from PyPI, the package
# built in release (reusing the workspace's target/) and installed, then its pytest suite,
# which compares the package's annotations with the command line's.
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
"$py" -m pip install -q --disable-pip-version-check maturin pandas pytest

# The command line, for the parity tests: built as `cargo test --release` builds it (so a
# no-op after the README's test command in .ci/run).
cargo test --release --no-run -q
# The wheel (abi3), built into the workspace's target/ and installed without its deps
# (pandas is already there).
"$work/venv/bin/maturin" build --release -q -m python/Cargo.toml -i "$py" -o "$work/wheels"
"$py" -m pip install -q --disable-pip-version-check --no-deps "$work"/wheels/c2chat-*.whl

cd "$work"  # import the installed package, not the source tree
C2CHAT_BIN="$root/target/release/c2chat" "$py" -m pytest -q -p no:cacheprovider "$root/python/tests"
echo "python package: OK in $(( $(date +%s) - started ))s"
