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
