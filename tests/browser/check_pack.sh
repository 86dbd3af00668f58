#!/usr/bin/env bash
# Render a c2chat teaching pack (pack.html from `c2chat teach`) in headless Chromium and check it
# as a browser sees it, on screen and printed.
#
#   tests/browser/check_pack.sh PACK.html OUTDIR
#
# Writes OUTDIR/pack.png (screenshot), OUTDIR/pack.pdf (print) and OUTDIR/dom.html (the rendered
# DOM), then checks that the DOM has the pack's parts (the "How to run this session" steps, the
# provenance, the colour key with a coloured <mark> per colour, at least one excerpt with its
# questions and points to draw out, and the glossary), that no excerpt shows an internal file
# path or a raw category id, and that the PNG and PDF are real and not empty. Prints "SKIP" and
# exits 0 when Chromium is not available (it is installed with apt-get only when running as root
# with CI set). C2CHAT_CHROMIUM=PATH overrides where Chromium is looked for.
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 PACK.html OUTDIR" >&2
    exit 2
fi
pack=$1
out=$2
if [ ! -s "$pack" ]; then
    echo "FAIL: $pack is missing or empty" >&2
    exit 1
fi
mkdir -p "$out"
pack_abs=$(cd "$(dirname "$pack")" && pwd)/$(basename "$pack")
out=$(cd "$out" && pwd)

# shellcheck source=find_chromium.sh
source "$(dirname "${BASH_SOURCE[0]}")/find_chromium.sh"

chrome=$(chromium_or_skip)
case "$chrome" in SKIP*) echo "$chrome"; exit 0 ;; esac

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-background-networking
    --disable-component-update --disable-sync --no-first-run "--user-data-dir=$profile")
url="file://$pack_abs"

run() { timeout 180 "$chrome" "${flags[@]}" "$@" 2>>"$out/chromium.log"; }

rm -f "$out/pack.png" "$out/pack.pdf" "$out/dom.html"
run --screenshot="$out/pack.png" --window-size=1280,2000 "$url" >/dev/null
run --no-pdf-header-footer --print-to-pdf="$out/pack.pdf" "$url" >/dev/null
run --dump-dom "$url" >"$out/dom.html"

fail=0
need() { # need PATTERN WHAT: the rendered DOM has PATTERN (an extended regex)
    if ! grep -Eq "$1" "$out/dom.html"; then
        echo "FAIL: $2 not in the rendered DOM"
        fail=1
    fi
}
need '<section class="howto">' 'the "How to run this session" section'
need '<section class="provenance">' 'the provenance block'
need '<ul class="key">' 'the colour key'
need '<section class="excerpt" id="ex-001">' 'the first excerpt'
need '<ol class="chat">' 'an excerpt'"'"'s messages'
need '<mark class="c-[a-z_]+">' 'a highlight'
need '<div class="points">' 'the points to draw out'
need '<section class="glossary">' 'the glossary'
if grep -Eq 'seeds/|\.txt\]|\[(sexualised|coercive|victim_blaming|protective)\.' "$out/dom.html"; then
    echo "FAIL: an internal file path or a raw category id is shown"
    fail=1
fi
if grep -Eq '<script|https?:' "$out/dom.html"; then
    echo "FAIL: the rendered pack has a script or an external address"
    fail=1
fi
for f in pack.png pack.pdf; do
    if [ ! -s "$out/$f" ]; then
        echo "FAIL: $out/$f is missing or empty"
        fail=1
    fi
done
if [ -s "$out/pack.png" ] && [ "$(head -c 8 "$out/pack.png" | od -An -tx1 | tr -d ' \n')" != "89504e470d0a1a0a" ]; then
    echo "FAIL: $out/pack.png is not a PNG"
    fail=1
fi
if [ -s "$out/pack.pdf" ] && [ "$(head -c 5 "$out/pack.pdf")" != "%PDF-" ]; then
    echo "FAIL: $out/pack.pdf is not a PDF"
    fail=1
fi
pages=$(grep -ao '/Type */Pages\?' "$out/pack.pdf" | grep -vc 'Pages' || true)
if [ "${pages:-0}" -lt 2 ]; then
    echo "FAIL: the printed pack has ${pages:-0} page(s) (a pack of excerpts needs at least 2)"
    fail=1
fi
if [ "$fail" -ne 0 ]; then
    echo "chromium log: $out/chromium.log"
    exit 1
fi
excerpts=$(grep -o '<section class="excerpt"' "$out/dom.html" | wc -l)
echo "OK: pack rendered with $excerpts excerpts, key and glossary; $(stat -c %s "$out/pack.png") byte PNG, $pages page PDF in $out"
