#!/usr/bin/env bash
# System packages the tests need beyond the Python environment. Idempotent.
# Nothing needed yet beyond the venv; browser and database servers arrive with their issues.
set -euo pipefail
exit 0
