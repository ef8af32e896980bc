#!/usr/bin/env bash
# Installs, from Debian 12's own packages, everything ScanShield needs to build, run and be
# tested. Does nothing when everything is already there. Needs root (or sudo).
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkg-config
  # Qt 6 (widgets, PDF, SVG, OpenGL widgets, translations tools), SQLite driver
  qt6-base-dev libqt6opengl6-dev qt6-pdf-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite
  # DICOM, 3D surfaces, archives, JPEG 2000, database, tests
  libdcmtk-dev libvtk9-dev libarchive-dev libopenjp2-7-dev libsqlite3-dev libgtest-dev
  # OCR of text burned into the pixels, with its English data
  libtesseract-dev tesseract-ocr-eng
  # a display for GUI tests and screenshots; PDF pages as pictures
  xvfb xauth poppler-utils
  # peers measured side by side in the benchmarks (and dcmdump, which a test opens the
  # copy's DICOMDIR with); GNU time for their peak memory; openssl for gdcmanon's certificate
  libgdcm-tools dcmtk time openssl
  # the sanitizer build and the fuzzers (scripts/sanitize.sh, scripts/fuzz.sh): clang with
  # libFuzzer and the sanitizer runtimes, llvm-symbolizer for readable stack traces
  clang libclang-rt-14-dev llvm
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "All ScanShield dependencies are installed."
  exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
