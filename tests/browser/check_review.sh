#!/usr/bin/env bash
# Drive the c2chat review page (`c2chat review`) in headless Chromium with a real browser
# driver (Selenium, with Debian's chromium-driver) and check the decisions.jsonl it exports.
#
#   tests/browser/check_review.sh C2CHAT_BINARY OUTDIR
#
# Annotates corpora/demo, writes OUTDIR/review.html, then runs tests/browser/review_test.py in a
# venv it creates (OUTDIR/venv, selenium from pip): reject one flag and add one label with the
# keyboard, export, and check the downloaded OUTDIR/downloads/decisions.jsonl (two lines, the
# right actions, labels and message ids, no message text); then applies that export twice with
# `c2chat review apply` (the overlay must not change the second time) and annotates with the
# overlay stacked. Prints "SKIP" and exits 0 only when
# Chromium, chromedriver or python3 (with venv and pip) are not available. C2CHAT_CHROMIUM and
# C2CHAT_CHROMEDRIVER override where they are looked for.
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 C2CHAT_BINARY OUTDIR" >&2
    exit 2
fi
bin=$1
out=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)

# shellcheck source=find_chromium.sh
source "$here/find_chromium.sh"
chrome=$(chromium_or_skip)
case "$chrome" in SKIP*) echo "$chrome"; exit 0 ;; esac

driver=${C2CHAT_CHROMEDRIVER:-$(command -v chromedriver || true)}
if [ -z "$driver" ] && [ -x /usr/lib/chromium/chromedriver ]; then driver=/usr/lib/chromium/chromedriver; fi
if [ -z "$driver" ] || [ ! -x "$driver" ]; then
    echo "SKIP: no chromedriver (apt package chromium-driver)"
    exit 0
fi
if ! command -v python3 >/dev/null || ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
    echo "SKIP: no python3 with venv and pip"
    exit 0
fi
if [ ! -x "$out/venv/bin/python" ]; then
    python3 -m venv "$out/venv"
fi
if ! "$out/venv/bin/python" -c 'import selenium' 2>/dev/null; then
    if ! "$out/venv/bin/pip" install -q selenium >"$out/pip.log" 2>&1; then
        echo "SKIP: could not install selenium with pip (see $out/pip.log)"
        exit 0
    fi
fi

"$bin" annotate "$root/corpora/demo" --out "$out/demo" -q
"$bin" review "$out/demo/annotations.jsonl" --out "$out/review.html" -q
if [ "$(stat -c %a "$out/review.html")" != 600 ]; then
    echo "FAIL: review.html is not mode 0600"
    exit 1
fi
timeout 300 "$out/venv/bin/python" "$here/review_test.py" "$out/review.html" "$out/downloads" "$chrome" "$driver"

# The rest of the loop from the browser's export, with no file edited by hand: apply it twice
# (the second run merges and changes nothing), then annotate with the overlay stacked.
rm -rf "$out/applied"
"$bin" review apply "$out/downloads/decisions.jsonl" --annotations "$out/demo/annotations.jsonl" --out "$out/applied" -q
before=$(cd "$out/applied/lexicons/core-local" && find . -type f -exec sha256sum {} + | sort)
"$bin" review apply "$out/downloads/decisions.jsonl" --annotations "$out/demo/annotations.jsonl" --out "$out/applied" -q
after=$(cd "$out/applied/lexicons/core-local" && find . -type f -exec sha256sum {} + | sort)
if [ "$before" != "$after" ]; then
    echo "FAIL: applying the same decisions twice changed the overlay"
    exit 1
fi
"$bin" annotate "$root/corpora/demo" --lexicon core --lexicon "$out/applied/lexicons/core-local" --out "$out/demo2" -q
echo "OK: review apply (twice) and annotate with the overlay from the browser's export"
