#!/usr/bin/env bash
# What the tests need beyond the Python environment. Idempotent; run by `make test`.
#  - the scorer of timeline summaries (../shared/tools/score_tls.py) needs tilse and nltk,
#    and Debian's libxml-dom-perl for ROUGE-1.5.5 ("original" ROUGE, as published numbers use).
#  - the browser tests (tests/web/test_browser.py) drive Debian's chromium through pip
#    playwright (pinned in requirements.lock). Never `playwright install`: it downloads a
#    browser build of its own, which fails here.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin

"$BIN/python" -m pip install -q --no-deps -r requirements-eval.txt

missing=()
perl -MXML::DOM -e 1 2>/dev/null || missing+=(libxml-dom-perl)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)

if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" = "0" ]; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null
        apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "test-deps: missing Debian packages; install them: sudo apt-get install ${missing[*]}" >&2
        exit 1
    fi
fi
