# Sourced by check_report.sh and check_pack.sh: where Chromium is (C2CHAT_CHROMIUM overrides).
# shellcheck shell=bash
find_chromium() {
    if [ -n "${C2CHAT_CHROMIUM:-}" ]; then # override (tests): a path, or one that does not exist
        if [ -x "$C2CHAT_CHROMIUM" ]; then echo "$C2CHAT_CHROMIUM"; return 0; fi
        return 1
    fi
    for c in /usr/bin/chromium /usr/bin/chromium-browser "$(command -v chromium 2>/dev/null || true)"; do
        if [ -n "$c" ] && [ -x "$c" ]; then
            echo "$c"
            return 0
        fi
    done
    return 1
}

# Print Chromium's path; without one, install it with apt-get when root with CI set (and no
# C2CHAT_CHROMIUM override); failing that, print "SKIP: no chromium: <why>".
chromium_or_skip() {
    local chrome why
    chrome=$(find_chromium || true)
    if [ -z "$chrome" ] && [ -z "${C2CHAT_CHROMIUM:-}" ] && [ "$(id -u)" = "0" ] && [ -n "${CI:-}" ]; then
        echo "chromium not found; installing it with apt-get (root, CI set)" >&2
        if apt-get update >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >/dev/null 2>&1; then
            chrome=$(find_chromium || true)
        fi
    fi
    if [ -z "$chrome" ]; then
        why="not installed"
        if [ "$(id -u)" != "0" ]; then why="$why and not root"; fi
        if [ -z "${CI:-}" ]; then why="$why (CI not set, so no apt-get install)"; fi
        echo "SKIP: no chromium: $why"
        return 0
    fi
    echo "$chrome"
}
