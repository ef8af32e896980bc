#!/usr/bin/env bash
# Set up and run: installs what is missing, builds, and starts ScanShield. With no argument
# it opens the bundled demo disc (a fictional patient); give a folder, DICOMDIR, ZIP or ISO
# to open that instead.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
exec "${SCANSHIELD_BUILD_DIR:-$root/build}/app/scanshield" "$@"
