#!/usr/bin/env bash
# What the tests need beyond the Python environment. Idempotent; run by `make test`.
#  - the scorer of timeline summaries (../shared/tools/score_tls.py) needs tilse and nltk,
#    and Debian's libxml-dom-perl for ROUGE-1.5.5 ("original" ROUGE, as published numbers use).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin

"$BIN/python" -m pip install -q --no-deps -r requirements-eval.txt

if ! perl -MXML::DOM -e 1 2>/dev/null; then
    if [ "$(id -u)" = "0" ]; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null
        apt-get install -y -qq libxml-dom-perl >/dev/null
    else
        echo "test-deps: libxml-dom-perl is missing; install it (sudo apt-get install libxml-dom-perl)" >&2
        exit 1
    fi
fi
