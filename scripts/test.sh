#!/usr/bin/env bash
# Set up and test: installs what is missing, builds, and runs the whole test suite with ctest.
# Widget tests use Qt's offscreen platform; tests that need OpenGL run under Xvfb (xvfb-run).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SCANSHIELD_BUILD_DIR:-$root/build}"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
cd "$build"
xvfb-run -a -s "-screen 0 1280x1024x24" ctest --output-on-failure --parallel "$(nproc)" --timeout 900
