#!/usr/bin/env bash
# Render a c2chat HTML report in headless Chromium and check it as a browser sees it.
#
#   tests/browser/check_report.sh REPORT.html OUTDIR
#
# Writes OUTDIR/report.png (screenshot), OUTDIR/report.pdf (print) and OUTDIR/dom.html (the
# rendered DOM), then checks that every section id and at least three <svg> elements are in
# the DOM and that the PNG and PDF are not empty. Prints "SKIP" and exits 0 when Chromium is
# not available (it is installed with apt-get only when running as root with CI set).
# C2CHAT_CHROMIUM=PATH overrides where Chromium is looked for.
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 REPORT.html OUTDIR" >&2
    exit 2
fi
report=$1
out=$2
if [ ! -s "$report" ]; then
    echo "FAIL: $report is missing or empty" >&2
    exit 1
fi
mkdir -p "$out"
report_abs=$(cd "$(dirname "$report")" && pwd)/$(basename "$report")
out=$(cd "$out" && pwd)

# shellcheck source=find_chromium.sh
source "$(dirname "${BASH_SOURCE[0]}")/find_chromium.sh"

chrome=$(chromium_or_skip)
case "$chrome" in SKIP*) echo "$chrome"; exit 0 ;; esac

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-background-networking
    --disable-component-update --disable-sync --no-first-run "--user-data-dir=$profile")
url="file://$report_abs"

run() { timeout 180 "$chrome" "${flags[@]}" "$@" 2>>"$out/chromium.log"; }

rm -f "$out/report.png" "$out/report.pdf" "$out/dom.html"
run --screenshot="$out/report.png" --window-size=1280,2400 "$url" >/dev/null
run --no-pdf-header-footer --print-to-pdf="$out/report.pdf" "$url" >/dev/null
run --dump-dom "$url" >"$out/dom.html"

fail=0
for id in overview rates trend cooccurrence change terms kwic methodology caution; do
    if ! grep -q "id=\"$id\"" "$out/dom.html"; then
        echo "FAIL: section #$id not in the rendered DOM"
        fail=1
    fi
done
svgs=$(grep -o '<svg' "$out/dom.html" | wc -l)
if [ "$svgs" -lt 3 ]; then
    echo "FAIL: $svgs <svg> elements in the rendered DOM (need at least 3)"
    fail=1
fi
for f in report.png report.pdf; do
    if [ ! -s "$out/$f" ]; then
        echo "FAIL: $out/$f is missing or empty"
        fail=1
    fi
done
if [ -s "$out/report.png" ] && [ "$(head -c 8 "$out/report.png" | od -An -tx1 | tr -d ' \n')" != "89504e470d0a1a0a" ]; then
    echo "FAIL: $out/report.png is not a PNG"
    fail=1
fi
if [ -s "$out/report.pdf" ] && [ "$(head -c 5 "$out/report.pdf")" != "%PDF-" ]; then
    echo "FAIL: $out/report.pdf is not a PDF"
    fail=1
fi
if [ "$fail" -ne 0 ]; then
    echo "chromium log: $out/chromium.log"
    exit 1
fi
echo "OK: 9 sections and $svgs <svg> elements rendered; $(stat -c %s "$out/report.png") byte PNG, $(stat -c %s "$out/report.pdf") byte PDF in $out"
